package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offramp.design.KilledDesignMain;

/**
 * The policy designs on the one block executor: {@code --shard K/N} plus {@code merge}, and a
 * process killed with SIGKILL then {@code --resume}d, write the same tables, byte for byte, as one
 * uninterrupted run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyShardResumeTest {
    @TempDir
    Path tmp;

    /** Runs per variant or point: three blocks of each design (100, 100 and 62 indices per block). */
    private static int runs(String kind) {
        return "sensitivity".equals(kind) ? 130 : 250;
    }

    /** The design's tables. */
    private static List<String> tables(String kind) {
        String stem = "compare".equals(kind) ? "comparison" : kind;
        return List.of(stem + ".csv", stem + ".md");
    }

    private Path whole(String kind, Path file) {
        Path out = tmp.resolve(kind + "-whole");
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        assertEquals(0, r.code(), r::toString);
        return out;
    }

    private static void assertSameTables(String kind, Path expected, Path actual) throws IOException {
        for (String t : tables(kind)) {
            assertEquals(Files.readString(expected.resolve(t)), Files.readString(actual.resolve(t)), t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "sweep", "sensitivity"})
    void shardsMergedGiveTheTablesOfOneRun(String kind) throws IOException {
        Path file = Folders.policyFile(tmp.resolve(kind + "-file"), kind, runs(kind));
        Path whole = whole(kind, file);
        Path[] shards = new Path[3];
        for (int k = 0; k < 3; k++) {
            shards[k] = tmp.resolve(kind + "-shard-" + k);
            Cli.Result r = Cli.run("run", file.toString(), "--shard", k + "/3", "--out", shards[k].toString(),
                    "--threads", "1", "--quiet");
            assertEquals(0, r.code(), r::toString);
            for (String t : tables(kind)) {
                assertFalse(Files.exists(shards[k].resolve(t)), "a shard writes no table");
            }
        }
        Path merged = tmp.resolve(kind + "-merged");
        // Any order of the folders.
        Cli.Result m = Cli.run("merge", shards[2].toString(), shards[0].toString(), shards[1].toString(), "--out",
                merged.toString());
        assertEquals(0, m.code(), m::toString);
        assertSameTables(kind, whole, merged);

        // A missing shard is refused, naming it, and nothing is written.
        Path partial = tmp.resolve(kind + "-partial");
        Cli.Result missing = Cli.run("merge", shards[0].toString(), shards[2].toString(), "--out", partial.toString());
        assertEquals(OfframpCommand.BAD_INPUT, missing.code(), missing::toString);
        assertTrue(missing.err().contains("1/3"), missing.err());
        assertFalse(Files.exists(partial.resolve(tables(kind).get(0))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "sweep", "sensitivity"})
    void aKilledRunResumesToTheTablesOfOneRun(String kind) throws Exception {
        Path file = Folders.policyFile(tmp.resolve(kind + "-kfile"), kind, runs(kind));
        Path whole = whole(kind, file);
        Path dir = tmp.resolve(kind + "-killed");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                KilledDesignMain.class.getName(), file.toString(), dir.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // The first block is committed and checkpointed; the next cannot commit for two seconds: kill now.
            while ((line = out.readLine()) != null && !(line.startsWith("committed ") && !line.equals("committed 0"))) {
                // keep reading
            }
            assertNotNull(line, "the process ended before committing a block");
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(dir.resolve(tables(kind).get(0))), "the experiment must not have finished");
        JsonNode cp = new ObjectMapper().readTree(dir.resolve("design-checkpoint.json").toFile());
        assertEquals(1, cp.get("nextBlock").asLong(), cp::toString);

        Cli.Result r = Cli.run("run", file.toString(), "--out", dir.toString(), "--resume", "--threads", "2",
                "--quiet");
        assertEquals(0, r.code(), r::toString);
        assertSameTables(kind, whole, dir);

        // A complete checkpoint resumes to the same tables again, running nothing.
        Cli.Result again = Cli.run("run", file.toString(), "--out", dir.toString(), "--resume", "--quiet");
        assertEquals(0, again.code(), again::toString);
        assertSameTables(kind, whole, dir);
    }
}
