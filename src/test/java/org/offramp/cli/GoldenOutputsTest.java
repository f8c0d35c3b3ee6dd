package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's behaviour, pinned: every shipped experiment file, run with a fixed seed, writes
 * exactly the bytes recorded here. The hashes were taken with version 0.1.0 of the tool; a
 * refactoring must leave them unchanged, and a deliberate change of results must update them in
 * the same commit that says why.
 */
class GoldenOutputsTest {
    @TempDir
    Path tmp;

    /** The main job's runs.csv for 2,000 runs: the reference of behaviour-preserving changes. */
    @Test
    void baselineRunsCsvIsUnchanged() throws IOException {
        Path out = tmp.resolve("baseline");
        Cli.Result r = Cli.run("run", "experiments/baseline.yaml", "--runs", "2000", "--seed", "20190517",
                "--out", out.toString(), "--no-charts", "--quiet");
        assertEquals(0, r.code(), r::toString);
        assertEquals("0ce91b3b395ec95a55fdaa25ced281b69bdbc84a7ccbfa7edd16de6924496f57", sha256(out.resolve("runs.csv")));
    }

    static Stream<Arguments> policyFiles() {
        return Stream.of(
                Arguments.of("election", "sweep.csv", "845d553af1f251c2602a0015567a1188f828fa5e6b6f4487f8542b32d44a6b5b"),
                Arguments.of("maximum-pressure", "comparison.csv", "6514336d2c97ae9884f161c1e7acc6ff3057aa575d1ad9973e829fd013ac0273"),
                Arguments.of("misperception", "sweep.csv", "52bda6fb0372476020bd8ae02e9855fd5bdb87d67b1f16bbb51d9045df506f4d"),
                Arguments.of("offramps", "comparison.csv", "062644688306f1b8743477da109d0f1045236c24d4a99c344425f7cab76a86e2"),
                Arguments.of("punch-in-the-nose", "sweep.csv", "004e29d169acbb8b48dbf74120abab2647d6032093e2170fdeaf30c72017a80d"),
                // Changed from 17818f6f...: the first-order estimator centres the outputs and the bootstrap bounds
                // are clipped to [0, 1]; the model's runs, the total-order indices and the variance are unchanged.
                Arguments.of("sensitivity", "sensitivity.csv", "e22250cfd2c422e04fe0d74bd341669564bcb995f88ecdbde0e7baa5dc2c2599"),
                Arguments.of("succession", "comparison.csv", "b29c545070b98cc56021e0f576f146b512fb4f78c35e5824145daabfe614b9fb"));
    }

    /** Each policy experiment's table for 10 runs per variant or point (a few seconds each). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("policyFiles")
    void policyTableIsUnchanged(String name, String table, String sha256) throws IOException {
        Path out = tmp.resolve(name);
        Cli.Result r = Cli.run("run", "experiments/" + name + ".yaml", "--runs", "10", "--seed", "20190517",
                "--threads", "2", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r::toString);
        assertEquals(sha256, sha256(out.resolve(table)), () -> name + "/" + table + " changed");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }
}
