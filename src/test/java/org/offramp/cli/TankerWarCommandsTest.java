package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The Tanker War model through every command, in small runs: models, scenarios, params, run (with
 * identical runs.csv for 1 and 2 threads), its printed replay command, replay with a timeline,
 * rerun, shards and merge, and compare, sweep and sensitivity files of its parameters and measures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TankerWarCommandsTest {
    @TempDir
    static Path tmp;
    private Path experiment;
    private Path results;

    @BeforeAll
    void runASmallForecast() throws IOException {
        experiment = Files.writeString(tmp.resolve("tw.yaml"), String.join("\n",
                "model: tankerwar",
                "experiment: tw",
                "scenario: baseline",
                "runs: 120",
                "seed: 19870722",
                "outputs:",
                "  charts: false",
                "  stories: 1",
                ""));
        results = tmp.resolve("tw-2");
        Cli.Result r = Cli.run("run", experiment.toString(), "--out", results.toString(), "--quiet", "--threads", "2");
        assertEquals(0, r.code(), r::toString);
    }

    @Test
    void runsCsvIsTheSameWhateverTheThreadCount() throws IOException {
        Path one = tmp.resolve("tw-1");
        Cli.Result r = Cli.run("run", experiment.toString(), "--out", one.toString(), "--quiet", "--threads", "1");
        assertEquals(0, r.code(), r::toString);
        assertEquals(Files.readString(results.resolve("runs.csv")), Files.readString(one.resolve("runs.csv")));
        List<String> lines = Files.readAllLines(one.resolve("runs.csv"));
        assertEquals(121, lines.size());
        assertTrue(lines.get(0).startsWith("index,seed,outcome,day,trigger,protected_mine_strikes,"), lines.get(0));
    }

    @Test
    void modelsScenariosAndParamsShowTheModel() {
        Cli.Result m = Cli.run("models");
        assertEquals(0, m.code(), m::toString);
        assertTrue(m.out().contains("endings: WAR, CEASEFIRE, CHAOS, STALEMATE"), m.out());
        Cli.Result s = Cli.run("scenarios", "--model", "tankerwar");
        assertEquals(0, s.code(), s::toString);
        assertTrue(s.out().contains("preperiod"), s.out());
        Cli.Result p = Cli.run("params", "--model", "tankerwar", "preperiod");
        assertEquals(0, p.code(), p::toString);
        assertTrue(p.out().lines().anyMatch(l -> l.startsWith("convoy.enabled") && l.contains("false")), p.out());
        assertTrue(p.out().lines().anyMatch(l -> l.startsWith("run.horizonDays") && l.contains("202")), p.out());
    }

    @Test
    void thePrintedReplayCommandReplaysAStoryAndReplayDatesItFrom1987() throws IOException {
        Path story;
        try (Stream<Path> stories = Files.list(results.resolve("stories"))) {
            story = stories.findFirst().orElseThrow();
        }
        String text = Files.readString(story);
        String command = text.lines().filter(l -> l.startsWith("Replay: ")).findFirst().orElseThrow()
                .substring("Replay: ".length());
        assertTrue(command.contains("replay --model tankerwar"), command);
        Cli.Result r = Cli.run(Cli.printedArgs(command));
        assertEquals(0, r.code(), r::toString);
        assertTrue(text.contains(r.out().substring(r.out().indexOf("outcome  "))), "the same ending as the story's");
        Cli.Result seeded = Cli.run("replay", "--model", "tankerwar", "--scenario", "baseline", "--seed", "5");
        assertEquals(0, seeded.code(), seeded::toString);
        assertTrue(seeded.out().contains("1987-07-22 (day 0)"), seeded.out());
    }

    @Test
    void rerunShardsAndMergeReproduceTheFolder() throws IOException {
        Path again = tmp.resolve("rerun");
        Cli.Result r = Cli.run("rerun", results.toString(), "--out", again.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.code(), r::toString);
        assertEquals(Files.readString(results.resolve("runs.csv")), Files.readString(again.resolve("runs.csv")));
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
    void compareSweepAndSensitivityRunOnItsParametersAndMeasures() throws IOException {
        Path compare = Files.writeString(tmp.resolve("escorts.yaml"), String.join("\n",
                "model: tankerwar",
                "experiment: escorts",
                "kind: compare",
                "scenario: baseline",
                "seed: 3",
                "runs: 60",
                "measures: [CEASEFIRE, PROTECTED_MINES_AT_LEAST_1, DIRECT_FIRE_BY_DAY_90]",
                "variants:",
                "  - name: announced",
                "  - name: few-convoys",
                "    overrides:",
                "      convoy.transitsMax: 2",
                ""));
        Cli.Result c = Cli.run("run", compare.toString(), "--out", tmp.resolve("compare").toString(), "--quiet");
        assertEquals(0, c.code(), c::toString);
        assertTrue(Files.readString(tmp.resolve("compare/comparison.md")).contains("few-convoys"));
        Path sweep = Files.writeString(tmp.resolve("restraint.yaml"), String.join("\n",
                "model: tankerwar",
                "experiment: restraint",
                "kind: sweep",
                "scenario: baseline",
                "seed: 4",
                "runs: 20",
                "measures: [WAR, CEASEFIRE]",
                "design:",
                "  type: grid",
                "factors:",
                "  - path: washington.restraint",
                "    values: [0.5, 0.85]",
                ""));
        Cli.Result w = Cli.run("run", sweep.toString(), "--out", tmp.resolve("sweep").toString(), "--quiet");
        assertEquals(0, w.code(), w::toString);
        assertEquals(1 + 2, Files.readAllLines(tmp.resolve("sweep/sweep.csv")).size());
        Path sensitivity = Files.writeString(tmp.resolve("sens.yaml"), String.join("\n",
                "model: tankerwar",
                "experiment: sens",
                "kind: sensitivity",
                "scenario: baseline",
                "seed: 5",
                "runsPerPoint: 10",
                "samples: 4",
                "measures: [CEASEFIRE]",
                "factors:",
                "  - path: iran.warPosition.drift",
                "    from: -0.001",
                "    to: 0",
                "  - path: tehran.accept.warThreshold",
                "    from: 0.2",
                "    to: 0.4",
                ""));
        Cli.Result s = Cli.run("run", sensitivity.toString(), "--out", tmp.resolve("sens").toString(), "--quiet");
        assertEquals(0, s.code(), s::toString);
        assertTrue(Files.isRegularFile(tmp.resolve("sens/sensitivity.csv")));
    }
}
