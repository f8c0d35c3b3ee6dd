package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input exits with 2, says what is wrong and what is allowed, and writes nothing. */
class BadInputTest {
    @TempDir
    Path tmp;

    private Cli.Result runInto(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", RunCommandTest.BASELINE.toString(), "--out", out.toString(),
                "--quiet"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private void assertBadInput(Cli.Result r, String... inMessage) {
        assertEquals(OfframpCommand.BAD_INPUT, r.code(), r::toString);
        for (String s : inMessage) {
            assertTrue(r.err().contains(s), () -> "'" + s + "' not in the message:\n" + r.err());
        }
        assertEquals("", r.out(), "bad input printed results");
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> files = s.filter(p -> !p.getFileName().toString().endsWith(".yaml")).toList();
            assertEquals(List.of(), files, "bad input wrote files");
        }
    }

    @Test
    void flagValuesOutOfRange() throws IOException {
        Path out = tmp.resolve("out");
        assertBadInput(runInto(out, "--runs", "0"), "--runs", "but was 0");
        assertBadInput(runInto(out, "--threads", "-1"), "--threads", "[0, 1024]", "-1");
        assertBadInput(runInto(out, "--threads", "5000"), "--threads", "5000");
        assertBadInput(runInto(out, "--precision", "0.7"), "--precision", "(0, 0.5)", "0.7");
        assertBadInput(runInto(out, "--runs", "many"), "--runs", "many");
        assertBadInput(runInto(out, "--seed", "1.5"), "--seed", "1.5");
        assertBadInput(runInto(out, "--frobnicate"), "--frobnicate");
        assertNothingWritten();
    }

    @Test
    void flagsThatExcludeEachOther() throws IOException {
        Path out = tmp.resolve("out");
        assertBadInput(runInto(out, "--runs", "10", "--precision", "0.01"), "--runs", "--precision");
        assertBadInput(runInto(out, "--resume", "--overwrite"), "--resume", "--overwrite");
        assertNothingWritten();
    }

    @Test
    void badOverride() throws IOException {
        Path out = tmp.resolve("out");
        assertBadInput(runInto(out, "--set", "washington.restrant=0.5"), "--set", "washington.restrant",
                "washington.restraint");
        assertBadInput(runInto(out, "--set", "washington.restraint=1.5"), "washington.restraint", "1.5", "[0, 1]");
        assertBadInput(runInto(out, "--set", "tehran.leaderRefusesTalks=yes"), "true or false");
        assertBadInput(runInto(out, "--set", "nonsense"), "PATH=VALUE");
        assertNothingWritten();
    }

    @Test
    void badExperimentFile() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "experiment: bad\nscenario: baseline\nruns: 100\nseed: 1\nthreds: 2\n");
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", bad.toString(), "--out", out.toString());
        assertBadInput(r, "bad.yaml:5", "threds", "allowed");

        Path range = tmp.resolve("range.yaml");
        Files.writeString(range, "experiment: r\nscenario: baseline\nruns: 100\nseed: 1\n"
                + "overrides:\n  perception.noiseScale: 50\n");
        assertBadInput(Cli.run("run", range.toString(), "--out", out.toString()), "range.yaml:6",
                "perception.noiseScale", "50");

        assertBadInput(Cli.run("run", tmp.resolve("missing.yaml").toString(), "--out", out.toString()),
                "missing.yaml");
        assertBadInput(Cli.run("run"), "EXPERIMENT");
        assertNothingWritten();
    }

    @Test
    void existingResultsNeedOverwriteOrResume() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertBadInput(runInto(out, "--runs", "10"), out.toString(), "notes.txt", "--overwrite", "--resume");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("notes.txt"), s.map(p -> p.getFileName().toString()).toList(),
                    "the refused folder was changed");
        }
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        assertBadInput(runInto(file, "--runs", "10"), "is a file");
    }

    @Test
    void badReplayAndParamsInput() {
        assertBadInput(Cli.run("replay", "--scenario", "nowhere", "--seed", "1"), "nowhere", "baseline");
        assertBadInput(Cli.run("replay", "--scenario", "baseline"), "--seed");
        assertBadInput(Cli.run("replay", "--scenario", "baseline", "--seed", "1", "--set", "x.y=1"), "x.y");
        assertBadInput(Cli.run("params", "nowhere"), "nowhere");
        assertBadInput(Cli.run("bench", "--runs", "5"), "--runs", "[100, 1000000]");
        assertBadInput(Cli.run("frobnicate"), "frobnicate");
        Cli.Result none = Cli.run();
        assertEquals(OfframpCommand.BAD_INPUT, none.code(), none::toString);
        assertFalse(none.err().isEmpty());
    }
}
