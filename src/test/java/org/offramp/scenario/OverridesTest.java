package org.offramp.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offramp.scenario.ErrorAssert.assertRefused;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.Scenario;
import org.offramp.standoff.Params;

class OverridesTest {
    private static final String ALLOWED_HORIZON = "a whole number in [1, 3650]";

    @Test
    void appliesValuesToAScenario() {
        Overrides o = Overrides.parse(Params.REGISTRY, List.of("run.horizonDays=365"));
        assertEquals(Map.of("run.horizonDays", 365.0), o.values());
        Scenario base = Scenarios.load("baseline");
        assertEquals(base.with(Params.HORIZON, 365), o.applyTo(base));
        assertEquals(base, Overrides.none().applyTo(base));
        assertTrue(Overrides.none().isEmpty());
    }

    @Test
    void spacesAroundPathAndValueAreIgnoredAndExponentsAccepted() {
        assertEquals(Overrides.parse(Params.REGISTRY, List.of("run.horizonDays=1000")), Overrides.parse(Params.REGISTRY, List.of(" run.horizonDays = 1e3 ")));
    }

    @Test
    void malformedSettingIsRefused() {
        assertRefused(() -> Overrides.parse(Params.REGISTRY, List.of("run.horizonDays")), "--set", -1, "", "\"run.horizonDays\"",
                "PATH=VALUE");
        assertRefused(() -> Overrides.parse(Params.REGISTRY, List.of("=3")), "--set", -1, "", "\"=3\"", "PATH=VALUE");
    }

    @Test
    void badValuesAreRefused() {
        assertRefused(() -> Overrides.parse(Params.REGISTRY, List.of("run.horizonDays=4000")), "--set", -1, "run.horizonDays",
                "4000", ALLOWED_HORIZON);
        assertRefused(() -> Overrides.parse(Params.REGISTRY, List.of("run.horizonDays=abc")), "--set", -1, "run.horizonDays",
                "\"abc\"", ALLOWED_HORIZON);
        assertRefused(() -> Overrides.parse(Params.REGISTRY, List.of("run.horizonDays=NaN")), "--set", -1, "run.horizonDays",
                "\"NaN\"", ALLOWED_HORIZON);
        assertRefused(() -> Overrides.parse(Params.REGISTRY, List.of("run.horizonDays=")), "--set", -1, "run.horizonDays",
                "\"\"", ALLOWED_HORIZON);
        assertRefused(() -> Overrides.parse(Params.REGISTRY, List.of("run.horizonDays=10.5")), "--set", -1, "run.horizonDays",
                "10.5", ALLOWED_HORIZON);
    }

    @Test
    void unknownPathGetsASuggestion() {
        ScenarioException e = assertRefused(() -> Overrides.parse(Params.REGISTRY, List.of("run.horizonDay=3")), "--set", -1,
                "run.horizonDay", "run.horizonDay", "'offramp params --model " + "standoff' lists");
        assertTrue(e.getMessage().contains("did you mean run.horizonDays?"), e.getMessage());
    }

    @Test
    void pathGivenTwiceIsRefused() {
        assertRefused(() -> Overrides.parse(Params.REGISTRY, List.of("run.horizonDays=3", "run.horizonDays=4")), "--set", -1,
                "run.horizonDays", "\"4\"", "each parameter once");
    }

    @Test
    void flagTextsAreTrueOrFalse() {
        Param flag = Parameters.builder("test").flag("tehran.leaderRefusesTalks", true, "test");
        assertEquals(1.0, ParamValues.fromText(flag, "true", "--set"));
        assertEquals(0.0, ParamValues.fromText(flag, "false", "--set"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ParamValues.fromText(flag, "yes", "--set"));
        assertEquals("--set: tehran.leaderRefusesTalks must be true or false, but was \"yes\"", e.getMessage());
        assertThrows(ScenarioException.class, () -> ParamValues.fromText(flag, "1", "--set"));
    }
}
