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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command works for a model the command line has never heard of: the test-only tiny model
 * (a coin flipped daily until three heads) is listed, its scenarios and parameters shown, its
 * experiment and policy files run with its endings, metrics and measures, its printed replay
 * command works, and its folders are rerun, sharded and merged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TinyModelCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private Path experiment;
    private Path results;
    private Cli.Result run;

    @BeforeAll
    void runATinyExperiment() throws IOException {
        experiment = Files.writeString(tmp.resolve("coin.yaml"), String.join("\n",
                "model: tiny",
                "experiment: coin",
                "scenario: baseline",
                "overrides:",
                "  coin.heads: 0.11",
                "runs: 1200",
                "seed: 7",
                "outputs:",
                "  stories: 2",
                ""));
        results = tmp.resolve("coin-results");
        run = Cli.run("run", experiment.toString(), "--out", results.toString(), "--quiet", "--threads", "2");
        assertEquals(0, run.code(), run::toString);
    }

    @Test
    void modelsListsTheInstalledModelsWithTheDefaultMarked() {
        Cli.Result r = Cli.run("models");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("standoff *")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("tiny ")), r.out());
        assertTrue(r.out().contains("endings: WIN, TIMEOUT (no ending by the horizon: TIMEOUT)"), r.out());
        assertTrue(r.out().contains("3 parameters, 5 metrics per run, scenarios: baseline, loaded"), r.out());
    }

    @Test
    void scenariosAndParamsTakeAModel() {
        Cli.Result s = Cli.run("scenarios", "--model", "tiny");
        assertEquals(0, s.code(), s::toString);
        assertTrue(s.out().contains("loaded    A loaded coin: heads on every even day."), s.out());
        assertFalse(s.out().contains("war-prone"), s.out());
        Cli.Result p = Cli.run("params", "--model", "tiny", "loaded");
        assertEquals(0, p.code(), p::toString);
        assertTrue(p.out().startsWith("Parameters of scenario loaded of model tiny: 3 parameters, 1 differ"), p.out());
        assertTrue(p.out().lines().anyMatch(l -> l.startsWith("coin.loaded") && l.contains("true")), p.out());
        Cli.Result bad = Cli.run("params", "--model", "nope");
        assertEquals(OfframpCommand.BAD_INPUT, bad.code(), bad::toString);
        assertTrue(bad.err().contains("--model: unknown model \"nope\"; installed: brinkmanship, standoff, tankerwar, tiny"),
                bad.err());
    }

    @Test
    void runPrintsTheModelsEndingsAndWritesItsChartsAndStories() throws IOException {
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("WIN ")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("TIMEOUT ")), run.out());
        assertTrue(run.out().contains("(12 files: outcomes, triggers, cumulative-incidence, share-by-horizon, ending-days,"
                + " heads, as .png and .svg)"), run.out());
        assertTrue(run.out().contains("(4 stories, up to 2 per outcome; each with its timeline as .png and .svg)"),
                run.out());
        for (String chart : List.of("outcomes", "triggers", "cumulative-incidence", "share-by-horizon", "ending-days",
                "heads")) {
            assertTrue(Files.isRegularFile(results.resolve("charts/" + chart + ".png")), chart);
        }
        try (Stream<Path> stories = Files.list(results.resolve("stories"))) {
            List<String> names = stories.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().allMatch(n -> n.matches("(WIN|TIMEOUT)-run\\d+\\.(txt|png|svg)")), names.toString());
            assertEquals(12, names.size(), "each story with its timeline: " + names);
        }
        JsonNode summary = JSON.readTree(results.resolve("summary.json").toFile());
        assertEquals("tiny", summary.path("provenance").path("model").asText());
        assertEquals("index,seed,outcome,day,trigger,coin,heads,lucky,first_head_day,mean_draw",
                Files.readAllLines(results.resolve("runs.csv")).get(0));
    }

    /** A story file ends with its replay command, which names the model and gives the same run. */
    @Test
    void thePrintedReplayCommandReplaysTheRun() throws IOException {
        Path story;
        try (Stream<Path> stories = Files.list(results.resolve("stories"))) {
            story = stories.filter(p -> p.getFileName().toString().startsWith("WIN")).findFirst().orElseThrow();
        }
        String text = Files.readString(story);
        String command = replayLine(text);
        assertTrue(command.contains(" replay --model tiny --scenario"), command);
        Cli.Result r = Cli.run(Cli.printedArgs(command));
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("outcome  WIN\n"), r.out());
        assertTrue(text.contains(r.out().substring(r.out().indexOf("outcome  "))), "the same ending as the story's");
    }

    private static String replayLine(String text) {
        return text.lines().filter(l -> l.startsWith("Replay: ")).findFirst().orElseThrow()
                .substring("Replay: ".length());
    }

    @Test
    void rerunReproducesTheFolderFromItsSummary() throws IOException {
        Path again = tmp.resolve("coin-again");
        Cli.Result r = Cli.run("rerun", results.toString(), "--out", again.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.code(), r::toString);
        assertEquals(Files.readString(results.resolve("runs.csv")), Files.readString(again.resolve("runs.csv")));
    }

    @Test
    void shardsMergeIntoTheSameRunsCsv() throws IOException {
        for (int k = 0; k < 2; k++) {
            Cli.Result s = Cli.run("run", experiment.toString(), "--shard", k + "/2", "--out",
                    tmp.resolve("shard-" + k).toString(), "--quiet");
            assertEquals(0, s.code(), s::toString);
        }
        Path merged = tmp.resolve("merged");
        Cli.Result m = Cli.run("merge", tmp.resolve("shard-0").toString(), tmp.resolve("shard-1").toString(), "--out",
                merged.toString(), "--no-charts");
        assertEquals(0, m.code(), m::toString);
        assertEquals(Files.readString(results.resolve("runs.csv")), Files.readString(merged.resolve("runs.csv")));
    }

    @Test
    void aCompareFileMeasuresTheModelsMetrics() throws IOException {
        Path compare = Files.writeString(tmp.resolve("fair-or-loaded.yaml"), String.join("\n",
                "model: tiny",
                "experiment: fair-or-loaded",
                "kind: compare",
                "scenario: baseline",
                "seed: 3",
                "runs: 300",
                "measures: [WIN, WIN_BY_DAY_10, LUCKY, FIRST_HEAD_BY_DAY_2, HEADS_AT_LEAST_2]",
                "variants:",
                "  - name: fair",
                "  - name: loaded",
                "    overrides:",
                "      coin.loaded: true",
                ""));
        Path out = tmp.resolve("compare");
        Cli.Result r = Cli.run("run", compare.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        String md = Files.readString(out.resolve("comparison.md"));
        assertTrue(md.startsWith("| variant | against | WIN | Δ WIN (pp) | WIN_BY_DAY_10 |"), md);
        assertTrue(Files.isRegularFile(out.resolve("shares.png")));
        Cli.Result bad = Cli.run("run", Files.writeString(tmp.resolve("bad-measure.yaml"),
                Files.readString(compare).replace("LUCKY", "WAR")).toString(), "--out", tmp.resolve("b").toString());
        assertEquals(OfframpCommand.BAD_INPUT, bad.code(), bad::toString);
        assertTrue(bad.err().contains("measures must be one of WIN, TIMEOUT, WIN_BY_DAY_N"), bad.err());
    }

    @Test
    void replayTakesAModelForAnEmbeddedName() {
        Cli.Result r = Cli.run("replay", "--model", "tiny", "--scenario", "loaded", "--seed", "11");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().matches("(?s).*outcome  WIN\nday      [2-4] \\(2020-01-0[3-5]\\)\n"
                + "trigger  the third head \\(THIRD_HEAD\\)\n"),
                "a loaded coin comes up heads on days 0, 2 and 4 at the latest, dated from 2020-01-01: " + r.out());
        Cli.Result standoff = Cli.run("replay", "--scenario", "loaded", "--seed", "11");
        assertEquals(OfframpCommand.BAD_INPUT, standoff.code(), "without --model the name is the default model's");
    }
}
