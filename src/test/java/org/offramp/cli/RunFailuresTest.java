package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentRun;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.sim.Simulation;
import org.offramp.standoff.sim.StandoffModel;

/**
 * {@code offramp run} when things go wrong: a run that throws (exit 1), an interruption (exit 130), a
 * full disk during the runs and while drawing the charts (exit 1), a damaged checkpoint, a resume with
 * other --set values, a shard folder that holds files. Each prints one clear line, no stack trace
 * (unless --debug) and a command; each printed command is run as printed (its words after the
 * launcher, in-process) and must do what it says: the resumed folder's runs.csv is byte-identical to
 * an uninterrupted run's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunFailuresTest {
    /** Runs of the short experiment: three blocks of 1,000, so a failure in block 1 leaves block 0 committed. */
    private static final int RUNS = 3000;
    private static final long SEED = 20190517L;
    private static final long FAIL_AT = 1500;

    @TempDir
    static Path tmp;
    private Path experiment;
    private byte[] reference;

    @BeforeAll
    void uninterrupted() throws IOException {
        experiment = Folders.shortExperiment(tmp, "short", RUNS);
        Path ref = tmp.resolve("reference");
        Cli.Result r = Cli.run("run", experiment.toString(), "--out", ref.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.code(), r::toString);
        reference = Files.readAllBytes(ref.resolve("runs.csv"));
    }

    private Cli.Result run(RunModel model, Path dir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", experiment.toString(), "--out", dir.toString(),
                "--quiet", "--no-charts", "--threads", "1"));
        args.addAll(List.of(more));
        return Cli.run(model, args.toArray(String[]::new));
    }

    /** The simulation, but run {@link #FAIL_AT} throws the first time. */
    private static RunModel failingOnce() {
        AtomicBoolean failed = new AtomicBoolean();
        long bad = Seeds.runSeed(SEED, FAIL_AT);
        return (scenario, seed) -> {
            if (seed == bad && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("boom");
            }
            return StandoffModel.builtIn().runRecord(scenario, seed);
        };
    }

    /** Runs a printed command in-process with the simulation and checks it succeeds. */
    private static Cli.Result runPrinted(String line) {
        Cli.Result r = Cli.run(Cli.printedArgs(line));
        assertEquals(0, r.code(), () -> "printed command " + line + " failed:\n" + r);
        return r;
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("Exception:") && !err.contains("IllegalStateException: boom"), err);
    }

    @Test
    void aRunThatThrowsExitsOneAndThePrintedCommandsReplayAndResume() throws IOException {
        Path dir = tmp.resolve("failed");
        Cli.Result r = run(failingOnce(), dir);
        assertEquals(OfframpCommand.FAILURE, r.code(), r::toString);
        assertTrue(r.err().startsWith("offramp run: run 1500 (seed " + Seeds.runSeed(SEED, FAIL_AT)
                + ") failed: java.lang.IllegalStateException: boom"), r.err());
        assertNoStackTrace(r.err());
        String replay = Cli.lineAfter(r.err(), "Reproduce it with:");
        assertTrue(replay.strip().startsWith(Launcher.command() + " replay --scenario baseline --seed "
                + Seeds.runSeed(SEED, FAIL_AT) + " --set run.horizonDays=60"), replay);
        Cli.Result replayed = runPrinted(replay);
        assertTrue(replayed.out().contains("outcome  "), replayed.out());

        String resume = Cli.lineAfter(r.err(), "continue with:");
        assertTrue(resume.endsWith(" --resume"), resume);
        runPrinted(resume);
        assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")));
    }

    @Test
    void withDebugTheStackTraceFollowsTheMessage() {
        Cli.Result r = run(failingOnce(), tmp.resolve("failed-debug"), "--debug");
        assertEquals(OfframpCommand.FAILURE, r.code(), r::toString);
        assertTrue(r.err().contains("\tat org.offramp."), r.err());
    }

    @Test
    void anInterruptionExits130AndThePrintedCommandResumes() throws Exception {
        Path dir = tmp.resolve("interrupted");
        AtomicReference<Thread> cli = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        long at = Seeds.runSeed(SEED, FAIL_AT);
        // The model interrupts the command's thread in the middle of block 1, as Ctrl-C's hook would
        // cancel it: deterministic, unlike a signal.
        RunModel model = (scenario, seed) -> {
            if (seed == at) {
                cli.get().interrupt();
            }
            return StandoffModel.builtIn().runRecord(scenario, seed);
        };
        AtomicReference<Cli.Result> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            started.countDown();
            result.set(run(model, dir));
        });
        cli.set(t);
        t.start();
        started.await();
        t.join(120_000);
        Cli.Result r = result.get();
        assertEquals(OfframpCommand.INTERRUPTED, r.code(), r::toString);
        assertTrue(r.err().startsWith("offramp run: interrupted after "), r.err());
        assertNoStackTrace(r.err());
        String resume = Cli.lineAfter(r.err(), "Continue with:");
        assertTrue(resume.endsWith(" --resume"), resume);
        assertFalse(Files.exists(dir.resolve("runs.csv")), "an interrupted experiment has no runs.csv yet");
        runPrinted(resume);
        assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")));
    }

    @Test
    void aFullDiskDuringTheRunsSaysSoInOneLineAndTheResumeCommandContinues() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && Files.isWritable(full), "/dev/full, where every write fails with ENOSPC");
        Path dir = tmp.resolve("full-disk");
        Path trap = dir.resolve("checkpoint.json.tmp");
        AtomicBoolean armed = new AtomicBoolean();
        long at = Seeds.runSeed(SEED, FAIL_AT);
        // In block 1, once block 0's checkpoint is on disk, the next checkpoint is written to
        // /dev/full: the same ENOSPC a full disk gives.
        RunModel model = (scenario, seed) -> {
            if (seed == at && armed.compareAndSet(false, true)) {
                try {
                    for (int i = 0; i < 3000 && !Files.exists(dir.resolve("checkpoint.json")); i++) {
                        Thread.sleep(10);
                    }
                    Thread.sleep(50);
                    Files.createSymbolicLink(trap, full);
                } catch (IOException | InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            return StandoffModel.builtIn().runRecord(scenario, seed);
        };
        Cli.Result r = run(model, dir);
        assertEquals(OfframpCommand.FAILURE, r.code(), r::toString);
        assertEquals("offramp run: cannot write the results folder " + dir + ": No space left on device",
                r.err().lines().findFirst().orElse(""), r::toString);
        assertNoStackTrace(r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        String resume = Cli.lineAfter(r.err(), "continue with:");
        assertTrue(resume.endsWith(" --resume"), resume);

        Files.delete(trap); // space again
        runPrinted(resume);
        assertArrayEquals(reference, Files.readAllBytes(dir.resolve("runs.csv")));
    }

    @Test
    void aFailedChartWriteSaysTheResultsAreCompleteAndTheResumeCommandDrawsThem() throws IOException {
        Path dir = tmp.resolve("charts-fail");
        // Once runs.csv and summary.json are written, a file where the charts folder goes: writing the
        // charts fails with an I/O error. (Put there before the run, --overwrite would refuse it as a
        // file no experiment writes.)
        Cli.Result r = Cli.runWhenPrinted("results  " + dir, () -> inTheWay(dir.resolve("charts")), "run",
                experiment.toString(), "--runs", "200", "--out", dir.toString(), "--quiet");
        assertEquals(OfframpCommand.FAILURE, r.code(), r::toString);
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("offramp run: the experiment is complete (runs.csv and summary.json in " + dir
                + "), but its charts and stories could not be written: "), r.err());
        assertTrue(first.contains(dir.resolve("charts").toString()), first);
        assertNoStackTrace(r.err());
        assertFalse(r.err().contains("NullPointerException"), r.err());
        byte[] csv = Files.readAllBytes(dir.resolve("runs.csv"));

        String again = Cli.lineAfter(r.err(), "draw them");
        assertTrue(again.endsWith(" --resume"), again);
        Files.delete(dir.resolve("charts"));
        runPrinted(again);
        assertTrue(Files.size(dir.resolve("charts").resolve("outcomes.png")) > 1000);
        assertArrayEquals(csv, Files.readAllBytes(dir.resolve("runs.csv")), "drawing the charts ran nothing again");
    }

    /** Writes a file at {@code p}, where the tool wants a folder. */
    static void inTheWay(Path p) {
        try {
            Files.writeString(p, "in the way");
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void aDamagedCheckpointIsOneLineWithTheWayOut() throws IOException {
        Path dir = tmp.resolve("damaged");
        assertEquals(0, Cli.run("run", experiment.toString(), "--runs", "50", "--out", dir.toString(), "--quiet",
                "--no-charts").code());
        Files.writeString(dir.resolve("checkpoint.json"), "{\"format\": \"offramp-checkpoint/1\", ");
        Cli.Result r = Cli.run("run", experiment.toString(), "--runs", "50", "--out", dir.toString(), "--quiet",
                "--no-charts", "--resume");
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("checkpoint.json is damaged (not valid JSON at line 1, column"), r.err());
        assertTrue(r.err().contains("(--overwrite)"), r.err());
        assertFalse(r.err().contains("Source"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(0, Cli.run("run", experiment.toString(), "--runs", "50", "--out", dir.toString(), "--quiet",
                "--no-charts", "--overwrite").code());
    }

    @Test
    void aResumeWithAnotherSetValueNamesTheParameter() {
        Path dir = tmp.resolve("other-set");
        assertEquals(0, Cli.run("run", experiment.toString(), "--runs", "50", "--out", dir.toString(), "--quiet",
                "--no-charts", "--set", "washington.restraint=0.95").code());
        Cli.Result r = Cli.run("run", experiment.toString(), "--runs", "50", "--out", dir.toString(), "--quiet",
                "--no-charts", "--set", "washington.restraint=0.5", "--resume");
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("washington.restraint was 0.95, now 0.5"), r.err());
        assertFalse(r.err().contains("scenarioHash"), r.err());
    }

    @Test
    void resumingAFolderWithoutCheckpointNamesTheOverwriteFlag() throws IOException {
        Path dir = tmp.resolve("no-checkpoint");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("runs.csv"), "index,seed\n");
        Cli.Result r = Cli.run("run", experiment.toString(), "--runs", "50", "--out", dir.toString(), "--quiet",
                "--resume");
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("start again with overwrite (--overwrite)"), r.err());
    }

    @Test
    void aKilledShardsFolderIsRunAgainWithOverwriteNotResume() throws IOException {
        Path dir = tmp.resolve("killed-shard");
        Files.createDirectories(dir);
        // What a killed shard leaves: the temporary file of its runs.csv, never moved into place.
        Files.writeString(dir.resolve(".runs.csv.123.tmp"), "index,seed\n0,1\n");
        Cli.Result r = Cli.run("run", experiment.toString(), "--shard", "0/2", "--out", dir.toString(), "--quiet");
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("--overwrite to run the shard again"), r.err());
        assertFalse(r.err().contains("--resume"), r.err());
        Cli.Result again = Cli.run("run", experiment.toString(), "--shard", "0/2", "--out", dir.toString(), "--quiet",
                "--overwrite");
        assertEquals(0, again.code(), again::toString);
        assertTrue(again.out().contains("merge them with:"), again.out());
        assertTrue(Cli.lineAfter(again.out(), "merge them with:").strip().startsWith(Launcher.command() + " merge "));
    }

    @Test
    void ctrlCAfterTheLastRunSaysTheResultsAreCompleteAndBeforeItSaysNothing() throws Exception {
        Experiment e = Experiment.builder(Scenarios.load("baseline").with("run.horizonDays", 30)).runs(20)
                .masterSeed(1).build();
        ExperimentRun running = ExperimentRunner.start(e, StandoffModel.builtIn()::runRecord, ProgressListener.NONE);
        running.await();
        CountDownLatch settled = new CountDownLatch(1);
        settled.countDown();
        StringWriter done = new StringWriter();
        new RunCommand.CtrlC(running, settled, new AtomicBoolean(true), new PrintWriter(done), "results complete")
                .run();
        assertEquals("results complete", done.toString().strip());
        StringWriter midway = new StringWriter();
        new RunCommand.CtrlC(running, settled, new AtomicBoolean(false), new PrintWriter(midway), "results complete")
                .run();
        assertEquals("", midway.toString(), "before the last run, the command itself reports the interruption");
    }
}
