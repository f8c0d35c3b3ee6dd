package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool in its own process, started by a launcher script that, like {@code ./offramp}, exports
 * the name it was invoked by: a real SIGINT in the middle of an experiment exits 130 and prints a
 * resume command, and that command, the merge command a shard prints and a story's replay command
 * each work when handed to a shell exactly as printed, from the same folder.
 */
class PrintedCommandsProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static Path launcher;

    /** A launcher script for this build's classes, which sets OFFRAMP_LAUNCHER as ./offramp does. */
    @BeforeAll
    static void launcher() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        launcher = tmp.resolve("bin").resolve("offramp-under-test");
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, String.join("\n",
                "#!/bin/sh",
                "OFFRAMP_LAUNCHER=${OFFRAMP_LAUNCHER:-$0}",
                "export OFFRAMP_LAUNCHER",
                "exec " + ReplayCommand.quote(java) + " -cp " + ReplayCommand.quote(cp) + " "
                        + OfframpCommand.class.getName() + " \"$@\"",
                ""));
        assertTrue(launcher.toFile().setExecutable(true));
    }

    private record Done(int code, String out, String err) {
    }

    private static ProcessBuilder clean(ProcessBuilder pb) {
        pb.environment().remove(Launcher.ENV);
        return pb;
    }

    /** Runs a command line in a shell, from the current folder, and waits for it. */
    private static Done sh(String line) throws Exception {
        Path out = Files.createTempFile(tmp, "sh-out", ".txt");
        Path err = Files.createTempFile(tmp, "sh-err", ".txt");
        Process p = clean(new ProcessBuilder("/bin/sh", "-c", line)).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + line);
        return new Done(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Done waitFor(Process p, Path out, Path err) throws Exception {
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out");
        return new Done(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Done run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = clean(new ProcessBuilder(cmd)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return waitFor(p, out, err);
    }

    @Test
    void sigintExits130AndThePrintedResumeCommandWorksInAShell() throws Exception {
        Path experiment = Folders.shortExperiment(tmp, "signal", 5000);
        Path reference = tmp.resolve("signal-reference");
        Cli.Result ref = Cli.run("run", experiment.toString(), "--out", reference.toString(), "--quiet", "--no-charts");
        assertEquals(0, ref.code(), ref::toString);

        Path dir = tmp.resolve("signal");
        Path out = Files.createTempFile(tmp, "signal-out", ".txt");
        Path err = Files.createTempFile(tmp, "signal-err", ".txt");
        Process p = clean(new ProcessBuilder(launcher.toString(), "run", experiment.toString(), "--out", dir.toString(),
                "--quiet", "--no-charts", "--threads", "1")).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        // Ctrl-C once the first block is committed and while the others run.
        Path checkpoint = dir.resolve("checkpoint.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline && nextBlock(checkpoint) < 1) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the experiment ended before it could be interrupted: " + Files.readString(err));
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertEquals(0, kill.waitFor());
        Done d = waitFor(p, out, err);
        assertEquals(OfframpCommand.INTERRUPTED, d.code(), d::toString);
        assertTrue(d.err().startsWith("offramp run: interrupted after "), d.err());
        String resume = Cli.lineAfter(d.err(), "Continue with:").strip();
        assertTrue(resume.startsWith(launcher + " run "), resume);
        assertTrue(resume.endsWith(" --resume"), resume);

        Done resumed = sh(resume);
        assertEquals(0, resumed.code(), resumed::toString);
        assertArrayEquals(Files.readAllBytes(reference.resolve("runs.csv")), Files.readAllBytes(dir.resolve("runs.csv")));
    }

    private static long nextBlock(Path checkpoint) {
        try {
            JsonNode n = JSON.readTree(checkpoint.toFile());
            return n.path("nextBlock").asLong(-1);
        } catch (IOException notYet) {
            return -1;
        }
    }

    @Test
    void theMergeCommandAShardPrintsAndAStorysReplayCommandWorkInAShell() throws Exception {
        Path experiment = Folders.shortExperiment(tmp, "sharded", 2500);
        Path reference = tmp.resolve("sharded-reference");
        Cli.Result ref = Cli.run("run", experiment.toString(), "--out", reference.toString(), "--quiet", "--no-charts");
        assertEquals(0, ref.code(), ref::toString);

        Path shards = tmp.resolve("shards");
        Done first = run("run", experiment.toString(), "--shard", "0/2", "--out", shards.resolve("shard-0").toString(),
                "--quiet");
        assertEquals(0, first.code(), first::toString);
        Done second = run("run", experiment.toString(), "--shard", "1/2", "--out", shards.resolve("shard-1").toString(),
                "--quiet");
        assertEquals(0, second.code(), second::toString);
        String merge = Cli.lineAfter(second.out(), "merge them with:").strip();
        assertTrue(merge.startsWith(launcher + " merge "), merge);

        Done merged = sh(merge);
        assertEquals(0, merged.code(), merged::toString);
        Path mergedDir = shards.resolve("merged");
        assertArrayEquals(Files.readAllBytes(reference.resolve("runs.csv")),
                Files.readAllBytes(mergedDir.resolve("runs.csv")));

        Path story;
        try (Stream<Path> s = Files.list(mergedDir.resolve("stories"))) {
            story = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(story, StandardCharsets.UTF_8);
        String replay = text.lines().filter(l -> l.startsWith("Replay: ")).findFirst().orElseThrow()
                .substring("Replay: ".length());
        assertTrue(replay.startsWith(launcher + " replay "), replay);
        Done replayed = sh(replay);
        assertEquals(0, replayed.code(), replayed::toString);
        String outcome = replayed.out().lines().filter(l -> l.startsWith("outcome  ")).findFirst().orElseThrow();
        assertTrue(text.contains(outcome), "the replay ends as the story does: " + outcome);
        assertTrue(story.getFileName().toString().startsWith(outcome.substring("outcome  ".length()).strip() + "-"),
                story + " " + outcome);
    }
}
