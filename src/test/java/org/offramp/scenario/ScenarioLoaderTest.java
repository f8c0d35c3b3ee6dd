package org.offramp.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offramp.scenario.ErrorAssert.assertRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Scenario;
import org.offramp.standoff.Params;

class ScenarioLoaderTest {
    private static final String ACTORS = "actors: [washington, tehran, irgc, gulf, un, moscow]\n";
    private static final String ALLOWED_HORIZON = "a whole number in [1, 3650]";

    private static Scenario load(String yaml) {
        return ScenarioLoader.load(yaml, "x.yaml");
    }

    @Test
    void oneOverriddenParameterEqualsBaselineWithThatValue() {
        Scenario s = load("scenario: short\n"
                + "description: One year only.\n"
                + ACTORS
                + "parameters:\n"
                + "  run:\n"
                + "    horizonDays: 365\n");
        assertEquals(Scenarios.load("baseline").with(Params.HORIZON, 365).named("short", "One year only."), s);
        assertEquals(365, s.integer(Params.HORIZON));
    }

    @Test
    void withoutParametersTheValuesAreTheBaselines() {
        Scenario s = load("scenario: plain\n" + ACTORS);
        assertEquals(Scenarios.load("baseline").named("plain", ""), s);
    }

    @Test
    void nestedFlatAndMixedKeysAreEquivalent() {
        Scenario nested = load("scenario: s\n" + ACTORS + "parameters:\n  run:\n    horizonDays: 100\n");
        Scenario flat = load("scenario: s\n" + ACTORS + "parameters:\n  run.horizonDays: 100\n");
        Scenario inline = load("scenario: s\n" + ACTORS + "parameters: {run: {horizonDays: 100}}\n");
        assertEquals(nested, flat);
        assertEquals(nested, inline);
        assertEquals(100, nested.integer(Params.HORIZON));
    }

    @Test
    void valueOutOfRangeIsRefused() {
        assertRefused(() -> load("scenario: s\n" + ACTORS + "parameters:\n  run:\n    horizonDays: 4000\n"),
                "x.yaml", 5, "run.horizonDays", "4000", ALLOWED_HORIZON);
    }

    @Test
    void fractionForAnIntegerIsRefused() {
        assertRefused(() -> load("scenario: s\n" + ACTORS + "parameters:\n  run.horizonDays: 365.5\n"),
                "x.yaml", 4, "run.horizonDays", "365.5", ALLOWED_HORIZON);
    }

    @Test
    void stringWhereANumberIsExpectedIsRefused() {
        assertRefused(() -> load("scenario: s\n" + ACTORS + "parameters:\n  run.horizonDays: \"365\"\n"),
                "x.yaml", 4, "run.horizonDays", "\"365\"", ALLOWED_HORIZON);
        assertRefused(() -> load("scenario: s\n" + ACTORS + "parameters:\n  run.horizonDays: true\n"),
                "x.yaml", 4, "run.horizonDays", "true", ALLOWED_HORIZON);
        assertRefused(() -> load("scenario: s\n" + ACTORS + "parameters:\n  run.horizonDays:\n"),
                "x.yaml", 4, "run.horizonDays", "null", ALLOWED_HORIZON);
    }

    @Test
    void unknownParameterIsRefusedWithTheClosestPath() {
        ScenarioException e = assertRefused(
                () -> load("scenario: s\n" + ACTORS + "parameters:\n  run:\n    horizonDay: 100\n"),
                "x.yaml", 5, "run.horizonDay", "run.horizonDay", "'offramp params --model " + "standoff' lists");
        assertTrue(e.getMessage().contains("did you mean run.horizonDays?"), e.getMessage());
    }

    @Test
    void groupGivenAValueIsRefusedWithAnExample() {
        ScenarioException e = assertRefused(() -> load("scenario: s\n" + ACTORS + "parameters:\n  run: 5\n"),
                "x.yaml", 4, "run", "run", "run.horizonDays");
        assertTrue(e.getMessage().contains("group of parameters"), e.getMessage());
    }

    @Test
    void parameterGivenTwiceIsRefusedWhateverTheForm() {
        ScenarioException e = assertRefused(() -> load("scenario: s\n" + ACTORS
                        + "parameters:\n  run:\n    horizonDays: 100\n  run.horizonDays: 200\n"),
                "x.yaml", 6, "run.horizonDays", "200", "each parameter once");
        assertTrue(e.getMessage().contains("first on line 5"), e.getMessage());
        assertRefused(() -> load("scenario: s\n" + ACTORS
                        + "parameters:\n  run.horizonDays: 100\n  run.horizonDays: 100\n"),
                "x.yaml", 5, "run.horizonDays", "100", "each parameter once");
    }

    @Test
    void unknownTopLevelKeyIsRefused() {
        assertRefused(() -> load("scenario: s\n" + ACTORS + "paramters:\n  run.horizonDays: 100\n"),
                "x.yaml", 3, "paramters", "paramters", "scenario, description, extends, actors, parameters");
    }

    @Test
    void topLevelKeyGivenTwiceIsRefused() {
        assertRefused(() -> load("scenario: s\n" + ACTORS + "scenario: t\n"),
                "x.yaml", 3, "scenario", "\"t\"", "each key once");
    }

    @Test
    void missingOrBadNameIsRefused() {
        assertRefused(() -> load(ACTORS + "description: no name\n"),
                "x.yaml", 1, "scenario", "missing", "[a-z0-9][a-z0-9-]*");
        assertRefused(() -> load("scenario: Hawkish!\n" + ACTORS),
                "x.yaml", 1, "scenario", "\"Hawkish!\"", "[a-z0-9][a-z0-9-]*");
        assertRefused(() -> load("scenario: 42\n" + ACTORS),
                "x.yaml", 1, "scenario", "42", "[a-z0-9][a-z0-9-]*");
    }

    @Test
    void malformedYamlIsRefusedWithTheParserLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load("scenario: s\n" + ACTORS + "parameters:\n  run: [1, 2\n  x: 1\n"));
        assertTrue(e.getMessage().startsWith("x.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed YAML"), e.getMessage());
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("expected ',' or ']'"), e.getMessage());
        ScenarioException tabs = assertThrows(ScenarioException.class,
                () -> load("scenario: s\n\tactors: [a]\n"));
        assertTrue(tabs.getMessage().contains("malformed YAML"), tabs.getMessage());
        assertEquals(2, tabs.line(), tabs.getMessage());
    }

    @Test
    void emptyDocumentIsRefused() {
        assertRefused(() -> load(""), "x.yaml", 1, "", "empty", "a YAML mapping");
        assertRefused(() -> load("# nothing here\n"), "x.yaml", 1, "", "empty", "a YAML mapping");
    }

    @Test
    void documentThatIsNotAMappingIsRefused() {
        assertRefused(() -> load("- a\n- b\n"), "x.yaml", 1, "", "a list", "a YAML mapping");
    }

    @Test
    void secondDocumentIsRefused() {
        // The line of the "---" that starts the second document.
        assertRefused(() -> load("scenario: s\n" + ACTORS + "---\nscenario: t\n"),
                "x.yaml", 3, "", "a second YAML document", "one YAML document");
    }

    @Test
    void actorsMustBeExactlyTheSix() {
        assertRefused(() -> load("scenario: s\nactors: [washington, tehran, irgc, gulf, un]\n"),
                "x.yaml", 2, "actors", "moscow", "washington, tehran, irgc, gulf, un, moscow");
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> load("scenario: s\nactors: [washington, tehran, irgc, gulf, un]\n"));
        assertTrue(missing.getMessage().contains("missing required actor 'moscow'"), missing.getMessage());
        ScenarioException unknown = assertRefused(
                () -> load("scenario: s\nactors:\n  - washington\n  - israel\n"),
                "x.yaml", 4, "actors", "israel", "washington, tehran, irgc, gulf, un, moscow");
        assertTrue(unknown.getMessage().contains("unknown actor 'israel'; allowed: washington, tehran"),
                unknown.getMessage());
        assertRefused(() -> load("scenario: s\nactors: [washington, tehran, tehran, irgc, gulf, un, moscow]\n"),
                "x.yaml", 2, "actors", "tehran", "once");
        assertRefused(() -> load("scenario: s\nactors: washington\n"),
                "x.yaml", 2, "actors", "\"washington\"", "a list of washington");
    }

    @Test
    void actorsAreRequiredWithoutExtends() {
        assertRefused(() -> load("scenario: s\n"), "x.yaml", 1, "actors", "missing", "required without extends");
    }

    @Test
    void extendsAnEmbeddedScenario() {
        Scenario s = load("scenario: short\nextends: baseline\nparameters:\n  run.horizonDays: 30\n");
        Scenario baseline = Scenarios.load("baseline");
        assertEquals(baseline.with(Params.HORIZON, 30).named("short", baseline.description()), s);
    }

    @Test
    void extendsAFileRelativeToTheExtendingFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("common"));
        Files.createDirectories(dir.resolve("variants"));
        Files.writeString(dir.resolve("common/base.yaml"), "scenario: base\ndescription: The base.\n" + ACTORS
                + "parameters:\n  run.horizonDays: 100\n");
        Files.writeString(dir.resolve("variants/child.yaml"), "scenario: child\nextends: ../common/base.yaml\n");
        Scenario child = ScenarioLoader.load(dir.resolve("variants/child.yaml"));
        assertEquals(Scenarios.load("baseline").with(Params.HORIZON, 100).named("child", "The base."), child);
    }

    @Test
    void childValuesOverrideParentValues(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), "scenario: base\n" + ACTORS + "parameters:\n  run.horizonDays: 100\n");
        Files.writeString(dir.resolve("child.yaml"), "scenario: child\nextends: base.yaml\n"
                + "parameters:\n  run.horizonDays: 200\n");
        assertEquals(200, ScenarioLoader.load(dir.resolve("child.yaml")).integer(Params.HORIZON));
    }

    @Test
    void errorsInAnExtendedFileNameThatFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), "scenario: base\n" + ACTORS + "parameters:\n  run.horizonDays: 0\n");
        Files.writeString(dir.resolve("child.yaml"), "scenario: child\nextends: base.yaml\n");
        assertRefused(() -> ScenarioLoader.load(dir.resolve("child.yaml")),
                dir.resolve("base.yaml").toString(), 4, "run.horizonDays", "0", ALLOWED_HORIZON);
    }

    @Test
    void extendsCyclesAreRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "scenario: a\nextends: b.yaml\n");
        Files.writeString(dir.resolve("b.yaml"), "scenario: b\n\nextends: a.yaml\n");
        ScenarioException e = assertRefused(() -> ScenarioLoader.load(dir.resolve("a.yaml")),
                dir.resolve("b.yaml").toString(), 3, "extends", "a.yaml", "without extends");
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
        Files.writeString(dir.resolve("self.yaml"), "scenario: self\nextends: ./self.yaml\n");
        assertRefused(() -> ScenarioLoader.load(dir.resolve("self.yaml")),
                dir.resolve("self.yaml").toString(), 2, "extends", "./self.yaml", "without extends");
    }

    @Test
    void extendsNothingKnownIsRefused(@TempDir Path dir) {
        assertRefused(() -> ScenarioLoader.load("scenario: s\nextends: nowhere\n", "x.yaml", dir),
                "x.yaml", 2, "extends", "nowhere", "baseline");
        assertRefused(() -> load("scenario: s\nextends: 3\n"),
                "x.yaml", 2, "extends", "3", "an embedded scenario name or a file path");
    }

    @Test
    void missingFileIsRefused(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
    }

    @Test
    void aliasesAreRefused() {
        // Refused at the anchor already, whatever the key it is on.
        assertRefused(() -> load("scenario: s\n" + ACTORS + "x: &h 100\nparameters:\n  run.horizonDays: *h\n"),
                "x.yaml", 3, "", "&h", "plain values");
        assertRefused(() -> load("scenario: s\n" + ACTORS + "parameters:\n  run.horizonDays: *h\n"),
                "x.yaml", 4, "", "*h", "plain values");
    }
}
