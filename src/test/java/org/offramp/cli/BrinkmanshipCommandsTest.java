package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.scenario.Scenarios;
import org.offramp.testkit.SummaryJson;

/**
 * The example model through every command, from its shipped files in {@code experiments/brinkmanship/}:
 * listed, its scenarios and parameters shown, run (with charts and stories whose replay commands
 * work), replayed, rerun, sharded and merged, and its bad input refused. Spark in local[2] is checked
 * by {@code BrinkmanshipOnSparkTest}, built with the spark profile.
 * Nothing in the command line names it. Its comparison, sweep and sensitivity files run in
 * {@link TutorialCommandsTest}, as the tutorial shows them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrinkmanshipCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STRAIT = "experiments/brinkmanship/strait.yaml";

    @TempDir
    static Path tmp;
    private Path results;

    /** 2,500 runs: three blocks of 1,000, so shards and Spark tasks have blocks to share. */
    @BeforeAll
    void runTheStrait() {
        results = tmp.resolve("strait");
        Cli.Result r = Cli.run("run", STRAIT, "--runs", "2500", "--out", results.toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("experiment strait · scenario baseline · 2,500 runs · master seed 20240601"),
                r.out());
        for (String ending : List.of("WAR ", "SETTLEMENT ", "STANDOFF ")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(ending)), ending + "in\n" + r.out());
        }
    }

    @Test
    void modelsScenariosAndParamsShowTheModel() {
        Cli.Result m = Cli.run("models");
        assertEquals(0, m.code(), m::toString);
        assertTrue(m.out().lines().anyMatch(l -> l.startsWith("brinkmanship  Brinkmanship at a strait")), m.out());
        assertTrue(m.out().contains("endings: WAR, SETTLEMENT, STANDOFF (no ending by the horizon: STANDOFF)"), m.out());
        assertTrue(m.out().contains("16 parameters, 7 metrics per run, scenarios: baseline, fog"), m.out());
        Cli.Result s = Cli.run("scenarios", "--model", "brinkmanship");
        assertEquals(0, s.code(), s::toString);
        assertTrue(s.out().lines().anyMatch(l -> l.startsWith("fog       The fog of crisis")), s.out());
        Cli.Result p = Cli.run("params", "--model", "brinkmanship", "fog", "--changed");
        assertEquals(0, p.code(), p::toString);
        assertTrue(p.out().startsWith("Parameters of scenario fog of model brinkmanship: 16 parameters, 1 differ"),
                p.out());
        assertTrue(p.out().lines().anyMatch(l -> l.startsWith("perception.noise") && l.contains("1.6")), p.out());
    }

    @Test
    void theRunWritesTheModelsColumnsChartsAndStories() throws IOException {
        assertEquals("index,seed,outcome,day,trigger,first_to_escalate,highest_rung,escalations,misread_escalations,"
                + "talks_opened,top_rung_day,mean_belief_error", Files.readAllLines(results.resolve("runs.csv")).get(0));
        assertEquals(2501, Files.readAllLines(results.resolve("runs.csv")).size());
        assertEquals("brinkmanship", JSON.readTree(results.resolve("summary.json").toFile())
                .at("/provenance/model").asText());
        for (String chart : List.of("outcomes", "cumulative-incidence", "ending-days", "highest-rung")) {
            assertTrue(Files.size(results.resolve("charts/" + chart + ".png")) > 1000, chart);
        }
        try (Stream<Path> stories = Files.list(results.resolve("stories"))) {
            List<String> names = stories.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(6, names.size(), "two per ending: " + names);
        }
    }

    /** Each story file ends with the command that replays it; that command prints the same story. */
    @Test
    void thePrintedReplayCommandsTellTheSameStories() throws IOException {
        try (Stream<Path> stories = Files.list(results.resolve("stories"))) {
            for (Path story : stories.toList()) {
                String text = Files.readString(story);
                String command = text.lines().filter(l -> l.startsWith("Replay: ")).findFirst().orElseThrow()
                        .substring("Replay: ".length());
                assertTrue(command.contains(" replay --model brinkmanship --scenario baseline --seed "), command);
                Cli.Result r = Cli.run(Cli.printedArgs(command));
                assertEquals(0, r.code(), r::toString);
                assertTrue(text.contains(r.out().substring(0, r.out().indexOf("\noutcome  "))), story.toString());
            }
        }
    }

    @Test
    void replayTellsTheModelsRun() {
        Cli.Result r = Cli.run("replay", "--model", "brinkmanship", "--scenario", "fog", "--seed", "42");
        assertEquals(0, r.code(), r::toString);
        Model<?> model = Models.get("brinkmanship");
        String story = model.replay(Scenarios.load(model, "fog"), 42L).storyText();
        assertTrue(r.out().startsWith(story + "\noutcome  "), r.out());
        assertFalse(r.out().contains("(20"), "no calendar, no dates: " + r.out());
        Cli.Result set = Cli.run("replay", "--model", "brinkmanship", "--scenario", "baseline", "--seed", "42",
                "--set", "perception.noise=1.6");
        assertEquals(r.out(), set.out(), "fog is the baseline with perception.noise 1.6");
    }

    @Test
    void rerunReproducesTheFolder() throws IOException {
        Path again = tmp.resolve("strait-again");
        Cli.Result r = Cli.run("rerun", results.toString(), "--out", again.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.code(), r::toString);
        assertArrayEquals(Files.readAllBytes(results.resolve("runs.csv")), Files.readAllBytes(again.resolve("runs.csv")));
    }

    @Test
    void shardsMergeIntoTheSameFolder() throws IOException {
        for (int k = 0; k < 2; k++) {
            Cli.Result s = Cli.run("run", STRAIT, "--runs", "2500", "--shard", k + "/2", "--out",
                    tmp.resolve("shard-" + k).toString(), "--quiet");
            assertEquals(0, s.code(), s::toString);
        }
        Path merged = tmp.resolve("merged");
        Cli.Result m = Cli.run("merge", tmp.resolve("shard-1").toString(), tmp.resolve("shard-0").toString(), "--out",
                merged.toString());
        assertEquals(0, m.code(), m::toString);
        assertArrayEquals(Files.readAllBytes(results.resolve("runs.csv")), Files.readAllBytes(merged.resolve("runs.csv")),
                "runs.csv byte for byte");
        assertEquals(SummaryJson.withoutMachineFields(results.resolve("summary.json")),
                SummaryJson.withoutMachineFields(merged.resolve("summary.json")));
        assertEquals(Folders.list(results.resolve("charts")), Folders.list(merged.resolve("charts")));
    }

    @Test
    void badInputNamesTheModelsParameters() throws IOException {
        Cli.Result range = Cli.run("run", STRAIT, "--set", "perception.noise=7", "--out", tmp.resolve("x").toString());
        assertEquals(OfframpCommand.BAD_INPUT, range.code(), range::toString);
        assertTrue(range.err().contains("perception.noise must be a number in [0, 5], but was 7"), range.err());
        Path foreign = Files.writeString(tmp.resolve("foreign.yaml"), String.join("\n",
                "model: brinkmanship", "experiment: foreign", "scenario: baseline", "overrides:",
                "  washington.restraint: 0.5", "runs: 10", "seed: 1", ""));
        Cli.Result f = Cli.run("run", foreign.toString(), "--out", tmp.resolve("y").toString());
        assertEquals(OfframpCommand.BAD_INPUT, f.code(), f::toString);
        assertTrue(f.err().contains("foreign.yaml:5:"), f.err());
        assertTrue(f.err().contains("washington.restraint"), f.err());
        assertFalse(Files.exists(tmp.resolve("x")) || Files.exists(tmp.resolve("y")), "nothing written");
    }
}
