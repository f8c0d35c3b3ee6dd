package org.offramp.engine;

import org.offramp.experiment.PortableModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.FileDigest;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;

/**
 * Shards record what their files hold and a merge checks it: a shard whose runs.csv changed after it
 * was written (one flipped bit) is refused, naming the shard and the file, and a refused merge
 * leaves no trace. A merge holds its folder's lock, as shards do, and an overwrite leaves no stale
 * file of an earlier experiment (a checkpoint a later resume would trust).
 */
class MergeIntegrityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Experiment.Builder experiment() {
        return Experiment.builder(Scenarios.load("baseline")).runs(1_250).masterSeed(77).blockSize(100).threads(2);
    }

    private List<Path> shards(int n, String name) {
        List<Path> dirs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Path d = tmp.resolve(name + "-" + k);
            Shards.run(experiment().build(), k, n, TestModels.GOOD, d);
            dirs.add(d);
        }
        return dirs;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aShardRecordsTheSha256RowsAndBytesOfItsRunsCsv() throws IOException {
        Path d = shards(3, "rec").get(1);
        JsonNode n = JSON.readTree(d.resolve(Partial.FILE).toFile());
        FileDigest recorded = FileDigest.fromJson(n.at("/files/runs.csv"), "files");
        assertEquals(FileDigest.of(d.resolve(Partial.RUNS_CSV)), recorded);
        assertEquals(400, recorded.rows(), "blocks 4 to 7 of 13: 400 runs");
        assertEquals(recorded.bytes(), n.get("csvBytes").asLong());
        assertEquals(recorded, Partial.read(d).csv());
    }

    @Test
    void theMergedSummaryRecordsTheMergedRunsCsvAsTheLocalEngineDoes() throws IOException {
        Path local = tmp.resolve("local");
        experiment().outputDirectory(local).build().run(TestModels.GOOD);
        Path merged = tmp.resolve("merged");
        Merge.merge(shards(3, "m"), merged);
        JsonNode files = JSON.readTree(merged.resolve("summary.json").toFile()).get("files");
        assertEquals(FileDigest.of(merged.resolve("runs.csv")), FileDigest.fromJson(files.get("runs.csv"), "files"));
        assertEquals(JSON.readTree(local.resolve("summary.json").toFile()).get("files"), files);
    }

    @Test
    void aBitFlippedShardIsRefusedNamingShardAndFileAndNothingIsCreated() throws IOException {
        List<Path> dirs = shards(3, "flip");
        Path csv = dirs.get(1).resolve(Partial.RUNS_CSV);
        byte[] b = Files.readAllBytes(csv);
        b[b.length - 40] ^= 0x10; // same length, same rows: only the checksum can tell
        Files.write(csv, b);
        Path out = tmp.resolve("not/there/merged");
        MergeException e = assertThrows(MergeException.class, () -> Merge.merge(dirs, out));
        assertTrue(e.getMessage().contains(csv.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("shard 1/3"), e.getMessage());
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("not")), "a refused merge creates no folder");
    }

    @Test
    void aShardWithARowAddedOrRemovedIsRefused() throws IOException {
        List<Path> dirs = shards(2, "rows");
        Path csv = dirs.get(0).resolve(Partial.RUNS_CSV);
        List<String> lines = Files.readAllLines(csv);
        Files.writeString(csv, lines.get(lines.size() - 1) + "\n", StandardOpenOption.APPEND);
        MergeException e = assertThrows(MergeException.class, () -> Merge.merge(dirs, tmp.resolve("o1")));
        assertTrue(e.getMessage().contains("601 rows, but"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("o1")));
    }

    @Test
    void aShardOfAnOlderPartialFormatIsRefusedWithTheReason() throws IOException {
        List<Path> dirs = shards(2, "old");
        ObjectNode n = (ObjectNode) JSON.readTree(dirs.get(0).resolve(Partial.FILE).toFile());
        n.put("format", "offramp-partial/1");
        n.remove("files");
        Files.writeString(dirs.get(0).resolve(Partial.FILE), n.toString());
        MergeException e = assertThrows(MergeException.class, () -> Merge.merge(dirs, tmp.resolve("o")));
        assertTrue(e.getMessage().contains("whose shard results this version does not read"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void mergeOverwriteIntoAnOldRunFolderLeavesNoStaleCheckpoint() throws IOException {
        Path dir = tmp.resolve("old-run");
        Experiment small = experiment().runs(300).outputDirectory(dir).build();
        small.run(TestModels.GOOD);
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/outcomes.svg"), "<svg>seed 5</svg>");
        assertThrows(ResultsFolderException.class, () -> Merge.merge(shards(2, "big"), dir));

        Merge.merge(shards(2, "big2"), dir, true);
        assertEquals(List.of("runs.csv", "summary.json"), names(dir), "only the merged experiment's files");
        assertEquals(1_251, Files.readAllLines(dir.resolve("runs.csv")).size());
        // A later resume finds no checkpoint to trust, and says so instead of rewriting the summary.
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> small.toBuilder().resume(true).build().run(TestModels.GOOD));
        assertTrue(e.getMessage().contains("no checkpoint.json"), e.getMessage());
        assertEquals(1_251, Files.readAllLines(dir.resolve("runs.csv")).size());
    }

    @Test
    void mergeOverwriteRefusesAFolderHoldingOtherFiles() throws IOException {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("thesis.tex"), "mine");
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> Merge.merge(shards(2, "x"), dir, true));
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().contains("thesis.tex"), e.getMessage());
        assertEquals(List.of("thesis.tex"), names(dir));
    }

    @Test
    void aMergeAndAShardTakeTheFoldersLock() throws IOException {
        List<Path> dirs = shards(2, "l");
        Path out = tmp.resolve("locked");
        try (FolderLock held = FolderLock.acquire(out)) {
            ResultsFolderException m = assertThrows(ResultsFolderException.class, () -> Merge.merge(dirs, out));
            assertTrue(m.getMessage().contains("in use"), m.getMessage());
            ResultsFolderException s = assertThrows(ResultsFolderException.class,
                    () -> Shards.run(experiment().build(), 0, 2, TestModels.GOOD, out));
            assertTrue(s.getMessage().contains("in use"), s.getMessage());
            assertEquals(List.of(FolderLock.FILE), names(held.dir()));
        }
        Merge.merge(dirs, out);
        assertEquals(List.of("runs.csv", "summary.json"), names(out));
    }

    @Test
    void twoShardsRunAtOnceIntoOneFolderDoNotBothSucceed() throws Exception {
        // Two threads start the same folder's shards together; the lock lets exactly one run.
        Path out = tmp.resolve("race");
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        PortableModel slow = (sc, seed) -> {
            running.countDown();
            try {
                Thread.sleep(1);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            return TestModels.record(seed);
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> Shards.run(experiment().build(), 0, 2, slow, out));
            assertTrue(running.await(60, java.util.concurrent.TimeUnit.SECONDS) || first.isDone(),
                    "the first shard never started");
            if (first.isDone() && running.getCount() > 0) {
                first.get(); // throws what stopped it
            }
            var second = pool.submit(() -> Shards.run(experiment().build(), 1, 2, slow, out));
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    second::get);
            assertTrue(e.getCause() instanceof ResultsFolderException && e.getCause().getMessage().contains("in use"),
                    String.valueOf(e.getCause()));
            assertEquals(0, first.get().shard().index());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, Partial.read(out).shard().index());
    }
}
