package org.offramp.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.scenario.Scenarios;

/**
 * What a merge and a shard do with their folders (what they refuse, and how they list it), and what
 * a merge records: the shards' summed wall time and the invocation it is given.
 */
class MergeFoldersTest {
    @TempDir
    Path tmp;

    private static Experiment experiment() {
        return Experiment.builder(Scenarios.load("baseline")).runs(300).masterSeed(7).blockSize(50).threads(1).build();
    }

    private List<Path> shards(int n) {
        List<Path> dirs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Path d = tmp.resolve("shard-" + k);
            Shards.run(experiment(), k, n, TestModels.GOOD, d);
            dirs.add(d);
        }
        return dirs;
    }

    @Test
    void overwriteRefusesAFolderWithFilesNoExperimentWrites() throws IOException {
        List<Path> dirs = shards(2);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> Merge.merge(dirs, out, true));
        assertTrue(e.getMessage().contains("holds files that are not an experiment's [notes.txt]"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals(List.of(out.resolve("notes.txt")), Files.list(out).toList(), "nothing written");
    }

    @Test
    void aFolderInUseIsListedInOrder() throws IOException {
        List<Path> dirs = shards(2);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("runs.csv"), "x");      // an experiment's file...
        Files.writeString(out.resolve("notes.txt"), "y");     // ...and another, listed after it unless sorted
        ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> Merge.merge(dirs, out, false));
        assertTrue(e.getMessage().contains("already holds [notes.txt, runs.csv]"), e.getMessage());
        Path shard = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(shard.resolve("runs.csv"), "x");
        Files.writeString(shard.resolve("notes.txt"), "y");
        ResultsFolderException s = assertThrows(ResultsFolderException.class,
                () -> Shards.run(experiment(), 0, 2, TestModels.GOOD, shard));
        assertTrue(s.getMessage().contains("(it holds [notes.txt, runs.csv])"), s.getMessage());
    }

    @Test
    void theMergeRecordsTheShardsSummedWallTimeAndItsInvocation() throws IOException {
        List<Path> dirs = shards(3);
        double sum = 0;
        for (Path d : dirs) {
            double w = Partial.read(d).wallSeconds();
            assertTrue(w >= 0 && w < 600, "a shard's wall time in seconds: " + w);
            sum += w;
        }
        ObjectNode invocation = JsonNodeFactory.instance.objectNode().put("command", "offramp merge-shards");
        ExperimentResult r = Merge.merge(dirs, tmp.resolve("merged"), false, invocation);
        assertEquals((long) (sum * 1e9), r.wallTime().toNanos());
        assertEquals("offramp merge-shards", new ObjectMapper().readTree(r.summaryJson())
                .at("/provenance/invocation/command").asText());
        ExperimentResult plain = Merge.merge(dirs, tmp.resolve("plain"), false, null);
        assertTrue(new ObjectMapper().readTree(plain.summaryJson()).at("/provenance/invocation").isMissingNode());
    }

    @Test
    void aPartialOfAnotherFormatIsRefusedSayingWhetherItIsAnotherVersions() throws IOException {
        List<Path> dirs = shards(2);
        Path json = dirs.get(1).resolve(Partial.FILE);
        String original = Files.readString(json);
        Files.writeString(json, original.replace(Partial.FORMAT, "offramp-partial/999"));
        MergeException other = assertThrows(MergeException.class, () -> Merge.merge(dirs, tmp.resolve("a"), false));
        assertTrue(other.getMessage().contains("but was \"offramp-partial/999\" (written by another version of the library"),
                other.getMessage());
        Files.writeString(json, original.replace(Partial.FORMAT, "some-other-file"));
        MergeException foreign = assertThrows(MergeException.class, () -> Merge.merge(dirs, tmp.resolve("b"), false));
        assertTrue(foreign.getMessage().endsWith("but was \"some-other-file\""), foreign.getMessage());
    }
}
