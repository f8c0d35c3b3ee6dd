package org.offramp.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.offramp.scenario.ErrorAssert.assertRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Scenario;
import org.offramp.standoff.Params;

class ExperimentSpecLoaderTest {
    private static final String HEAD = "experiment: e\nscenario: baseline\nseed: 7\n";

    private static ExperimentSpec load(String yaml) {
        return ExperimentSpecLoader.load(yaml, "exp.yaml", Path.of(""));
    }

    @Test
    void fullFileIsRead() {
        ExperimentSpec spec = load("experiment: baseline-run\n"
                + "description: The baseline, ten thousand times.\n"
                + "scenario: baseline\n"
                + "overrides:\n"
                + "  run.horizonDays: 365\n"
                + "runs: 10000\n"
                + "seed: 20190517\n"
                + "threads: 4\n"
                + "outputs:\n"
                + "  charts: false\n"
                + "  stories: 5\n");
        assertEquals("baseline-run", spec.name());
        assertEquals("The baseline, ten thousand times.", spec.description());
        assertEquals("baseline", spec.scenarioRef());
        assertEquals(Scenarios.load("baseline").with(Params.HORIZON, 365), spec.scenario());
        assertEquals(Map.of("run.horizonDays", 365.0), spec.overrides());
        assertEquals(new ExperimentSpec.Runs(10000), spec.budget());
        assertEquals(20190517L, spec.seed());
        assertEquals(4, spec.threads());
        assertEquals(new ExperimentSpec.Outputs(false, 5), spec.outputs());
        assertEquals("exp.yaml", spec.source());
    }

    @Test
    void defaultsApplyWhenOptionalKeysAreAbsent() {
        ExperimentSpec spec = load(HEAD + "precision:\n  halfWidth: 0.005\n");
        assertEquals(new ExperimentSpec.Precision(0.005, ExperimentSpec.DEFAULT_MAX_RUNS), spec.budget());
        assertEquals(0, spec.threads());
        assertEquals(ExperimentSpec.Outputs.DEFAULT, spec.outputs());
        assertEquals(Scenarios.load("baseline"), spec.scenario());
        assertEquals(Map.of(), spec.overrides());
    }

    @Test
    void seedTakesTheWhole64BitRange() {
        assertEquals(Long.MIN_VALUE, load("experiment: e\nscenario: baseline\nruns: 1\nseed: -9223372036854775808\n").seed());
        assertEquals(Long.MAX_VALUE, load("experiment: e\nscenario: baseline\nruns: 1\nseed: 9223372036854775807\n").seed());
        assertRefused(() -> load("experiment: e\nscenario: baseline\nruns: 1\nseed: 9223372036854775808\n"),
                "exp.yaml", 4, "seed", "9223372036854775808", "an integer in [-9223372036854775808");
        assertRefused(() -> load("experiment: e\nscenario: baseline\nruns: 1\nseed: 1.5\n"),
                "exp.yaml", 4, "seed", "1.5", "an integer in [");
        assertRefused(() -> load("experiment: e\nscenario: baseline\nruns: 1\n"),
                "exp.yaml", 1, "seed", "missing", "an integer in [");
    }

    @Test
    void scenarioPathIsRelativeToTheExperimentFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(dir.resolve("scenarios/short.yaml"), "scenario: short\nextends: baseline\n"
                + "parameters:\n  run.horizonDays: 90\n");
        Files.writeString(dir.resolve("experiments/e.yaml"), "experiment: e\nscenario: ../scenarios/short.yaml\n"
                + "overrides:\n  run:\n    horizonDays: 120\nruns: 10\nseed: 1\n");
        ExperimentSpec spec = ExperimentSpecLoader.load(dir.resolve("experiments/e.yaml"));
        assertEquals("short", spec.scenario().name());
        assertEquals(120, spec.scenario().integer(Params.HORIZON));
    }

    @Test
    void commandLineOverridesGoOnTop() {
        ExperimentSpec spec = load(HEAD + "runs: 5\noverrides:\n  run.horizonDays: 100\n")
                .withOverrides(Overrides.parse(Params.REGISTRY, List.of("run.horizonDays=200")));
        assertEquals(200, spec.scenario().integer(Params.HORIZON));
        assertEquals(Map.of("run.horizonDays", 200.0), spec.overrides());
    }

    @Test
    void runsAndPrecisionAreExclusiveAndOneIsRequired() {
        assertRefused(() -> load(HEAD + "runs: 10\nprecision:\n  halfWidth: 0.01\n"),
                "exp.yaml", 5, "runs", "runs and precision", "exactly one of runs or precision");
        assertRefused(() -> load(HEAD), "exp.yaml", 1, "runs", "missing", "exactly one of runs or precision");
    }

    @Test
    void runsMustBeInRange() {
        assertRefused(() -> load(HEAD + "runs: 0\n"), "exp.yaml", 4, "runs", "0", "a whole number in [1, 2147483647]");
        assertRefused(() -> load(HEAD + "runs: 2147483648\n"), "exp.yaml", 4, "runs", "2147483648",
                "a whole number in [1, 2147483647]");
        assertRefused(() -> load(HEAD + "runs: \"10\"\n"), "exp.yaml", 4, "runs", "\"10\"", "a whole number");
        assertEquals(new ExperimentSpec.Runs(1_000_000), load(HEAD + "runs: 1e6\n").budget());
    }

    @Test
    void precisionMustBeInRange() {
        assertRefused(() -> load(HEAD + "precision:\n  halfWidth: 0.5\n"), "exp.yaml", 5, "precision.halfWidth",
                "0.5", "a number in (0, 0.5)");
        assertRefused(() -> load(HEAD + "precision:\n  halfWidth: 0\n"), "exp.yaml", 5, "precision.halfWidth",
                "0", "a number in (0, 0.5)");
        assertRefused(() -> load(HEAD + "precision:\n  maxRuns: 10\n"), "exp.yaml", 4, "precision.halfWidth",
                "missing", "a number in (0, 0.5)");
        assertRefused(() -> load(HEAD + "precision:\n  halfWidth: 0.01\n  maxRuns: 0\n"), "exp.yaml", 6,
                "precision.maxRuns", "0", "a whole number in [1, 2147483647]");
        assertRefused(() -> load(HEAD + "precision:\n  halfwidth: 0.01\n"), "exp.yaml", 5, "precision.halfwidth",
                "halfwidth", "halfWidth, maxRuns");
        assertRefused(() -> load(HEAD + "precision: 0.01\n"), "exp.yaml", 4, "precision", "0.01",
                "a mapping with the keys halfWidth, maxRuns");
    }

    @Test
    void aRelativePrecisionIsAPercentageWithAnOptionalFloor() {
        assertEquals(new ExperimentSpec.Precision(org.offramp.stats.PrecisionTarget.relative(0.1, 0.01), 50_000),
                load(HEAD + "precision:\n  halfWidth: 10%\n  maxRuns: 50000\n").budget());
        assertEquals(new ExperimentSpec.Precision(org.offramp.stats.PrecisionTarget.relative(0.025, 0.002),
                ExperimentSpec.DEFAULT_MAX_RUNS), load(HEAD + "precision:\n  halfWidth: \"2.5%\"\n  floor: 0.002\n")
                .budget());
        String allowed = "a number in (0, 0.5) (an absolute half-width) or a percentage P% with P in (0, 100)";
        assertRefused(() -> load(HEAD + "precision:\n  halfWidth: 150%\n"), "exp.yaml", 5, "precision.halfWidth",
                "150%", allowed);
        assertRefused(() -> load(HEAD + "precision:\n  halfWidth: ten%\n"), "exp.yaml", 5, "precision.halfWidth",
                "ten%", allowed);
        assertRefused(() -> load(HEAD + "precision:\n  halfWidth: \"0.01\"\n"), "exp.yaml", 5,
                "precision.halfWidth", "0.01", allowed);
        assertRefused(() -> load(HEAD + "precision:\n  halfWidth: 10%\n  floor: 1\n"), "exp.yaml", 6,
                "precision.floor", "1", "a number in (0, 1)");
        assertRefused(() -> load(HEAD + "precision:\n  halfWidth: 0.01\n  floor: 0.01\n"), "exp.yaml", 6,
                "precision.floor", "0.01", "absent with an absolute halfWidth");
    }

    @Test
    void threadsAndOutputsMustBeInRange() {
        assertRefused(() -> load(HEAD + "runs: 1\nthreads: -1\n"), "exp.yaml", 5, "threads", "-1",
                "a whole number in [0, 1024]");
        assertRefused(() -> load(HEAD + "runs: 1\noutputs:\n  stories: 101\n"), "exp.yaml", 6, "outputs.stories",
                "101", "a whole number in [0, 100]");
        assertRefused(() -> load(HEAD + "runs: 1\noutputs:\n  charts: sometimes\n"), "exp.yaml", 6, "outputs.charts",
                "\"sometimes\"", "true or false");
        assertRefused(() -> load(HEAD + "runs: 1\noutputs:\n  csv: true\n"), "exp.yaml", 6, "outputs.csv",
                "csv", "charts, stories");
    }

    @Test
    void nameKeysAndScenarioAreChecked() {
        assertRefused(() -> load("scenario: baseline\nruns: 1\nseed: 1\n"), "exp.yaml", 1, "experiment",
                "missing", "[a-z0-9][a-z0-9-]*");
        assertRefused(() -> load(HEAD + "runs: 1\nrepeats: 3\n"), "exp.yaml", 5, "repeats", "repeats",
                "experiment, description, scenario, overrides, runs, precision, seed, threads, outputs");
        assertRefused(() -> load("experiment: e\nscenario: nowhere\nruns: 1\nseed: 1\n"), "exp.yaml", 2,
                "scenario", "nowhere", "baseline");
        assertRefused(() -> load("experiment: e\nruns: 1\nseed: 1\n"), "exp.yaml", 1, "scenario", "missing",
                "an embedded scenario name");
    }

    @Test
    void overridesAreCheckedLikeScenarioParameters() {
        assertRefused(() -> load(HEAD + "runs: 1\noverrides:\n  run:\n    horizonDays: 0\n"), "exp.yaml", 7,
                "run.horizonDays", "0", "a whole number in [1, 3650]");
        assertRefused(() -> load(HEAD + "runs: 1\noverrides:\n  run.horizon: 10\n"), "exp.yaml", 6,
                "run.horizon", "run.horizon", "'offramp params --model " + "standoff' lists");
    }

    @Test
    void malformedAndEmptyFilesAreRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load("experiment: e\n  seed: 1\n x: 2\n"));
        assertEquals("exp.yaml", e.source());
        assertRefused(() -> load(""), "exp.yaml", 1, "", "empty", "a YAML mapping");
    }

    @Test
    void specConstructorChecksItsComponents() {
        Scenario s = Scenarios.load("baseline");
        assertThrows(IllegalArgumentException.class, () -> new ExperimentSpec("Bad Name", "", "baseline", s, Map.of(),
                new ExperimentSpec.Runs(1), 1, 0, ExperimentSpec.Outputs.DEFAULT, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ExperimentSpec("ok", "", "baseline", s, Map.of(),
                new ExperimentSpec.Runs(1), 1, -1, ExperimentSpec.Outputs.DEFAULT, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ExperimentSpec.Runs(0));
        assertThrows(IllegalArgumentException.class, () -> new ExperimentSpec.Precision(Double.NaN, 10));
        assertThrows(IllegalArgumentException.class, () -> new ExperimentSpec.Outputs(true, 101));
    }
}
