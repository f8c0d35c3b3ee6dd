package org.offramp.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.StandoffRecord;

/**
 * A results folder agrees with itself, and a resume trusts only what it has checked: the lock; the
 * checkpoint written before the first run; a missing, short or altered partial file; leftovers
 * without a checkpoint; a damaged or wrong-format checkpoint; a complete checkpoint with a leftover
 * partial; a finished folder whose runs.csv was deleted, truncated, altered or extended; temporary
 * files of a killed process; what overwrite deletes and what it refuses.
 */
class ResultsFolderTest {
    private static final long SEED = 20190517L;
    private static final byte[] HEADER = ("index," + String.join(",", StandoffRecord.csvHeader()) + "\n")
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;
    /** The uninterrupted experiment of 750 runs in blocks of 100: its runs.csv and summary.json. */
    private Path whole;

    private static Experiment.Builder fixed(long runs) {
        return Experiment.builder(Scenarios.load("baseline")).runs(runs).masterSeed(SEED).blockSize(100).threads(2);
    }

    private Experiment experiment(Path dir) {
        return fixed(750).outputDirectory(dir).build();
    }

    private Experiment resume(Path dir) {
        return fixed(750).outputDirectory(dir).resume(true).build();
    }

    @BeforeEach
    void runWhole() {
        whole = tmp.resolve("whole");
        experiment(whole).run(FakeModels.GOOD);
    }

    /** Runs until {@code blocks} blocks are committed, then cancels (a listener that throws cancels). */
    static void cancelAfter(Experiment e, long blocks) {
        long runs = Math.min(blocks * e.blockSize(), e.runLimit());
        ExperimentRun run = ExperimentRunner.start(e, FakeModels.GOOD, ProgressListener.committed((committed, total) -> {
            if (committed >= runs) {
                throw new IllegalStateException("stop here");
            }
        }));
        ExperimentCancelledException c = assertThrows(ExperimentCancelledException.class, run::await);
        assertEquals(runs, c.runsCommitted());
    }

    /** The summary without the fields that differ between equal experiments. */
    static String comparable(Path summary) throws IOException {
        ObjectNode n = (ObjectNode) Summaries.MAPPER.readTree(summary.toFile());
        ObjectNode prov = (ObjectNode) n.get("provenance");
        prov.remove("threads");
        prov.remove("wallTimeSeconds");
        return n.toString();
    }

    private void assertEqualsWhole(Path dir) throws IOException {
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(dir.resolve("runs.csv")));
        assertEquals(comparable(whole.resolve("summary.json")), comparable(dir.resolve("summary.json")));
    }

    private static TreeMap<String, String> snapshot(Path dir) throws IOException {
        TreeMap<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return all;
    }

    /** A resume that must be refused with a message containing {@code words}, changing nothing. */
    private ResultsFolderException refusedResume(Path dir, String... words) throws IOException {
        TreeMap<String, String> before = snapshot(dir);
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> resume(dir).run(FakeModels.GOOD));
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), e.getMessage());
        }
        assertEquals(before, snapshot(dir), "a refused resume changes nothing");
        return e;
    }

    // ---- checksums -----------------------------------------------------------------------------

    @Test
    void summaryRecordsTheSha256RowsAndBytesOfRunsCsv() throws Exception {
        byte[] csv = Files.readAllBytes(whole.resolve("runs.csv"));
        ObjectNode s = (ObjectNode) Summaries.MAPPER.readTree(whole.resolve("summary.json").toFile());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)),
                s.at("/files/runs.csv/sha256").asText());
        assertEquals(750, s.at("/files/runs.csv/rows").asLong());
        assertEquals(csv.length, s.at("/files/runs.csv/bytes").asLong());
        assertEquals(FileDigest.of(whole.resolve("runs.csv")), FileDigest.fromJson(s.at("/files/runs.csv"), "files"));
    }

    @Test
    void theCheckpointTracksTheCommittedRowsAndTheirSha256() throws Exception {
        Path dir = tmp.resolve("c");
        cancelAfter(experiment(dir), 3);
        ObjectNode cp = (ObjectNode) Summaries.MAPPER.readTree(dir.resolve("checkpoint.json").toFile());
        assertEquals(ResultsFolder.CHECKPOINT_FORMAT, cp.get("format").asText());
        assertEquals(3, cp.get("nextBlock").asLong());
        FileDigest recorded = FileDigest.fromJson(cp.get("csv"), "csv");
        assertEquals(300, recorded.rows());
        assertEquals(FileDigest.ofPrefix(dir.resolve("runs.csv.partial"), recorded.bytes()), recorded);
        // The committed prefix is exactly the first 300 rows of the uninterrupted file.
        assertEquals(FileDigest.ofPrefix(whole.resolve("runs.csv"), recorded.bytes()), recorded);
    }

    // ---- a finished folder ---------------------------------------------------------------------

    @Test
    void resumingAFinishedFolderWhoseRunsCsvIsMissingIsRefused() throws IOException {
        Files.delete(whole.resolve("runs.csv"));
        refusedResume(whole, "runs.csv is missing", "750 rows", "overwrite");
    }

    @Test
    void resumingAFinishedFolderWhoseRunsCsvIsTruncatedIsRefused() throws IOException {
        byte[] csv = Files.readAllBytes(whole.resolve("runs.csv"));
        int cut = csv.length / 2;
        while (csv[cut - 1] != '\n') {
            cut--; // a clean cut at a row boundary, as a copy that stopped between rows would leave
        }
        Files.write(whole.resolve("runs.csv"), java.util.Arrays.copyOf(csv, cut));
        refusedResume(whole, "runs.csv is not the file the experiment wrote",
                String.format(java.util.Locale.ROOT, "but %,d bytes and 750 rows were recorded", csv.length));
    }

    @Test
    void resumingAFinishedFolderWhoseRunsCsvHasExtraRowsIsRefused() throws IOException {
        // As after a merge of 1,500 runs into this folder with a stale checkpoint left behind.
        List<String> lines = Files.readAllLines(whole.resolve("runs.csv"));
        Files.writeString(whole.resolve("runs.csv"), String.join("\n", lines.subList(1, lines.size())) + "\n",
                StandardOpenOption.APPEND);
        refusedResume(whole, "runs.csv is not the file", "1,500 rows");
    }

    @Test
    void resumingAFinishedFolderWhoseRunsCsvWasAlteredIsRefused() throws IOException {
        byte[] csv = Files.readAllBytes(whole.resolve("runs.csv"));
        csv[csv.length / 3] ^= 1; // one flipped bit: same length, same rows
        Files.write(whole.resolve("runs.csv"), csv);
        refusedResume(whole, "its SHA-256 is", "altered");
    }

    @Test
    void resumingAnIntactFinishedFolderRunsNothingAndRewritesTheSameSummary() throws IOException {
        byte[] csv = Files.readAllBytes(whole.resolve("runs.csv"));
        String summary = comparable(whole.resolve("summary.json"));
        ExperimentResult again = resume(whole).run((sc, seed) -> {
            throw new AssertionError("no run expected");
        });
        assertEquals(750, again.runs());
        assertArrayEquals(csv, Files.readAllBytes(whole.resolve("runs.csv")));
        assertEquals(summary, comparable(whole.resolve("summary.json")));
    }

    @Test
    void aCompleteCheckpointWithItsPartialNotYetRenamedFinishesTheRename() throws IOException {
        // Stopped between the final checkpoint and the rename.
        Files.move(whole.resolve("runs.csv"), whole.resolve("runs.csv.partial"));
        ExperimentResult r = resume(whole).run((sc, seed) -> {
            throw new AssertionError("no run expected");
        });
        assertEquals(750, r.runs());
        assertFalse(Files.exists(whole.resolve("runs.csv.partial")));
        Path fresh = tmp.resolve("fresh");
        experiment(fresh).run(FakeModels.GOOD);
        assertArrayEquals(Files.readAllBytes(fresh.resolve("runs.csv")), Files.readAllBytes(whole.resolve("runs.csv")));
    }

    @Test
    void aCompleteCheckpointWithALeftoverPartialThatDiffersIsRefused() throws IOException {
        Files.writeString(whole.resolve("runs.csv.partial"), new String(HEADER, StandardCharsets.UTF_8) + "0,1,WAR\n");
        refusedResume(whole, "runs.csv.partial does not hold the runs its complete checkpoint committed");
    }

    // ---- an interrupted folder -----------------------------------------------------------------

    @Test
    void aMissingPartialAfterCommittedBlocksIsRefused() throws IOException {
        Path dir = tmp.resolve("m");
        cancelAfter(experiment(dir), 2);
        Files.delete(dir.resolve("runs.csv.partial"));
        refusedResume(dir, "runs.csv.partial is missing");
    }

    @Test
    void aShortPartialIsRefused() throws IOException {
        Path dir = tmp.resolve("s");
        cancelAfter(experiment(dir), 2);
        byte[] b = Files.readAllBytes(dir.resolve("runs.csv.partial"));
        Files.write(dir.resolve("runs.csv.partial"), java.util.Arrays.copyOf(b, b.length - 5));
        refusedResume(dir, "runs.csv.partial has " + (b.length - 5) + " bytes, but the checkpoint committed " + b.length);
    }

    @Test
    void aPartialWhoseCommittedRowsWereAlteredIsRefused() throws IOException {
        Path dir = tmp.resolve("a");
        cancelAfter(experiment(dir), 2);
        byte[] b = Files.readAllBytes(dir.resolve("runs.csv.partial"));
        b[HEADER.length + 10] ^= 4;
        Files.write(dir.resolve("runs.csv.partial"), b);
        refusedResume(dir, "the committed part of runs.csv.partial is not what the checkpoint recorded", "SHA-256");
    }

    @Test
    void bytesPastTheCommittedPartAreDroppedAndTheResumeEqualsTheWholeRun() throws IOException {
        Path dir = tmp.resolve("k");
        cancelAfter(experiment(dir), 4);
        // A kill -9 while appending a block leaves bytes past the checkpoint.
        Files.writeString(dir.resolve("runs.csv.partial"), "401,17,WAR,3\n402,", StandardOpenOption.APPEND);
        resume(dir).run(FakeModels.GOOD);
        assertEqualsWhole(dir);
    }

    @Test
    void anUnfinishedCheckpointNextToARunsCsvIsRefused() throws IOException {
        Path dir = tmp.resolve("u");
        cancelAfter(experiment(dir), 2);
        Files.copy(whole.resolve("runs.csv"), dir.resolve("runs.csv"));
        refusedResume(dir, "it holds runs.csv, but its checkpoint is of an unfinished experiment");
    }

    @Test
    void leftoversWithoutACheckpointAreRefused() throws IOException {
        Path dir = tmp.resolve("l");
        cancelAfter(experiment(dir), 2);
        Files.delete(dir.resolve("checkpoint.json"));
        ResultsFolderException e = refusedResume(dir, "but no checkpoint.json", "start again with overwrite (--overwrite)");
        assertTrue(e.isBadInput());
    }

    @Test
    void aDamagedCheckpointIsRefused() throws IOException {
        Path dir = tmp.resolve("d");
        cancelAfter(experiment(dir), 2);
        String text = Files.readString(dir.resolve("checkpoint.json"));
        Files.writeString(dir.resolve("checkpoint.json"), text.substring(0, text.length() / 2));
        refusedResume(dir, "checkpoint.json is damaged");
        // Well-formed JSON with a field that is not what a checkpoint holds.
        ObjectNode n = (ObjectNode) Summaries.MAPPER.readTree(text);
        ((ObjectNode) n.get("csv")).put("sha256", "not a hash");
        Files.writeString(dir.resolve("checkpoint.json"), n.toString());
        refusedResume(dir, "checkpoint.json is damaged", "sha256 must be 64 lower-case hex digits");
    }

    @Test
    void aCheckpointOfAnotherFormatIsRefused() throws IOException {
        Path dir = tmp.resolve("f");
        cancelAfter(experiment(dir), 2);
        ObjectNode n = (ObjectNode) Summaries.MAPPER.readTree(dir.resolve("checkpoint.json").toFile());
        n.put("format", "offramp-checkpoint/1");
        Files.writeString(dir.resolve("checkpoint.json"), n.toString());
        refusedResume(dir, "format must be " + ResultsFolder.CHECKPOINT_FORMAT, "another version of the library",
                "start again with overwrite (--overwrite)");
        n.put("format", "something-else");
        Files.writeString(dir.resolve("checkpoint.json"), n.toString());
        refusedResume(dir, "format must be " + ResultsFolder.CHECKPOINT_FORMAT, "something-else");
    }

    // ---- killed before the first block ---------------------------------------------------------

    @Test
    void theCheckpointIsWrittenBeforeTheFirstRun() throws IOException {
        Path dir = tmp.resolve("first");
        Path[] seen = {null};
        RunModel looking = (sc, seed) -> {
            if (seen[0] == null) {
                synchronized (seen) {
                    seen[0] = dir.resolve("checkpoint.json");
                    assertTrue(Files.exists(seen[0]), "no checkpoint when the first run starts");
                }
            }
            return FakeModels.record(seed);
        };
        fixed(750).threads(1).outputDirectory(dir).build().run(looking);
        assertEquals(dir.resolve("checkpoint.json"), seen[0]);
    }

    @Test
    void cancelledBeforeTheFirstBlockResumesToTheWholeRun() throws IOException {
        Path dir = tmp.resolve("zero");
        cancelAfter(experiment(dir), 0);
        assertTrue(Files.exists(dir.resolve("checkpoint.json")));
        resume(dir).run(FakeModels.GOOD);
        assertEqualsWhole(dir);
    }

    @Test
    void killedBetweenTheFirstCheckpointAndThePartialFileResumes() throws IOException {
        // The checkpoint of nothing committed exists; the partial file is missing, or shorter than its header.
        for (int keep : new int[] {-1, 0, 7, HEADER.length}) {
            Path dir = tmp.resolve("early" + keep);
            cancelAfter(experiment(dir), 0);
            Files.delete(dir.resolve("summary.json"));
            Files.delete(dir.resolve("runs.csv.partial"));
            if (keep >= 0) {
                Files.write(dir.resolve("runs.csv.partial"), java.util.Arrays.copyOf(HEADER, keep));
            }
            resume(dir).run(FakeModels.GOOD);
            assertEqualsWhole(dir);
        }
    }

    @Test
    void killedBeforeTheFirstCheckpointResumes() throws IOException {
        // Only the lock file and the checkpoint's temporary file: nothing of the experiment yet.
        Path dir = tmp.resolve("before");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(FolderLock.FILE), "");
        Files.writeString(dir.resolve("checkpoint.json.tmp"), "{\"format\":\"offramp-ch");
        resume(dir).run(FakeModels.GOOD);
        assertEqualsWhole(dir);
        assertFalse(Files.exists(dir.resolve("checkpoint.json.tmp")));
    }

    @Test
    void aHeaderOnlyPartialWithoutACheckpointResumes() throws IOException {
        // What a version that created the partial file before its first checkpoint left when killed.
        Path dir = tmp.resolve("header");
        Files.createDirectories(dir);
        Files.write(dir.resolve("runs.csv.partial"), HEADER);
        resume(dir).run(FakeModels.GOOD);
        assertEqualsWhole(dir);
        // A partial with a row but no checkpoint holds something of an experiment: refused.
        Path rows = tmp.resolve("rows");
        Files.createDirectories(rows);
        Files.writeString(rows.resolve("runs.csv.partial"), new String(HEADER, StandardCharsets.UTF_8) + "0,1\n");
        refusedResume(rows, "but no checkpoint.json");
    }

    // ---- the lock ------------------------------------------------------------------------------

    @Test
    void aFolderInUseIsRefusedAndLeftAlone() throws IOException {
        Path dir = tmp.resolve("busy");
        try (FolderLock held = FolderLock.acquire(dir)) {
            ResultsFolderException e = assertThrows(ResultsFolderException.class,
                    () -> experiment(dir).run(FakeModels.GOOD));
            assertTrue(e.getMessage().contains("is in use"), e.getMessage());
            assertFalse(e.isBadInput());
            assertEquals(List.of(FolderLock.FILE), names(held.dir()));
            assertThrows(ResultsFolderException.class, () -> FolderLock.acquire(dir));
        }
        assertEquals(List.of(), names(dir), "the lock file goes with the lock");
        experiment(dir).run(FakeModels.GOOD);
        assertEqualsWhole(dir);
    }

    @Test
    void aStaleLockFileOfAKilledProcessBlocksNobody() throws IOException {
        Path dir = tmp.resolve("stale");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(FolderLock.FILE), "");
        experiment(dir).run(FakeModels.GOOD);
        assertEqualsWhole(dir);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- temporary files and overwrite ---------------------------------------------------------

    /** Temporary files a killed process may leave, by relative path. */
    private static final List<String> LEFTOVERS = List.of("checkpoint.json.tmp", "summary.json.tmp",
            ".summary.json.4242-7.tmp", ".runs.csv.4242-8.tmp", "charts/.outcomes.png.4242-9.tmp",
            "charts/.highest-rung.svg.887766.tmp", "stories/.WAR-run3.txt.4242-10.tmp");

    private static void leaveTemporaries(Path dir) throws IOException {
        for (String rel : LEFTOVERS) {
            Files.createDirectories(dir.resolve(rel).getParent());
            Files.writeString(dir.resolve(rel), "half a file");
        }
    }

    @Test
    void resumeRemovesTemporaryFilesOfAKilledProcess() throws IOException {
        Path dir = tmp.resolve("t");
        cancelAfter(experiment(dir), 3);
        leaveTemporaries(dir);
        resume(dir).run(FakeModels.GOOD);
        assertEqualsWhole(dir);
        for (String rel : LEFTOVERS) {
            assertFalse(Files.exists(dir.resolve(rel)), rel);
        }
    }

    @Test
    void overwriteLeavesOnlyTheNewExperimentsFiles() throws IOException {
        Path dir = whole;
        for (String name : List.of("charts/outcomes.png", "charts/outcomes.svg", "stories/WAR-run3.txt")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "of the old experiment");
        }
        leaveTemporaries(dir);
        fixed(300).masterSeed(6).outputDirectory(dir).overwrite(true).build().run(FakeModels.GOOD);
        assertEquals(List.of("checkpoint.json", "runs.csv", "summary.json"), names(dir));
        assertEquals(6, Summaries.MAPPER.readTree(dir.resolve("summary.json").toFile()).at("/provenance/masterSeed")
                .asLong());
    }

    @Test
    void overwriteRefusesAFolderHoldingOtherFilesAndDeletesNothing() throws IOException {
        Path dir = whole;
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/my-own-plot.png"), "mine");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Map<String, String> before = snapshot(dir);
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> fixed(300).outputDirectory(dir).overwrite(true).build().run(FakeModels.GOOD));
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().contains("charts/my-own-plot.png, notes.txt"), e.getMessage());
        assertEquals(before, snapshot(dir));
    }
}
