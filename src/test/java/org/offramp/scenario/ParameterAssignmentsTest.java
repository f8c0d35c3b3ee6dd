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
import org.offramp.standoff.Params;

/**
 * Type and path rules for every kind of parameter. The parameters here are made for the test and
 * are in a registry of their own, not the standoff's.
 */
class ParameterAssignmentsTest {
    private static final Parameters.Builder B = Parameters.builder("test");
    private static final Param RESTRAINT = B.real("washington.restraint", "1", 0.5, 0, 1, "test");
    private static final Param NOISE = B.real("perception.noise.washington.tehran", "Goldstein points", 2, 0, 5,
            "test");
    private static final Param REFUSES = B.flag("tehran.leaderRefusesTalks", true, "test");
    private static final ParamIndex INDEX = ParamIndex.of(List.of(RESTRAINT, NOISE, REFUSES));

    private static Map<String, Double> read(String yaml) {
        YamlNode.Mapping root = YamlReader.readMapping(yaml, "p.yaml");
        return ParameterAssignments.read(root.entries().get(0).value(), "parameters", "p.yaml", INDEX).values();
    }

    @Test
    void nestedFlatAndMixedFormsGiveTheSameValues() {
        Map<String, Double> nested = read("parameters:\n"
                + "  washington:\n    restraint: 0.8\n"
                + "  perception:\n    noise:\n      washington:\n        tehran: 1.5\n"
                + "  tehran:\n    leaderRefusesTalks: false\n");
        Map<String, Double> flat = read("parameters:\n"
                + "  washington.restraint: 0.8\n"
                + "  perception.noise.washington.tehran: 1.5\n"
                + "  tehran.leaderRefusesTalks: false\n");
        Map<String, Double> mixed = read("parameters:\n"
                + "  washington: {restraint: 0.8}\n"
                + "  perception.noise:\n    washington.tehran: 1.5\n"
                + "  tehran.leaderRefusesTalks: false\n");
        Map<String, Double> expected = Map.of("washington.restraint", 0.8,
                "perception.noise.washington.tehran", 1.5, "tehran.leaderRefusesTalks", 0.0);
        assertEquals(expected, nested);
        assertEquals(expected, flat);
        assertEquals(expected, mixed);
    }

    @Test
    void flagsTakeBooleansOnly() {
        assertEquals(1.0, read("parameters:\n  tehran.leaderRefusesTalks: true\n").get("tehran.leaderRefusesTalks"));
        assertRefused(() -> read("parameters:\n  tehran.leaderRefusesTalks: 1\n"),
                "p.yaml", 2, "tehran.leaderRefusesTalks", "1", "true or false");
        assertRefused(() -> read("parameters:\n  tehran.leaderRefusesTalks: no\n"),
                "p.yaml", 2, "tehran.leaderRefusesTalks", "\"no\"", "true or false");
        assertRefused(() -> read("parameters:\n  tehran.leaderRefusesTalks: \"true\"\n"),
                "p.yaml", 2, "tehran.leaderRefusesTalks", "\"true\"", "true or false");
    }

    @Test
    void realsTakeNumbersInRange() {
        assertEquals(1.0, read("parameters:\n  washington.restraint: 1\n").get("washington.restraint"));
        assertRefused(() -> read("parameters:\n  perception.noise.washington.tehran: 7.5\n"),
                "p.yaml", 2, "perception.noise.washington.tehran", "7.5", "a number in [0, 5]");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> read("parameters:\n  perception.noise.washington.tehran: 7.5\n"));
        assertEquals("p.yaml:2: perception.noise.washington.tehran must be a number in [0, 5], but was 7.5",
                e.getMessage());
        assertRefused(() -> read("parameters:\n  washington.restraint: \"0.8\"\n"),
                "p.yaml", 2, "washington.restraint", "\"0.8\"", "a number in [0, 1]");
        assertRefused(() -> read("parameters:\n  washington.restraint: -0.1\n"),
                "p.yaml", 2, "washington.restraint", "-0.1", "a number in [0, 1]");
        assertRefused(() -> read("parameters:\n  washington.restraint: [0.1]\n"),
                "p.yaml", 2, "washington.restraint", "a list", "a number in [0, 1]");
    }

    @Test
    void typoGetsTheClosestKnownPath() {
        ScenarioException e = assertRefused(() -> read("parameters:\n  washington:\n    restrant: 0.8\n"),
                "p.yaml", 3, "washington.restrant", "washington.restrant", "'offramp params --model test' lists");
        assertTrue(e.getMessage().contains("did you mean washington.restraint?"), e.getMessage());
        ScenarioException forgotGroup = assertThrows(ScenarioException.class,
                () -> read("parameters:\n  restraint: 0.8\n"));
        assertTrue(forgotGroup.getMessage().contains("did you mean washington.restraint?"), forgotGroup.getMessage());
        ScenarioException far = assertThrows(ScenarioException.class, () -> read("parameters:\n  zzz: 1\n"));
        assertTrue(!far.getMessage().contains("did you mean"), far.getMessage());
    }

    @Test
    void sectionMustBeAMapping() {
        assertRefused(() -> read("parameters: [1, 2]\n"), "p.yaml", 1, "parameters", "a list", "a mapping");
        assertEquals(Map.of(), read("parameters:\n"));
    }
}
