package org.offramp.design.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.design.DesignException;
import org.offramp.design.Measure;
import org.offramp.design.PolicyExperiments;
import org.offramp.design.discovery.BoxInspection;
import org.offramp.design.discovery.DimensionLimit;
import org.offramp.design.discovery.DiscoveryTable;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Models;
import org.offramp.scenario.ScenarioException;

/**
 * A discovery end to end on the test-only tiny model, where a loaded coin (heads on every even day)
 * wins within five days: the discovery file, the runs, the box PRIM finds, the folder it writes, and
 * reading that folder (and a sweep's) back for another analysis.
 */
class DiscoveryExperimentsTest {
    static final String FILE = String.join("\n",
            "model: tiny",
            "experiment: coin",
            "kind: discover",
            "scenario: baseline",
            "seed: 11",
            "measures: [WIN, LUCKY]",
            "points: 60",
            "runs: 30",
            "factors:",
            "  - {path: coin.heads, from: 0.02, to: 0.2}",
            "  - {path: run.horizonDays, from: 5, to: 40}",
            "  - {path: coin.loaded, from: false, to: true}",
            "prim:",
            "  density: 0.95",
            "  resamples: 5",
            "cart: {maxDepth: 2}",
            "rsa: true",
            "");

    static DiscoverySpec spec(String yaml) {
        return DiscoverySpecLoader.load(yaml, "coin.yaml", Path.of("."));
    }

    @Test
    void theFileIsReadWithItsDefaults() {
        DiscoverySpec s = spec(FILE);
        assertEquals("coin", s.name());
        assertEquals("discover", s.origin());
        assertEquals(List.of("WIN", "LUCKY"), s.measures().stream().map(Measure::name).toList());
        assertEquals("WIN", s.measure().name());
        assertEquals(60, s.points());
        assertEquals(30, s.runs());
        assertEquals(DesignRuns.Seeding.INDEPENDENT, s.seeding());
        assertEquals(0.95, s.options().density());
        assertEquals(5, s.options().resamples());
        assertTrue(s.options().cart() && s.options().rsa());
        assertEquals(2, s.options().cartMaxDepth());
        assertEquals(0.05, s.options().peelAlpha());
        assertEquals("latin-hypercube", s.design().type());
    }

    @Test
    void primFindsTheLoadedCoinAndTheFolderHoldsEverything(@TempDir Path dir) throws Exception {
        DiscoverySpec s = spec(FILE);
        DiscoveryExperiments.DiscoveryReport r = DiscoveryExperiments.run(s, dir, RunModel.of(Models.get("tiny")),
                ProgressListener.NONE, null);
        BoxInspection box = r.analysis().box();
        assertTrue(r.analysis().densityReached());
        assertTrue(box.step().density() >= 0.95, "density " + box.step().density());
        DimensionLimit loaded = box.limits().stream().filter(d -> d.factor().name().equals("coin.loaded")).findFirst()
                .orElseThrow(() -> new AssertionError("the box does not restrict coin.loaded: " + box));
        assertEquals(List.of("true"), loaded.levels());
        assertTrue(loaded.qpLower() < 1e-6, "qp " + loaded.qpLower());
        assertEquals(1.0, r.analysis().stability().reproduceCoverage()[2], "every resample restricts coin.loaded");
        assertEquals("coin.loaded", r.analysis().rsa().rows().get(0).factor().name(), "RSA ranks it first");
        for (String f : List.of("discovery-runs.csv", "points.csv", "discovery.md", "provenance.json",
                "prim-trajectory.csv", "prim-trajectory.md", "prim-box.csv", "prim-box.md", "prim-stability.csv",
                "prim-covering.md", "cart.md", "cart.csv", "rsa.csv", "rsa.md", "prim-tradeoff.png", "prim-tradeoff.svg",
                "prim-box-limits.png", "prim-pairs.svg")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
            assertTrue(r.files().contains(dir.resolve(f)), f);
        }
        String md = Files.readString(dir.resolve("discovery.md"));
        assertTrue(md.contains("| `coin.loaded` | {false, true} | coin.loaded = true | < 1e-10 | - | 100% |"), md);
        assertTrue(md.contains("Provenance: `coin.yaml` (kind discover)"), md);
        JsonNode prov = new ObjectMapper().readTree(dir.resolve("provenance.json").toFile());
        assertEquals("offramp-discovery-provenance/1", prov.path("format").asText());
        assertEquals(60, prov.path("design").path("points").asInt());
        assertEquals("FLAG", prov.path("design").path("factors").get(2).path("type").asText());
        assertEquals(r.analysis().selected(), prov.path("analysis").path("selected").asInt());
        String points = Files.readString(dir.resolve("points.csv"));
        assertTrue(points.startsWith("point,coin.heads,run.horizonDays,coin.loaded,runs,WIN_count,WIN_share,WIN_lower,"
                + "WIN_upper,LUCKY_count"), points.substring(0, 120));

        // The folder read back gives the same table, for any recorded measure.
        RecordedRuns back = RecordedRuns.read(dir, "WIN");
        assertEquals(r.runs().perRun(s.measure()), back.table());
        assertEquals(11, back.seed());
        Measure lucky = s.measures().get(1);
        assertEquals(r.runs().perRun(lucky), RecordedRuns.read(dir, "LUCKY").table());
        DesignException e = assertThrows(DesignException.class, () -> RecordedRuns.read(dir, "HEADS_AT_LEAST_2"));
        assertTrue(e.getMessage().startsWith("--measure HEADS_AT_LEAST_2 was not recorded in "), e.getMessage());
        DiscoveryExperiments.DiscoveryReport again = DiscoveryExperiments.analyze(back, s.options(), null, null);
        assertEquals(r.analysis().selected(), again.analysis().selected());
        assertEquals(r.analysis().box(), again.analysis().box());
    }

    @Test
    void aSweepsFolderGivesOneRowPerPointWithItsShare(@TempDir Path dir) throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), String.join("\n", "model: tiny", "experiment: grid",
                "kind: sweep", "scenario: baseline", "seed: 5", "runs: 50", "measures: [WIN]", "design: {type: grid}", "factors:",
                "  - {path: coin.heads, from: 0.05, to: 0.3, levels: 4}",
                "  - {path: run.horizonDays, values: [10, 30]}", ""));
        PolicyExperiments.PolicyReport p = PolicyExperiments.run(sweep, dir.resolve("out"), ProgressListener.NONE);
        RecordedRuns r = RecordedRuns.read(dir.resolve("out"), null);
        DiscoveryTable t = r.table();
        assertEquals(8, t.rows());
        assertFalse(t.isBinary(), "shares of 50 runs");
        assertEquals(0.05, t.factor(0).lower());
        assertEquals(0.3, t.factor(0).upper());
        assertEquals(10, t.factor(1).lower());
        String[] row3 = Files.readString(dir.resolve("out/sweep.csv")).split("\n")[4].split(",");
        assertEquals(Double.parseDouble(row3[4]), t.outcome(3));
        assertTrue(r.describe().contains("quasi-p-values are not defined"), r.describe());
        DiscoveryAnalysis a = DiscoveryAnalysis.of(t, DiscoveryOptions.defaults().withMassMin(0.2), 5);
        assertTrue(Double.isNaN(a.box().limits().isEmpty() ? Double.NaN : a.box().limits().get(0).qpMin()));
        assertTrue(p.files().size() > 0);
    }

    @Test
    void foldersThatHoldNoRunsAreRefusedWithWhatIsNeeded(@TempDir Path dir) throws Exception {
        DesignException e = assertThrows(DesignException.class, () -> RecordedRuns.read(dir.resolve("nope"), null));
        assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
        Files.writeString(dir.resolve("sensitivity.csv"), "measure,factor\n");
        e = assertThrows(DesignException.class, () -> RecordedRuns.read(dir, null));
        assertTrue(e.getMessage().contains("keep only the Sobol indices"), e.getMessage());
        Files.delete(dir.resolve("sensitivity.csv"));
        e = assertThrows(DesignException.class, () -> RecordedRuns.read(dir, null));
        assertTrue(e.getMessage().contains("is neither a discovery's results folder"), e.getMessage());
    }

    @Test
    void aMeasureNoRunHasLeavesNothingToFind() {
        DiscoverySpec s = spec(FILE.replace("measures: [WIN, LUCKY]", "measures: [HEADS_AT_LEAST_3]")
                .replace("  - {path: coin.loaded, from: false, to: true}\n", "")
                .replace("from: 0.02, to: 0.2", "from: 0, to: 0.001").replace("from: 5, to: 40", "from: 1, to: 3"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiscoveryExperiments.run(s, null,
                RunModel.of(Models.get("tiny")), ProgressListener.NONE, null));
        assertTrue(e.getMessage().startsWith("no row of the table has HEADS_AT_LEAST_3 (0 of 1800)"), e.getMessage());
    }

    @Test
    void badFilesNameTheLineKeyAndWhatIsAllowed() {
        assertError("coin.yaml:7: points must be a whole number in [1, 100000], but was 0",
                FILE.replace("points: 60", "points: 0"));
        assertError("coin.yaml:12: factors[2].to must be greater than from (1), but was 1",
                FILE.replace("{path: coin.loaded, from: false, to: true}", "{path: coin.loaded, from: true, to: true}"));
        assertError("coin.yaml:6: measures must be a measure: ", FILE.replace("[WIN, LUCKY]", "[WIN, WAR]"));
        assertError("coin.yaml:3: kind must be discover (or a kind: sweep or sensitivity file, whose factors are used),"
                + " but was \"discovery\"", FILE.replace("kind: discover", "kind: discovery"));
        assertError("coin.yaml:14: prim.density must be a number in [0, 1], but was 1.5",
                FILE.replace("density: 0.95", "density: 1.5"));
        assertError("coin.yaml:16: prim.box must be density, last or a box index (a whole number >= 0), but was \"first\"",
                FILE.replace("  resamples: 5", "  resamples: 5\n  box: first"));
        assertError("coin.yaml:10: factors[0].path must be a parameter path that 'offramp params --model tiny' lists,"
                + " but was \"coin.tails\"", FILE.replace("path: coin.heads", "path: coin.tails"));
        assertError("coin.yaml:9: unknown key 'design'", FILE.replace("factors:", "design: {}\nfactors:"));
        assertError("coin.yaml:5: seeds must be independent or common, but was \"same\"",
                FILE.replace("seed: 11", "seeds: same\nseed: 11"));
    }

    private static void assertError(String start, String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> spec(yaml));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
