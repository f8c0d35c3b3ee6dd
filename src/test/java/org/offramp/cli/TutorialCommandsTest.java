package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.engine.Engines;
import org.offramp.testkit.TutorialDoc;

/**
 * Every {@code ./offramp} command of the tutorial {@code docs/your-own-model.md} works as printed:
 * run in order in a fresh folder holding a copy of {@code experiments/brinkmanship/}, each exits with
 * 0 and prints the output the tutorial shows ({@code …} standing for wall times and thread counts).
 * The tutorial's claims about the results hold: the merged shards and the Spark run wrote the
 * experiment's {@code runs.csv} byte for byte.
 */
class TutorialCommandsTest {
    /** The commands that write a results folder: the tutorial gives each its --out, inside the folder. */
    private static final Set<String> WRITING = Set.of("run", "compare", "sweep", "sensitivity", "merge", "rerun");

    /** Whether this build holds the Spark engine (the spark profile's build and test class path do). */
    private static final boolean SPARK_BUILT = Engines.find("spark").isPresent();

    @TempDir
    Path tmp;

    @Test
    void everyCommandWorksAsPrinted() throws IOException {
        Path copy = tmp.resolve("experiments/brinkmanship");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of("experiments/brinkmanship"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        List<TutorialDoc.Command> commands = new ArrayList<>(TutorialDoc.commands());
        commands.addAll(TutorialDoc.inlineCommands());
        Set<String> shown = new TreeSet<>();
        for (TutorialDoc.Command c : commands) {
            String where = TutorialDoc.PATH + ":" + c.line() + ": " + c.command();
            assertTrue(c.command().startsWith("./offramp "), where + ": only ./offramp commands are shown with a prompt");
            String[] args = Cli.printedArgs(c.command());
            shown.add(args[0] + (c.command().contains(" --shard ") ? " --shard" : "")
                    + (c.command().contains(" --engine spark") ? " --engine spark" : ""));
            if (WRITING.contains(args[0])) {
                assertTrue(List.of(args).contains("--out"), where + ": give --out, so the command writes where the"
                        + " reader (and this test) expects");
            }
            Cli.Result r = Cli.run(inFolder(args));
            if (c.command().contains(" --engine spark") && !SPARK_BUILT) {
                // This build leaves the Spark engine out (it is built with -Pspark, which CI runs): the
                // command must then be refused before anything is written, saying how to get the engine.
                assertEquals(OfframpCommand.BAD_INPUT, r.code(), where + "\n" + r);
                assertTrue(r.err().contains("--engine spark needs the Spark engine") && r.err().contains("-Pspark"),
                        where + "\n" + r);
                continue;
            }
            assertEquals(0, r.code(), where + "\n" + r);
            if (c.expected() != null) {
                String out = withoutTheTestModel(r.out().replace(tmp + "/", ""));
                assertTrue(TutorialDoc.matches(c.expected(), out), where + ": the tutorial shows\n" + c.expected()
                        + "\n--- but the command printed\n" + out);
            }
        }
        assertTrue(shown.containsAll(Set.of("models", "scenarios", "params", "run", "replay", "run --shard", "merge",
                "run --engine spark", "compare", "sweep", "sensitivity")), "the tutorial shows every command: " + shown);
        byte[] runs = Files.readAllBytes(tmp.resolve("results/strait/runs.csv"));
        assertArrayEquals(runs, Files.readAllBytes(tmp.resolve("results/strait-shards/merged/runs.csv")),
                "the tutorial says the merged shards' runs.csv is the experiment's, byte for byte");
        if (SPARK_BUILT) {
            assertArrayEquals(runs, Files.readAllBytes(tmp.resolve("results/strait-spark/runs.csv")),
                    "the tutorial says Spark writes the experiment's runs.csv");
        } else {
            assertFalse(Files.exists(tmp.resolve("results/strait-spark")), "a refused Spark run writes nothing");
        }
    }

    /**
     * The output without the lines of the test-only model that the tests' class path registers
     * ({@code offramp models} lists it there, never for a reader).
     */
    private static String withoutTheTestModel(String out) {
        StringBuilder sb = new StringBuilder();
        boolean tiny = false;
        for (String l : out.split("\n", -1)) {
            tiny = l.startsWith("tiny ") || (tiny && l.startsWith(" "));
            if (!tiny) {
                sb.append(l).append('\n');
            }
        }
        return sb.substring(0, sb.length() - 1);
    }

    /** The arguments with the tutorial's relative paths in the test's folder, and its globs expanded. */
    private String[] inFolder(String[] args) throws IOException {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            if (!a.startsWith("experiments/") && !a.startsWith("results/")) {
                out.add(a);
            } else if (!a.contains("*")) {
                out.add(tmp.resolve(a).toString());
            } else {
                Path dir = tmp.resolve(a.substring(0, a.lastIndexOf('/')));
                PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + a.substring(a.lastIndexOf('/') + 1));
                try (Stream<Path> entries = Files.list(dir)) {
                    entries.filter(p -> glob.matches(p.getFileName())).sorted().forEach(p -> out.add(p.toString()));
                }
            }
        }
        return out.toArray(String[]::new);
    }
}
