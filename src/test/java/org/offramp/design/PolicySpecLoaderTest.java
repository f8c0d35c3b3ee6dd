package org.offramp.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.scenario.ScenarioException;

class PolicySpecLoaderTest {
    static final String COMPARE = """
            experiment: t
            kind: compare
            scenario: baseline
            seed: 1
            runs: 100
            measures: [WAR, DEAL_BY_DAY_180]
            variants:
              - name: a
              - name: b
                overrides:
                  washington:
                    restraint: 0.5
                  tehran.leaderRefusesTalks: false
            """;

    static PolicySpec load(String yaml) {
        return PolicySpecLoader.load(yaml, "x.yaml", Path.of("."));
    }

    static ScenarioException refused(String yaml) {
        return assertThrows(ScenarioException.class, () -> load(yaml));
    }

    @Test
    void loadsACompareFile() {
        PolicySpec.Compare c = assertInstanceOf(PolicySpec.Compare.class, load(COMPARE));
        assertEquals(List.of(Measure.parse("WAR"), Measure.parse("DEAL_BY_DAY_180")), c.measures());
        Comparison cmp = c.toComparison();
        assertEquals(0.5, cmp.scenarios().get(1).get("washington.restraint"), 0.0);
        assertEquals(0.0, cmp.scenarios().get(1).get("tehran.leaderRefusesTalks"), 0.0);
        assertEquals(List.of("a", "a"), cmp.against());
        assertEquals(200, c.totalRuns());
    }

    @Test
    void errorsNameFileLineKeyValueAndAllowed() {
        ScenarioException e = refused(COMPARE.replace("    restraint: 0.5", "    restraint: 1.5"));
        assertEquals("x.yaml:12: variants[1].overrides.washington.restraint must be a number in [0, 1], but was 1.5",
                e.getMessage());
        e = refused(COMPARE.replace("tehran.leaderRefusesTalks: false", "tehran.leaderRefusesTalks: no"));
        assertEquals(13, e.line());
        assertEquals("true or false", e.allowed());
        e = refused(COMPARE.replace("runs: 100", "runz: 100"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("unknown key 'runz'"), e.getMessage());
        e = refused(COMPARE.replace("kind: compare", "kind: compair"));
        assertEquals("x.yaml:2: kind must be one of compare, sweep, sensitivity, but was \"compair\"", e.getMessage());
        e = refused(COMPARE.replace("DEAL_BY_DAY_180", "DEALS"));
        assertEquals(6, e.line());
        assertTrue(e.allowed().contains("RUNG_AT_LEAST_N"));
        e = refused(COMPARE.replace("  - name: b\n", "  - name: b\n    against: c\n"));
        assertEquals("variants[1].against", e.path());
        e = refused(COMPARE.replace("tehran.leaderRefusesTalks", "tehran"));
        assertTrue(e.getMessage().contains("tehran is a group of parameters"), e.getMessage());
        e = refused(COMPARE.replace("kind: compare\n", ""));
        assertTrue(e.getMessage().contains("kind is required") && e.getMessage().contains("ExperimentSpecLoader"));
    }

    @Test
    void sweepAndSensitivityFilesAreChecked() {
        String sweep = """
                experiment: s
                kind: sweep
                scenario: baseline
                seed: 2
                runs: 10
                design:
                  type: latin-hypercube
                  points: 8
                factors:
                  - path: washington.restraint
                    from: 0.2
                    to: 0.9
                """;
        PolicySpec.SweepSpec s = assertInstanceOf(PolicySpec.SweepSpec.class, load(sweep));
        assertEquals(8, s.toSweep().points().length);
        ScenarioException e = refused(sweep + "charts:\n  series: [washington.restraint]\n");
        assertTrue(e.allowed().contains("need a grid"), e.getMessage());
        e = refused(sweep.replace("to: 0.9", "to: 0.1"));
        assertEquals(12, e.line());
        e = refused(sweep.replace("latin-hypercube", "random"));
        assertEquals("design.type", e.path());
        String sens = """
                experiment: g
                kind: sensitivity
                scenario: baseline
                seed: 3
                samples: 8
                runsPerPoint: 5
                factors:
                  - path: washington.restraint
                    from: 0.2
                    to: 0.9
                """;
        e = refused(sens);
        assertTrue(e.allowed().contains("2 to 32 factors"), e.getMessage());
    }

    @Test
    void everyShippedExperimentFileLoads() throws IOException {
        Path dir = Path.of("experiments");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 7, "experiment files: " + yaml);
            for (Path p : yaml) {
                Optional<String> kind = PolicySpecLoader.kindOf(p);
                if (kind.isPresent() && !kind.get().equals("discover") && !kind.get().equals("calibrate")) {
                    PolicySpec spec = PolicySpecLoader.load(p);
                    assertEquals(kind.get(), spec.kind());
                    // Each file is meant to finish in about two minutes on two cores at ~2.5 ms a run.
                    assertTrue(spec.totalRuns() <= 100_000, p + ": " + spec.totalRuns() + " runs");
                }
            }
        }
    }

    @Test
    void resultsReadmeReplacesOnlyItsBlocks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tiny.yaml"), COMPARE.replace("runs: 100", "runs: 20"));
        Files.writeString(dir.resolve("README.md"), "intro\n<!-- results:tiny -->\nold table\n<!-- /results:tiny -->\nend\n");
        assertEquals(List.of("tiny"), ResultsReadme.regenerate(dir.resolve("README.md"), dir.resolve("out"), List.of()));
        String text = Files.readString(dir.resolve("README.md"));
        assertTrue(text.startsWith("intro\n<!-- results:tiny -->\n| variant | against | WAR |"), text);
        assertTrue(text.endsWith("<!-- /results:tiny -->\nend\n") && !text.contains("old table"), text);
        assertTrue(Files.exists(dir.resolve("out/tiny/comparison.csv")));
    }
}
