package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.Provenance;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;

/**
 * {@code offramp rerun DIR}: a results folder is enough to reproduce itself. The original here uses a
 * scenario file outside the project, an experiment-file override, {@code --set} and {@code --runs};
 * both files are deleted before the rerun, which must still give a byte-identical runs.csv. The
 * provenance recorded in summary.json and printed in the header is checked field by field, and
 * summaries that cannot be trusted are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RerunCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private Path original;
    private Cli.Result originalRun;
    private String experimentText;
    private String scenarioText;

    @BeforeAll
    void runWithFilesThatAreThenDeleted() throws IOException {
        Path files = tmp.resolve("outside");
        Files.createDirectories(files);
        scenarioText = String.join("\n",
                "scenario: outside",
                "description: A scenario file outside the project, deleted after the run.",
                "extends: baseline",
                "parameters:",
                "  run.horizonDays: 60",
                "  washington.restraint: 0.6",
                "");
        Files.writeString(files.resolve("scenario.yaml"), scenarioText);
        experimentText = String.join("\n",
                "experiment: outside",
                "scenario: scenario.yaml",
                "overrides:",
                "  perception.noiseScale: 1.5",
                "runs: 1500",
                "seed: 42",
                "outputs:",
                "  charts: false",
                "  stories: 1",
                "");
        Path experiment = Files.writeString(files.resolve("experiment.yaml"), experimentText);
        original = tmp.resolve("original");
        originalRun = Cli.run("run", experiment.toString(), "--set", "tehran.leaderRefusesTalks=false", "--runs",
                "1200", "--out", original.toString(), "--quiet", "--threads", "2");
        assertEquals(0, originalRun.code(), originalRun::toString);
        Files.delete(files.resolve("scenario.yaml"));
        Files.delete(experiment);
        Files.delete(files);
    }

    private JsonNode invocation(Path dir) throws IOException {
        return JSON.readTree(dir.resolve("summary.json").toFile()).path("provenance").path("invocation");
    }

    @Test
    void theHeaderListsWhatTheFileOverridesAndTheCommandLineChanged() {
        List<String> lines = originalRun.out().lines().toList();
        assertTrue(lines.get(0).startsWith("experiment outside · scenario outside · 1,200 runs · master seed 42 · "),
                lines.get(0));
        assertEquals("changes  perception.noiseScale 1 → 1.5 (experiment file) · tehran.leaderRefusesTalks true →"
                + " false (--set) · runs 1,500 → 1,200 (--runs)", lines.get(1));
    }

    @Test
    void summaryRecordsTheFilesEveryChangeAndEverySetting() throws IOException {
        JsonNode inv = invocation(original);
        assertEquals("run", inv.path("command").asText());
        assertEquals("--set", inv.path("arguments").get(2).asText());
        assertEquals(experimentText, inv.path("experimentFile").path("text").asText());
        assertEquals(Invocation.sha256(experimentText.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                inv.path("experimentFile").path("sha256").asText());
        assertEquals("scenario.yaml", inv.path("scenario").path("ref").asText());
        assertEquals(scenarioText, inv.path("scenario").path("file").path("text").asText());

        List<String> changes = new ArrayList<>();
        for (JsonNode c : inv.path("changes")) {
            changes.add(c.path("parameter").asText() + " " + c.path("from") + " " + c.path("to") + " "
                    + c.path("source").asText());
        }
        String file = tmp.resolve("outside").resolve("scenario.yaml").toString();
        assertEquals(List.of("run.horizonDays 540 60 scenario file scenario.yaml",
                "washington.restraint 0.8 0.6 scenario file scenario.yaml",
                "perception.noiseScale 1.0 1.5 experiment file",
                "tehran.leaderRefusesTalks true false --set"), changes, file);
        // The changes, applied to the built-in defaults in order, give the scenario that ran.
        Scenario s = Scenarios.load("baseline");
        for (JsonNode c : inv.path("changes")) {
            JsonNode to = c.path("to");
            s = s.with(c.path("parameter").asText(), to.isBoolean() ? (to.booleanValue() ? 1 : 0) : to.doubleValue());
        }
        JsonNode summary = JSON.readTree(original.resolve("summary.json").toFile());
        assertEquals(summary.path("provenance").path("scenario").path("contentHash").asText(), s.contentHash());

        JsonNode settings = inv.path("settings");
        assertEquals(1200, settings.path("runs").path("value").asLong());
        assertEquals("--runs", settings.path("runs").path("source").asText());
        assertEquals(1500, settings.path("runs").path("file").asLong());
        assertEquals(42, settings.path("seed").path("value").asLong());
        assertEquals("experiment file", settings.path("seed").path("source").asText());
        assertEquals("local", settings.path("engine").path("value").asText());
        assertFalse(settings.path("keepGoing").path("value").asBoolean());
        assertEquals(2, settings.path("threads").path("value").asInt());
        assertFalse(inv.path("outputs").path("charts").asBoolean(true));
        assertEquals(1, inv.path("outputs").path("stories").asInt());
    }

    @Test
    void rerunWithoutAnyOfTheFilesGivesAByteIdenticalRunsCsv() throws IOException {
        Path again = tmp.resolve("again");
        Cli.Result r = Cli.run("rerun", original.toString(), "--out", again.toString(), "--quiet", "--threads", "1");
        assertEquals(0, r.code(), r::toString);
        assertArrayEquals(Files.readAllBytes(original.resolve("runs.csv")), Files.readAllBytes(again.resolve("runs.csv")));
        assertTrue(r.out().contains("compare  runs.csv is byte-identical to " + original.resolve("runs.csv")), r.out());
        assertEquals(originalRun.out().lines().skip(1).findFirst(), r.out().lines().skip(1).findFirst(),
                "the same changes line");
        assertEquals(RunCommandTest.summaryWithoutMachine(original), RunCommandTest.summaryWithoutMachine(again));

        JsonNode inv = invocation(again);
        assertEquals("rerun", inv.path("command").asText());
        assertEquals(original.toString(), inv.path("rerunOf").path("folder").asText());
        assertEquals("run", inv.path("rerunOf").path("command").asText());
        assertEquals(invocation(original).path("changes"), inv.path("changes"));
        assertEquals(experimentText, inv.path("experimentFile").path("text").asText());
        assertEquals("--threads", inv.path("settings").path("threads").path("source").asText());
        // As the original asked: no charts, one story per outcome, replayable without the deleted files.
        assertFalse(Files.exists(again.resolve("charts")));
        try (Stream<Path> stories = Files.list(again.resolve("stories"))) {
            Path any = stories.findFirst().orElseThrow();
            String text = Files.readString(any);
            String replay = text.lines().filter(l -> l.startsWith("Replay: ")).findFirst().orElseThrow()
                    .substring("Replay: ".length());
            Cli.Result replayed = Cli.run(Cli.printedArgs(replay));
            assertEquals(0, replayed.code(), replayed::toString);
            assertTrue(text.contains(replayed.out().strip().lines().filter(l -> l.startsWith("outcome"))
                    .findFirst().orElseThrow()), text);
        }

        // A rerun of the rerun: the record is enough again.
        Path third = tmp.resolve("third");
        Cli.Result t = Cli.run("rerun", again.toString(), "--out", third.toString(), "--quiet");
        assertEquals(0, t.code(), t::toString);
        assertArrayEquals(Files.readAllBytes(original.resolve("runs.csv")), Files.readAllBytes(third.resolve("runs.csv")));
    }

    @Test
    void rerunOfTheShippedBaselineWithSetGoesToDirRerunByDefault() throws IOException {
        Path dir = tmp.resolve("baseline-set");
        Cli.Result r = Cli.run("run", "experiments/baseline.yaml", "--runs", "120", "--seed", "7", "--set",
                "washington.restraint=0.5", "--out", dir.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("changes  washington.restraint 0.8 → 0.5 (--set) · runs 10,000 → 120 (--runs)"
                + " · master seed 20190517 → 7 (--seed)"), r.out());
        Cli.Result again = Cli.run("rerun", dir.toString(), "--quiet");
        assertEquals(0, again.code(), again::toString);
        Path target = Path.of(dir + "-rerun");
        assertArrayEquals(Files.readAllBytes(dir.resolve("runs.csv")), Files.readAllBytes(target.resolve("runs.csv")));
        // --no-charts was recorded, so the rerun draws none either.
        assertFalse(Files.exists(target.resolve("charts")));
        Cli.Result refused = Cli.run("rerun", dir.toString(), "--quiet");
        assertEquals(OfframpCommand.BAD_INPUT, refused.code(), refused::toString);
        assertTrue(refused.err().contains("already holds results"), refused.err());
    }

    @Test
    void aPrecisionModeFolderRerunsToTheSameStoppingPoint() throws IOException {
        Path dir = tmp.resolve("precise");
        Path exp = Folders.shortExperiment(tmp, "precise", 100);
        Cli.Result r = Cli.run("run", exp.toString(), "--precision", "0.05", "--out", dir.toString(), "--quiet",
                "--no-charts");
        assertEquals(0, r.code(), r::toString);
        Cli.Result again = Cli.run("rerun", dir.toString(), "--out", tmp.resolve("precise-again").toString(), "--quiet");
        assertEquals(0, again.code(), again::toString);
        assertArrayEquals(Files.readAllBytes(dir.resolve("runs.csv")),
                Files.readAllBytes(tmp.resolve("precise-again").resolve("runs.csv")));
    }

    @Test
    void aRunsCsvThatNoLongerMatchesIsAFailure() throws IOException {
        Path edited = tmp.resolve("edited");
        Files.createDirectories(edited);
        Files.copy(original.resolve("summary.json"), edited.resolve("summary.json"));
        String csv = Files.readString(original.resolve("runs.csv"));
        Files.writeString(edited.resolve("runs.csv"), csv.replaceFirst("STALEMATE", "WAR"));
        Cli.Result r = Cli.run("rerun", edited.toString(), "--out", tmp.resolve("edited-again").toString(), "--quiet");
        assertEquals(OfframpCommand.FAILURE, r.code(), r::toString);
        assertTrue(r.err().contains("the new runs.csv differs from " + edited.resolve("runs.csv")), r.err());
        // The summary records the original's SHA-256: the rerun matches it, so the file is what changed.
        assertTrue(r.err().contains("the new one is the file " + edited + "/summary.json records, so "
                + edited.resolve("runs.csv") + " was changed after it was written"), r.err());
    }

    @Test
    void aRerunOfAFolderWhoseRunsCsvIsGoneIsComparedWithTheRecordedSha256() throws IOException {
        Path bare = tmp.resolve("bare");
        Files.createDirectories(bare);
        Files.copy(original.resolve("summary.json"), bare.resolve("summary.json"));
        Cli.Result r = Cli.run("rerun", bare.toString(), "--out", tmp.resolve("bare-again").toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        String recorded = JSON.readTree(original.resolve("summary.json").toFile()).path("files")
                .path("runs.csv").path("sha256").asText();
        assertEquals(64, recorded.length(), recorded);
        assertTrue(r.out().contains("compare  " + bare + " holds no runs.csv, but the new one has the SHA-256 its"
                + " summary.json records for it (" + recorded + ")"), r.out());

        // A summary whose record the rerun does not reproduce is a failure that says so.
        Path other = tmp.resolve("bare-other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("summary.json"), Files.readString(original.resolve("summary.json"))
                .replace(recorded, "0".repeat(64)));
        Cli.Result f = Cli.run("rerun", other.toString(), "--out", tmp.resolve("bare-other-again").toString(),
                "--quiet");
        assertEquals(OfframpCommand.FAILURE, f.code(), f::toString);
        assertTrue(f.err().contains("differs from the one " + other + "/summary.json records (SHA-256 "
                + "0".repeat(64) + "; the file itself is gone)"), f.err());
    }

    private Path copyWithSummary(String name, String summary) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.json"), summary);
        return dir;
    }

    @Test
    void summariesThatCannotBeTrustedAreRefusedWithoutWritingAnything() throws IOException {
        ObjectNode s = (ObjectNode) JSON.readTree(original.resolve("summary.json").toFile());

        Path damaged = copyWithSummary("damaged", s.toPrettyString().substring(0, 300));
        expectRefusal(damaged, "summary.json is damaged: not valid JSON at line");

        ObjectNode other = s.deepCopy();
        ((ObjectNode) other.get("provenance")).put("version", "0.0.9");
        expectRefusal(copyWithSummary("other-version", other.toString()), "was written by offramp 0.0.9");

        ObjectNode tampered = s.deepCopy();
        ((ObjectNode) tampered.path("provenance").path("scenario").path("parameters")).put("washington.restraint", 0.9);
        expectRefusal(copyWithSummary("tampered", tampered.toString()), "content hash");

        Path shard = tmp.resolve("a-shard");
        Files.createDirectories(shard);
        Files.writeString(shard.resolve("partial.json"), "{}");
        expectRefusal(shard, "is the folder of one shard");

        expectRefusal(tmp.resolve("no-such-folder"), "does not exist");
        expectRefusal(copyWithSummary("empty-object", "{}"), "format must be offramp-summary/2, but was missing");
    }

    private void expectRefusal(Path dir, String message) {
        Path out = tmp.resolve(dir.getFileName() + "-out");
        Cli.Result r = Cli.run("rerun", dir.toString(), "--out", out.toString(), "--quiet");
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Source"), r.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void theLibraryRebuildsTheSameExperimentFromTheSummary() throws IOException {
        JsonNode summary = Provenance.readSummary(original.resolve("summary.json"));
        var e = Provenance.experimentOf(summary, "s").build();
        assertEquals(1200, e.runs());
        assertEquals(42, e.masterSeed());
        assertEquals(0.6, e.scenario().get("washington.restraint"));
        assertEquals(1.5, e.scenario().get("perception.noiseScale"));
        assertEquals(0.0, e.scenario().get("tehran.leaderRefusesTalks"));
    }
}
