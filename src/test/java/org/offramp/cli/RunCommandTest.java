package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.ResultsLayout;
import org.offramp.model.Replay;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.sim.Simulation;
import org.offramp.standoff.sim.StandoffModel;
import org.offramp.testkit.SummaryJson;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * {@code offramp run} end to end, in-process, on a small number of runs: the files it writes, their
 * reproducibility across invocations and thread counts, and resume.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunCommandTest {
    static final Path BASELINE = Path.of("experiments/baseline.yaml");
    static final int RUNS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private Path first;
    private Cli.Result firstResult;

    @BeforeAll
    void runOnce() {
        first = tmp.resolve("first");
        firstResult = Cli.run("run", BASELINE.toString(), "--runs", Integer.toString(RUNS), "--threads", "2",
                "--out", first.toString(), "--quiet");
        assertEquals(0, firstResult.code(), firstResult::toString);
    }

    @Test
    void writesRunsCsvWithOneRowPerRun() throws IOException {
        List<String> lines = Files.readAllLines(first.resolve("runs.csv"));
        assertEquals(RUNS + 1, lines.size());
        assertTrue(lines.get(0).startsWith("index,"), lines.get(0));
        assertEquals(String.join(",", StandoffRecord.csvHeader()), lines.get(0).substring("index,".length()));
        // Row i holds run i with its derived seed, as a user replaying it by hand would compute it.
        String[] row17 = lines.get(18).split(",");
        assertEquals("17", row17[0]);
        assertEquals(Long.toString(Seeds.runSeed(20190517L, 17)), row17[1]);
        assertFalse(Files.exists(first.resolve("runs.csv.partial")));
    }

    @Test
    void writesSummaryOfAllRuns() throws IOException {
        JsonNode s = JSON.readTree(first.resolve("summary.json").toFile());
        assertEquals("COMPLETE", s.path("status").asText());
        assertEquals(RUNS, s.path("runs").path("completed").asLong());
        assertEquals(20190517L, s.path("provenance").path("masterSeed").asLong());
        long total = 0;
        for (String o : List.of("WAR", "DEAL", "CHAOS", "STALEMATE")) {
            total += s.path("outcomes").path(o).path("count").asLong();
            // The printed table shows the same count on the outcome's line.
            long count = s.path("outcomes").path(o).path("count").asLong();
            assertTrue(firstResult.out().lines().anyMatch(l -> l.startsWith(o + " ") && l.contains(" " + count + " ")),
                    () -> o + " " + count + " not in\n" + firstResult.out());
        }
        assertEquals(RUNS, total);
        assertTrue(firstResult.out().contains("95% Wilson"), firstResult.out());
        assertTrue(firstResult.out().contains("Clopper-Pearson"), firstResult.out());
        assertTrue(firstResult.out().contains(first.resolve("charts").toString()), firstResult.out());
    }

    @Test
    void writesReadableChartsAsPngAndSvg() throws Exception {
        Path charts = first.resolve("charts");
        for (String name : ResultsLayout.chartNames(StandoffModel.builtIn())) {
            BufferedImage png = ImageIO.read(charts.resolve(name + ".png").toFile());
            assertNotNull(png, name + ".png is not a readable image");
            assertTrue(png.getWidth() >= 800 && png.getHeight() >= 400, name + ": " + png.getWidth() + "x" + png.getHeight());
            DocumentBuilder db = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            // Well-formedness only: the DOCTYPE's external DTD is not fetched.
            db.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            Document svg = db.parse(charts.resolve(name + ".svg").toFile());
            assertEquals("svg", svg.getDocumentElement().getNodeName(), name);
        }
        try (Stream<Path> files = Files.list(charts)) {
            assertEquals(2 * ResultsLayout.chartNames(StandoffModel.builtIn()).size(), files.count());
        }
    }

    /**
     * summary.json lists exactly the samples whose stories are written: {@code outputs.stories} (3 in
     * baseline.yaml) per outcome, or all the outcome's runs if fewer, one file each.
     */
    @Test
    void summaryListsExactlyTheSamplesWhoseStoriesAreWritten() throws IOException {
        JsonNode samples = JSON.readTree(first.resolve("summary.json").toFile()).path("storySamples");
        JsonNode outcomes = JSON.readTree(first.resolve("summary.json").toFile()).path("outcomes");
        Path stories = first.resolve("stories");
        int files = 0;
        for (String o : List.of("WAR", "DEAL", "CHAOS", "STALEMATE")) {
            JsonNode list = samples.path(o);
            assertEquals(Math.min(3, outcomes.path(o).path("count").asLong()), list.size(), o + " samples: " + list);
            for (int i = 0; i < list.size(); i++) {
                long index = list.get(i).path("index").asLong();
                long seed = list.get(i).path("seed").asLong();
                Path f = stories.resolve(o + "-run" + index + ".txt");
                assertTrue(Files.isRegularFile(f), f.toString());
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Replay<StandoffRecord> replay = Simulation.replay(Scenarios.load("baseline"), seed);
                assertTrue(text.contains(replay.storyText().strip()), f + " does not hold the replayed story");
                assertTrue(text.contains("offramp replay --scenario baseline --seed " + seed), text);
                assertTrue(text.contains("outcome  " + o), text);
                files++;
            }
        }
        assertTrue(files >= 3, "expected story files of at least one outcome, found " + files);
        try (Stream<Path> all = Files.list(stories)) {
            // Each listed story's text, and with charts on its timeline as PNG and SVG: nothing else.
            assertEquals(3 * files, all.count(), "story files that summary.json does not list");
        }
    }

    @Test
    void sameCommandTwiceAndOtherThreadCountsGiveIdenticalFiles() throws IOException {
        Path again = tmp.resolve("again");
        Path oneThread = tmp.resolve("one-thread");
        Cli.Result a = Cli.run("run", BASELINE.toString(), "--runs", Integer.toString(RUNS), "--threads", "2",
                "--out", again.toString(), "--quiet");
        Cli.Result b = Cli.run("run", BASELINE.toString(), "--runs", Integer.toString(RUNS), "--threads", "1",
                "--out", oneThread.toString(), "--quiet", "--no-charts");
        assertEquals(0, a.code(), a::toString);
        assertEquals(0, b.code(), b::toString);
        byte[] csv = Files.readAllBytes(first.resolve("runs.csv"));
        assertArrayEquals(csv, Files.readAllBytes(again.resolve("runs.csv")));
        assertArrayEquals(csv, Files.readAllBytes(oneThread.resolve("runs.csv")));
        assertEquals(summaryWithoutMachine(first), summaryWithoutMachine(again));
        assertEquals(summaryWithoutMachine(first), summaryWithoutMachine(oneThread));
        assertFalse(Files.exists(oneThread.resolve("charts")), "--no-charts drew charts");
        List<Path> stories;
        try (var files = Files.list(first.resolve("stories"))) {
            stories = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(stories.isEmpty(), "no story files");
        try (var files = Files.list(oneThread.resolve("stories"))) {
            assertEquals(stories.size(), files.count(), "--no-charts drew story timelines");
        }
        for (Path story : stories) {
            assertEquals(Files.readString(story),
                    Files.readString(oneThread.resolve("stories").resolve(story.getFileName())));
        }
    }

    @Test
    void resumingACompleteExperimentChangesNoResult() throws IOException {
        Path dir = tmp.resolve("resumed");
        assertEquals(0, Cli.run("run", BASELINE.toString(), "--runs", "50", "--out", dir.toString(), "--quiet").code());
        byte[] csv = Files.readAllBytes(dir.resolve("runs.csv"));
        String summary = summaryWithoutMachine(dir);
        Cli.Result r = Cli.run("run", BASELINE.toString(), "--runs", "50", "--out", dir.toString(), "--quiet",
                "--resume");
        assertEquals(0, r.code(), r::toString);
        assertArrayEquals(csv, Files.readAllBytes(dir.resolve("runs.csv")));
        assertEquals(summary, summaryWithoutMachine(dir));
        Cli.Result o = Cli.run("run", BASELINE.toString(), "--runs", "60", "--out", dir.toString(), "--quiet",
                "--overwrite");
        assertEquals(0, o.code(), o::toString);
        assertEquals(61, Files.readAllLines(dir.resolve("runs.csv")).size());
    }

    @Test
    void setOverridesTheScenarioAndReachesTheReplayCommand() throws IOException {
        Path dir = tmp.resolve("restrained");
        Cli.Result r = Cli.run("run", BASELINE.toString(), "--runs", "50", "--out", dir.toString(), "--quiet",
                "--set", "washington.restraint=0.95", "--seed", "7");
        assertEquals(0, r.code(), r::toString);
        JsonNode s = JSON.readTree(dir.resolve("summary.json").toFile());
        assertEquals(7, s.path("provenance").path("masterSeed").asLong());
        assertTrue(s.path("provenance").path("scenario").path("contentHash").asText()
                .equals(Scenarios.load("baseline").with("washington.restraint", 0.95).contentHash()));
        try (Stream<Path> stories = Files.list(dir.resolve("stories"))) {
            Path any = stories.findFirst().orElseThrow();
            assertTrue(Files.readString(any).contains("--set washington.restraint=0.95"), any.toString());
        }
    }

    /** The summary without the fields that describe the machine rather than the results. */
    static String summaryWithoutMachine(Path dir) {
        return SummaryJson.withoutMachineFields(dir.resolve("summary.json"));
    }
}
