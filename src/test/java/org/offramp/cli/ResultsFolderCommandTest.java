package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.FolderLock;

/**
 * The results folders the command line leaves agree with themselves: an overwritten folder holds
 * only the new experiment's files (and a folder holding a user's files is refused), a resume checks
 * runs.csv before trusting a finished folder, a merge refused with exit 2 creates nothing, a merge
 * into an old folder leaves no checkpoint for a later resume to trust, a shard takes the folder's
 * lock, temporary leftovers go, and a policy experiment's overwrite deletes only its own kind's files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsFolderCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    /** 1,500 runs of the 60-day scenario: two blocks. */
    private Path experiment;

    @BeforeAll
    void writeExperiment() throws IOException {
        experiment = Folders.shortExperiment(tmp, "short", 1_500);
    }

    private Cli.Result run(Path out, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "run";
        args[1] = experiment.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        Cli.Result r = Cli.run(args);
        return r;
    }

    private static Cli.Result ok(Cli.Result r) {
        assertEquals(0, r.code(), r::toString);
        return r;
    }

    @Test
    void overwriteWithoutChartsLeavesNoChartsOfTheOldExperiment() throws IOException {
        Path dir = tmp.resolve("seeds");
        ok(run(dir, "--seed", "5", "--quiet"));
        assertTrue(Files.exists(dir.resolve("charts/outcomes.svg")));
        assertTrue(Files.readString(dir.resolve("charts/outcomes.svg")).contains("master seed 5"));
        ok(run(dir, "--seed", "6", "--overwrite", "--no-charts", "--quiet"));
        assertFalse(Files.exists(dir.resolve("charts")), "charts of the seed-5 experiment: " + Folders.list(dir));
        assertEquals(6, JSON.readTree(dir.resolve("summary.json").toFile()).at("/provenance/masterSeed").asLong());
        // The stories are the new experiment's: each names a run of seed 6's experiment.
        for (String story : Folders.list(dir.resolve("stories"))) {
            String text = Files.readString(dir.resolve("stories").resolve(story));
            long index = Long.parseLong(story.replaceAll(".*-run(\\d+)\\.txt", "$1"));
            assertTrue(text.contains("seed " + org.offramp.random.Seeds.runSeed(6, index)), story);
        }
        assertEquals(List.of("checkpoint.json", "report.html", "runs.csv", "stories", "summary.json"), Folders.list(dir));
    }

    @Test
    void overwriteRefusesAFolderHoldingOtherFilesWithExit2() throws IOException {
        Path dir = tmp.resolve("users");
        ok(run(dir, "--quiet", "--no-charts"));
        Files.writeString(dir.resolve("notes.md"), "my notes");
        TreeMap<String, String> before = Folders.files(dir);
        Cli.Result r = run(dir, "--overwrite", "--quiet");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("notes.md") && r.err().contains("not an experiment's"), r.err());
        assertEquals(before, Folders.files(dir), "nothing is deleted or written");
    }

    @Test
    void resumeOfAFinishedFolderWhoseRunsCsvWasTruncatedOrDeletedIsRefused() throws IOException {
        Path dir = tmp.resolve("finished");
        ok(run(dir, "--quiet", "--no-charts"));
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        Files.write(dir.resolve("runs.csv"), lines.subList(0, 700));
        String summary = Files.readString(dir.resolve("summary.json"));
        Cli.Result r = run(dir, "--resume", "--quiet");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("runs.csv is not the file the experiment wrote")
                && r.err().contains("699 rows") && r.err().contains("1,500 rows"), r.err());
        assertEquals(summary, Files.readString(dir.resolve("summary.json")), "the summary is not rewritten");

        Files.delete(dir.resolve("runs.csv"));
        r = run(dir, "--resume", "--quiet");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("runs.csv is missing"), r.err());
    }

    @Test
    void resumeRemovesTemporaryFilesAKilledProcessLeft() throws IOException {
        Path dir = tmp.resolve("leftovers");
        ok(run(dir, "--quiet"));
        List<String> leftovers = List.of("charts/.outcomes.png.999-1.tmp", "stories/.DEAL-run1.txt.999-2.tmp",
                ".runs.csv.999-3.tmp", "summary.json.tmp");
        for (String rel : leftovers) {
            Files.writeString(dir.resolve(rel), "half");
        }
        TreeMap<String, String> before = Folders.files(dir);
        leftovers.forEach(before::remove);
        ok(run(dir, "--resume", "--quiet"));
        TreeMap<String, String> after = Folders.files(dir);
        assertEquals(before.keySet(), after.keySet());
        assertEquals(before.get("runs.csv"), after.get("runs.csv"));
    }

    @Test
    void aShardTakesTheFoldersLock() throws IOException {
        Path dir = tmp.resolve("shard-locked");
        try (FolderLock held = FolderLock.acquire(dir)) {
            Cli.Result r = Cli.run("run", experiment.toString(), "--shard", "0/2", "--out", dir.toString());
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.err().contains("is in use"), r.err());
            assertEquals(List.of(FolderLock.FILE), Folders.list(held.dir()));
        }
        ok(Cli.run("run", experiment.toString(), "--shard", "0/2", "--out", dir.toString()));
        assertEquals(List.of("outputs.json", "partial.json", "runs.csv"), Folders.list(dir));
    }

    @Test
    void aRefusedMergeCreatesNoFolder() throws IOException {
        Path shard = tmp.resolve("lonely-shard");
        ok(Cli.run("run", experiment.toString(), "--shard", "0/2", "--out", shard.toString()));
        Path out = tmp.resolve("merges/nested/out");
        Cli.Result r = Cli.run("merge", shard.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("missing"), r.err());
        assertFalse(Files.exists(tmp.resolve("merges")), "a refused merge creates no folder");

        // A shard whose rows were altered after it ran: refused by its checksum, and nothing created.
        Path other = tmp.resolve("other-shard");
        ok(Cli.run("run", experiment.toString(), "--shard", "1/2", "--out", other.toString()));
        byte[] b = Files.readAllBytes(other.resolve("runs.csv"));
        b[b.length / 2] = (byte) (b[b.length / 2] == '1' ? '2' : '1');
        Files.write(other.resolve("runs.csv"), b);
        r = Cli.run("merge", shard.toString(), other.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(other.resolve("runs.csv") + " has been changed since shard 1/2 wrote it")
                && r.err().contains("SHA-256"), r.err());
        assertFalse(Files.exists(tmp.resolve("merges")));
    }

    @Test
    void mergeOverwriteIntoAnOldFolderLeavesNothingForResumeToTrust() throws IOException {
        Path dir = tmp.resolve("old");
        ok(run(dir, "--runs", "500", "--quiet"));
        Path s0 = tmp.resolve("m-shard-0");
        Path s1 = tmp.resolve("m-shard-1");
        ok(Cli.run("run", experiment.toString(), "--shard", "0/2", "--out", s0.toString()));
        ok(Cli.run("run", experiment.toString(), "--shard", "1/2", "--out", s1.toString()));
        ok(Cli.run("merge", s0.toString(), s1.toString(), "--out", dir.toString(), "--overwrite"));
        assertFalse(Files.exists(dir.resolve("checkpoint.json")), Folders.list(dir).toString());
        assertEquals(1_501, Files.readAllLines(dir.resolve("runs.csv")).size());

        Cli.Result r = run(dir, "--runs", "500", "--resume", "--quiet");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("no checkpoint.json"), r.err());
        assertEquals(1_500, JSON.readTree(dir.resolve("summary.json").toFile()).at("/runs/completed").asLong());
        assertEquals(1_501, Files.readAllLines(dir.resolve("runs.csv")).size());
    }

    @Test
    void aPolicyOverwriteDeletesOnlyItsOwnKindsFiles() throws IOException {
        Path compare = Files.writeString(tmp.resolve("kinds-compare.yaml"), String.join("\n",
                "experiment: kinds-compare",
                "kind: compare",
                "scenario: baseline",
                "overrides:",
                "  run.horizonDays: 60",
                "seed: 20190517",
                "runs: 20",
                "measures: [WAR, STALEMATE]",
                "variants:",
                "  - name: base",
                "  - name: low-restraint",
                "    overrides:",
                "      washington.restraint: 0.3",
                ""));
        Path dir = tmp.resolve("kinds");
        Files.createDirectories(dir);
        // A sweep's results and a comparison's stale chart (a variant since removed) and leftover.
        List<String> sweeps = List.of("sweep.csv", "sweep.md", "series-washington.restraint.png",
                "heatmap-WAR.svg");
        for (String f : sweeps) {
            Files.writeString(dir.resolve(f), "a sweep's");
        }
        Files.writeString(dir.resolve("difference-old-variant.png"), "stale");
        Files.writeString(dir.resolve(".comparison.csv.77-1.tmp"), "half");
        ok(Cli.run("run", compare.toString(), "--out", dir.toString(), "--overwrite", "--quiet"));
        List<String> now = Folders.list(dir);
        for (String f : sweeps) {
            assertTrue(now.contains(f), f + " of another kind must stay: " + now);
        }
        assertFalse(now.contains("difference-old-variant.png"), now.toString());
        assertFalse(now.contains(".comparison.csv.77-1.tmp"), now.toString());
        assertTrue(now.contains("comparison.csv") && now.contains("shares.png"), now.toString());
    }
}
