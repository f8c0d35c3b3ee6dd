package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.model.Param;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.scenario.ScenarioException;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Params;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.sim.Simulation;
import org.offramp.standoff.sim.StandoffModel;

/** replay, scenarios, params, bench, --help, --version, and the exit-code mapping. */
class OtherCommandsTest {

    @Test
    void replayPrintsTheStoryAndEndingOfTheRun() {
        Cli.Result a = Cli.run("replay", "--scenario", "baseline", "--seed", "42");
        Cli.Result b = Cli.run("replay", "--scenario", "baseline", "--seed", "42");
        assertEquals(0, a.code(), a::toString);
        assertEquals(a.out(), b.out(), "replay is not deterministic");
        Replay<StandoffRecord> expected = Simulation.replay(Scenarios.load("baseline"), 42);
        StandoffRecord r = expected.record();
        assertTrue(a.out().startsWith(expected.storyText()), a.out());
        assertTrue(a.out().contains("outcome  " + r.outcome()), a.out());
        assertTrue(a.out().contains("day      " + r.day() + " ("), a.out());
        assertTrue(a.out().contains(r.trigger().name()), a.out());
        // The record equals the experiment's fast path for the same seed.
        assertEquals(Simulation.run(Scenarios.load("baseline"), 42), r);
    }

    @Test
    void replayAppliesOverrides() {
        Scenario calm = Scenarios.load("baseline").with("accidents.dailyRate", 0.0).with("run.horizonDays", 30);
        Cli.Result a = Cli.run("replay", "--scenario", "baseline", "--seed", "5", "--set", "accidents.dailyRate=0",
                "--set", "run.horizonDays=30");
        assertEquals(0, a.code(), a::toString);
        assertTrue(a.out().startsWith(Simulation.replay(calm, 5).storyText()), a.out());
    }

    @Test
    void scenariosListsEveryEmbeddedScenario() {
        Cli.Result r = Cli.run("scenarios");
        assertEquals(0, r.code(), r::toString);
        for (String name : Scenarios.names()) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(name + " ")), () -> name + " missing:\n" + r.out());
        }
    }

    @Test
    void paramsListsEveryParameterAndMarksChanges() {
        Cli.Result base = Cli.run("params");
        assertEquals(0, base.code(), base::toString);
        for (Param p : Params.all()) {
            assertTrue(base.out().lines().anyMatch(l -> l.startsWith(p.path() + " ")),
                    () -> p.path() + " missing from params");
        }
        assertFalse(base.out().contains(ParamsCommand.CHANGED + " (baseline"), "baseline values marked as changed");

        String name = Scenarios.names().stream().filter(n -> !n.equals("baseline")).findFirst().orElseThrow();
        Map<String, Double> diffs = Scenarios.load(name).differencesFrom(Scenarios.load("baseline"));
        assertFalse(diffs.isEmpty(), name + " equals the baseline");
        Cli.Result changed = Cli.run("params", name, "--changed");
        assertEquals(0, changed.code(), changed::toString);
        List<String> marked = changed.out().lines().filter(l -> l.contains(ParamsCommand.CHANGED + " (baseline"))
                .toList();
        assertEquals(diffs.size(), marked.size(), changed.out());
        for (String path : diffs.keySet()) {
            assertTrue(marked.stream().anyMatch(l -> l.startsWith(path + " ")), path);
        }
    }

    @Test
    void versionAndHelp() {
        Cli.Result v = Cli.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().contains("offramp " + ExperimentRunner.libraryVersion()), v.out());
        Cli.Result h = Cli.run("--help");
        assertEquals(0, h.code());
        for (String s : List.of("run", "replay", "scenarios", "params", "bench", "Exit codes", "130")) {
            assertTrue(h.out().contains(s), () -> s + " not in --help:\n" + h.out());
        }
        Cli.Result rh = Cli.run("run", "--help");
        assertEquals(0, rh.code());
        for (String s : List.of("--runs", "--precision", "--seed", "--threads", "--out", "--set", "--resume",
                "--overwrite", "--keep-going", "--quiet", "--no-charts", "130")) {
            assertTrue(rh.out().contains(s), () -> s + " not in run --help:\n" + rh.out());
        }
    }

    @Test
    void benchReportsBothThreadCountsAndAgreeingResults() {
        Cli.Result r = Cli.run("bench", "--runs", "100", "--warmup", "0", "--threads", "2", "--repeats", "1");
        assertEquals(0, r.code(), r::toString);
        for (String s : List.of("runs per second", "CPU time per agent-day (ns)", "heap allocated per run (KB)",
                "speed-up", "bare loop", "the model takes", "peak heap", "load average", "same results        yes")) {
            assertTrue(r.out().contains(s), () -> s + " not in:\n" + r.out());
        }
    }

    @Test
    void benchMeasurementCountsSimulatedDaysCpuTimeAndAllocation() {
        Scenario s = Scenarios.load("baseline").with("run.horizonDays", 20);
        Benchmark.Measurement m = Benchmark.measure(s, 30, 1, 3);
        assertEquals(30, m.runs());
        // Each run simulates between 1 and 20 days.
        assertTrue(m.daysSimulated() >= 30 && m.daysSimulated() <= 600, Long.toString(m.daysSimulated()));
        assertEquals(m.daysSimulated() * 6, m.agentSteps());
        if (Benchmark.cpuTimeSupported()) {
            // the runs' CPU time cannot exceed the wall time of one thread
            assertTrue(m.cpuNanos() > 0 && m.cpuNanos() <= m.nanos(), m.cpuNanos() + " ns of CPU, " + m.nanos() + " of wall");
        }
        if (Benchmark.allocationSupported()) {
            // a run allocates at least its world's beliefs (4 x 36 doubles) and at most far less than a megabyte
            assertTrue(m.bytesPerRun() > 4 * 36 * 8 && m.bytesPerRun() < 1 << 20, m.bytesPerRun() + " bytes per run");
        }
    }

    @Test
    void replayCommandQuotesWhatAShellWouldSplit() {
        Map<String, Double> o = new LinkedHashMap<>();
        o.put("washington.restraint", 0.9);
        o.put("tehran.leaderRefusesTalks", 0.0);
        assertEquals(Launcher.command() + " replay --scenario baseline --seed -3 --set washington.restraint=0.9"
                + " --set tehran.leaderRefusesTalks=false", ReplayCommand.command(StandoffModel.builtIn(), "baseline", -3, o));
        assertEquals(Launcher.command() + " replay --scenario 'my scenarios/it'\\''s.yaml' --seed 1",
                ReplayCommand.command(StandoffModel.builtIn(), "my scenarios/it's.yaml", 1, Map.of()));
    }

    @Test
    void debugIsAGlobalOptionThatAddsTheStackTrace() {
        Cli.Result plain = Cli.run("replay", "--scenario", "no-such-scenario", "--seed", "1");
        assertEquals(OfframpCommand.BAD_INPUT, plain.code(), plain::toString);
        assertEquals(1, plain.err().lines().count(), plain.err());
        for (String[] args : new String[][] {{"--debug", "replay", "--scenario", "no-such-scenario", "--seed", "1"},
            {"replay", "--scenario", "no-such-scenario", "--seed", "1", "--debug"}}) {
            Cli.Result debug = Cli.run(args);
            assertEquals(OfframpCommand.BAD_INPUT, debug.code(), debug::toString);
            assertTrue(debug.err().startsWith(plain.err().lines().findFirst().orElseThrow()), debug.err());
            assertTrue(debug.err().contains("\tat org.offramp.scenario."), debug.err());
        }
    }

    @Test
    void anUnexpectedErrorIsOneLineThatAsksForDebugAndDebugGivesTheTrace() {
        ErrorHandler h = new ErrorHandler();
        var cl = OfframpCommand.newCommandLine();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        assertEquals(1, h.handleExecutionException(new IllegalStateException("bug"), cl, null));
        assertEquals("offramp: internal error: java.lang.IllegalStateException: bug; this is a bug: run the command"
                + " again with --debug for the stack trace, and report both", err.toString().strip());
        var debug = OfframpCommand.newCommandLine();
        java.io.StringWriter err2 = new java.io.StringWriter();
        debug.setErr(new java.io.PrintWriter(err2));
        debug.parseArgs("--debug", "scenarios");
        assertEquals(1, h.handleExecutionException(new IllegalStateException("bug"), debug, null));
        assertTrue(err2.toString().contains("\tat org.offramp.cli.OtherCommandsTest"), err2.toString());
        // An I/O error is one line in words, without the exception's class name.
        java.io.StringWriter err3 = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err3));
        assertEquals(1, h.handleExecutionException(new UncheckedIOException(new java.nio.file.FileSystemException(
                "/x/y", null, "No space left on device")), cl, null));
        assertEquals("offramp: error: No space left on device: /x/y", err3.toString().strip());
    }

    @Test
    void theLauncherIsTheScriptAsInvokedElseTheJarElseTheClassPath() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        assertEquals("bin/x --flag", Launcher.detect(" bin/x --flag ", "./offramp", null, here, "cp"));
        assertEquals("./offramp", Launcher.detect(null, "./offramp", null, here, "cp"));
        assertEquals("'/opt/my tools/offramp'", Launcher.detect("", "/opt/my tools/offramp", null, here, "cp"));
        Path jar = Files.createTempFile("offramp-cli", ".jar");
        try {
            assertEquals("java -jar " + jar, Launcher.detect(null, null, jar, here, "cp"));
            assertEquals("java -jar " + jar.getFileName(), Launcher.detect(null, null, jar, jar.getParent(), "cp"));
        } finally {
            Files.delete(jar);
        }
        assertEquals("java -cp 'a.jar:b dir' org.offramp.cli.OfframpCommand",
                Launcher.detect(null, null, Path.of("target/classes"), here, "a.jar:b dir"));
    }

    @Test
    void exceptionsMapToTheDocumentedExitCodes() {
        ErrorHandler h = new ErrorHandler();
        var cl = OfframpCommand.newCommandLine();
        cl.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(2, h.handleExecutionException(new ScenarioException("f", 1, "p", "v", "a", "d"), cl, null));
        assertEquals(2, h.handleExecutionException(new BadInputException("x"), cl, null));
        assertEquals(130, h.handleExecutionException(new ExperimentCancelledException(3, Path.of("r"), null), cl,
                null));
        assertEquals(1, h.handleExecutionException(new UncheckedIOException(new IOException("disk full")), cl, null));
        assertEquals(1, h.handleExecutionException(new IllegalStateException("bug"), cl, null));
    }
}
