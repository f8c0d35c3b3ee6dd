package org.offramp.engine;

import org.offramp.experiment.PortableModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.offramp.experiment.Experiment;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.testkit.SummaryJson;

/**
 * Shards merged in any order give the single run's files: for a random experiment (runs, block
 * size, threads), a random number of shards N (more than the blocks included, so some shards are
 * empty) and a random order of the shard folders, the merged {@code runs.csv} is the local engine's
 * byte for byte and {@code summary.json} is the same but for threads, wall time and engine.
 */
class ShardMergePropertiesTest {

    @Property(tries = 25)
    void shardsMergedInAnyOrderGiveTheSingleRunsFiles(@ForAll @IntRange(min = 1, max = 900) int runs,
            @ForAll @IntRange(min = 1, max = 250) int blockSize, @ForAll @IntRange(min = 1, max = 9) int n,
            @ForAll @IntRange(min = 1, max = 3) int threads, @ForAll long master, @ForAll Random random)
            throws IOException {
        Path tmp = Files.createTempDirectory("shard-merge-property");
        try {
            Experiment.Builder b = Experiment.builder(Scenarios.load("baseline")).runs(runs).masterSeed(master)
                    .blockSize(blockSize).threads(threads).keepGoing(true);
            PortableModel model = (sc, seed) -> {
                if (Math.floorMod(seed, 17) == 0) {
                    throw new IllegalStateException("model broke on seed " + seed);
                }
                return TestModels.record(seed);
            };
            Path local = tmp.resolve("local");
            b.outputDirectory(local).build().run(model);
            Experiment e = b.outputDirectory(null).build();
            List<Path> dirs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Path d = tmp.resolve("shard-" + k);
                Shards.run(e, k, n, model, d);
                dirs.add(d);
            }
            Collections.shuffle(dirs, random);
            Path merged = tmp.resolve("merged");
            Merge.merge(dirs, merged);
            assertArrayEquals(Files.readAllBytes(local.resolve("runs.csv")), Files.readAllBytes(merged.resolve("runs.csv")));
            assertEquals(SummaryJson.withoutMachineFields(Files.readString(local.resolve("summary.json"))),
                    SummaryJson.withoutMachineFields(Files.readString(merged.resolve("summary.json"))));
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
