package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code offramp run --precision P%} and {@code precision.halfWidth: P%}: a relative target, with
 * its floor from the file or {@code --precision-floor}, recorded in summary.json and printed. On a
 * 60-day horizon the baseline ends in STALEMATE 99.6% of the time and in WAR 0.35%.
 */
class PrecisionCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path file(String precision) throws IOException {
        return Files.writeString(tmp.resolve("short.yaml"), String.join("\n",
                "experiment: short",
                "scenario: baseline",
                "overrides:",
                "  run.horizonDays: 60",
                precision,
                "seed: 20190517",
                "threads: 2",
                "outputs:",
                "  charts: false",
                "  stories: 0",
                ""));
    }

    /**
     * With a floor of 0.2%, WAR (0.35%, upper bound about 0.7%) must be known to ±20% of itself,
     * which takes some 27,000 runs: the cap of 3,000 stops the experiment first, and both the summary
     * and the printed line say the target was not met because of WAR.
     */
    @Test
    void fileTargetWithALowFloorHitsTheCapAndSaysWhichShareFellShort() throws IOException {
        Path f = file("precision:\n  halfWidth: 20%\n  floor: 0.002\n  maxRuns: 3000");
        Path out = tmp.resolve("capped");
        Cli.Result r = Cli.run("run", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        JsonNode p = JSON.readTree(out.resolve("summary.json").toFile()).path("precision");
        assertEquals("relative", p.path("mode").asText());
        assertEquals("20%", p.path("target").asText());
        assertEquals(0.002, p.path("floor").asDouble(), 0.0);
        assertFalse(p.path("targetMet").asBoolean());
        assertEquals(3000, p.path("runsTaken").asLong());
        assertFalse(p.at("/outcomes/WAR/exempt").asBoolean());
        assertFalse(p.at("/outcomes/WAR/met").asBoolean());
        assertTrue(p.at("/outcomes/STALEMATE/met").asBoolean());
        assertTrue(r.out().contains("precision: target NOT met (cap reached; short: WAR) after 3,000 runs: every"
                + " share's half-width within 20% of the share, but for shares whose upper bound is below 0.002"), r.out());
    }

    /** --precision-floor replaces the file's floor: at 1% WAR is exempt and the target is met. */
    @Test
    void floorFlagOverridesTheFileAndExemptsRareShares() throws IOException {
        Path f = file("precision:\n  halfWidth: 20%\n  floor: 0.002\n  maxRuns: 3000");
        Path out = tmp.resolve("met");
        Cli.Result r = Cli.run("run", f.toString(), "--precision-floor", "0.01", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        JsonNode p = JSON.readTree(out.resolve("summary.json").toFile()).path("precision");
        assertTrue(p.path("targetMet").asBoolean());
        assertEquals(0.01, p.path("floor").asDouble(), 0.0);
        assertTrue(p.at("/outcomes/WAR/exempt").asBoolean());
        assertFalse(p.at("/outcomes/STALEMATE/exempt").asBoolean());
        assertTrue(r.out().contains("exempt: WAR, DEAL, CHAOS"), r.out());
        // The same with the flag alone on a file that asks for a fixed number of runs.
        Path g = file("runs: 10");
        Path out2 = tmp.resolve("flag");
        Cli.Result r2 = Cli.run("run", g.toString(), "--precision", "20%", "--out", out2.toString(), "--quiet");
        assertEquals(0, r2.code(), r2::toString);
        JsonNode p2 = JSON.readTree(out2.resolve("summary.json").toFile()).path("precision");
        assertEquals(p.path("runsTaken").asLong(), p2.path("runsTaken").asLong());
        assertEquals(0.01, p2.path("floor").asDouble(), 0.0);
        assertTrue(Files.readString(out.resolve("runs.csv")).equals(Files.readString(out2.resolve("runs.csv"))));
    }

    @Test
    void badTargetsAndMisplacedFloorsExit2AndWriteNothing() throws IOException {
        Path fixed = file("runs: 10");
        Path absolute = Files.writeString(tmp.resolve("absolute.yaml"),
                Files.readString(fixed).replace("runs: 10", "precision:\n  halfWidth: 0.05"));
        List<List<String>> cases = List.of(
                List.of(fixed.toString(), "--precision", "150%"),
                List.of(fixed.toString(), "--precision", "0.7"),
                List.of(fixed.toString(), "--precision", "ten%"),
                List.of(fixed.toString(), "--precision-floor", "0.02"),
                List.of(fixed.toString(), "--precision", "0.01", "--precision-floor", "0.02"),
                List.of(fixed.toString(), "--precision", "10%", "--precision-floor", "1.5"),
                List.of(absolute.toString(), "--precision-floor", "0.02"),
                List.of(fixed.toString(), "--runs", "5", "--precision-floor", "0.02"));
        List<String> says = List.of("150%", "0.7", "ten%", "applies to a relative precision only",
                "has the absolute precision 0.01", "--precision-floor must be in (0, 1), but was 1.5",
                "has the absolute precision 0.05", "makes a fixed number of runs");
        for (int i = 0; i < cases.size(); i++) {
            Path out = tmp.resolve("bad-" + i);
            List<String> args = new java.util.ArrayList<>(List.of("run"));
            args.addAll(cases.get(i));
            args.addAll(List.of("--out", out.toString()));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), cases.get(i) + ": " + r);
            assertTrue(r.err().contains(says.get(i)), cases.get(i) + ": " + r.err());
            assertFalse(Files.exists(out), cases.get(i) + " wrote " + out);
        }
    }
}
