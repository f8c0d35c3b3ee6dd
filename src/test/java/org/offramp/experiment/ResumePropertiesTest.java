package org.offramp.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;

/**
 * An experiment interrupted after any number of committed blocks, any number of times, and resumed
 * each time, ends with the files of the uninterrupted experiment: {@code runs.csv} byte for byte and
 * {@code summary.json} but for the machine's fields (threads, wall time). Interruptions are
 * cancellations at block boundaries, optionally followed by what a {@code kill -9} in the middle of
 * the next block leaves: bytes past the checkpoint and temporary files.
 */
class ResumePropertiesTest {

    private static Experiment.Builder experiment(int runs, int blockSize, int threads, long master) {
        return Experiment.builder(Scenarios.load("baseline")).runs(runs).masterSeed(master).blockSize(blockSize)
                .threads(threads).keepGoing(true);
    }

    /** The stand-in model, failing (and counted as FAILED) on about one seed in 19. */
    private static final RunModel MODEL = (sc, seed) -> {
        if (Math.floorMod(seed, 19) == 0) {
            throw new IllegalStateException("model broke on seed " + seed);
        }
        return FakeModels.record(seed);
    };

    /** Runs (or resumes) until {@code blocks} blocks in all are committed, then cancels. */
    private static void runUntil(Experiment e, long blocks) {
        long runs = Math.min(blocks * e.blockSize(), e.runLimit());
        ExperimentCancelledException c = assertThrows(ExperimentCancelledException.class, () -> e.run(MODEL,
                ProgressListener.committed((committed, total) -> {
                    if (committed >= runs) {
                        throw new IllegalStateException("interrupted at a block boundary");
                    }
                })));
        assertEquals(runs, c.runsCommitted());
    }

    /** What a process killed while appending its next block leaves behind. */
    private static void leaveWhatAKillLeaves(Path dir) throws IOException {
        Files.writeString(dir.resolve("runs.csv.partial"), "999999,12345,WAR,3,4,", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("checkpoint.json.tmp"), "{\"format\":");
        Files.writeString(dir.resolve(".summary.json.1-1.tmp"), "{");
    }

    private static String comparable(Path summary) throws IOException {
        ObjectNode n = (ObjectNode) Summaries.MAPPER.readTree(summary.toFile());
        ObjectNode prov = (ObjectNode) n.get("provenance");
        prov.remove("threads");
        prov.remove("wallTimeSeconds");
        return n.toString();
    }

    private static void interruptAndResume(Experiment.Builder b, List<Long> cutsInBlocks, boolean kills,
            Path dir) throws IOException {
        for (int i = 0; i < cutsInBlocks.size(); i++) {
            runUntil(b.outputDirectory(dir).resume(i > 0).build(), cutsInBlocks.get(i));
            if (kills) {
                leaveWhatAKillLeaves(dir);
            }
        }
        b.outputDirectory(dir).resume(true).build().run(MODEL);
    }

    private static void assertSameFiles(Path whole, Path resumed) throws IOException {
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(resumed.resolve("runs.csv")));
        assertEquals(comparable(whole.resolve("summary.json")), comparable(resumed.resolve("summary.json")));
        try (Stream<Path> s = Files.list(resumed)) {
            assertEquals(List.of("checkpoint.json", "runs.csv", "summary.json"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Property(tries = 30)
    void resumingAfterInterruptionsAtAnyBlockBoundariesGivesTheUninterruptedFiles(
            @ForAll @IntRange(min = 1, max = 700) int runs, @ForAll @IntRange(min = 1, max = 120) int blockSize,
            @ForAll @IntRange(min = 1, max = 3) int threads,
            @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 0, max = 10_000) Integer> cuts,
            @ForAll boolean kills, @ForAll long master) throws IOException {
        long blocks = (runs + blockSize - 1) / blockSize;
        List<Long> at = cuts.stream().map(c -> c % (blocks + 1)).sorted().toList();
        Path tmp = Files.createTempDirectory("resume-property");
        try {
            Path whole = tmp.resolve("whole");
            experiment(runs, blockSize, threads, master).outputDirectory(whole).build().run(MODEL);
            Path dir = tmp.resolve("interrupted");
            interruptAndResume(experiment(runs, blockSize, threads, master), at, kills, dir);
            assertSameFiles(whole, dir);
        } finally {
            deleteTree(tmp);
        }
    }

    @Example
    void resumingFromEveryBlockBoundaryGivesTheUninterruptedFiles() throws IOException {
        // 7 blocks, the last one short; every boundary from "nothing committed" to "all committed,
        // final checkpoint not yet written".
        Path tmp = Files.createTempDirectory("resume-every-block");
        try {
            Path whole = tmp.resolve("whole");
            experiment(650, 100, 2, 42).outputDirectory(whole).build().run(MODEL);
            for (long k = 0; k <= 7; k++) {
                Path dir = tmp.resolve("cut-" + k);
                interruptAndResume(experiment(650, 100, 2, 42), List.of(k), true, dir);
                assertSameFiles(whole, dir);
                assertFalse(Files.exists(dir.resolve("runs.csv.partial")));
            }
        } finally {
            deleteTree(tmp);
        }
    }

    static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
