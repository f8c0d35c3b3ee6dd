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
 * exactly the bytes recorded here. The hashes were taken with version 0.1.0 of the tool and
 * changed in 0.2.0 by the faster random-number scheme (normals by the ziggurat method); a
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
        // Changed from 0ce91b3b... in 0.2.0: normal draws by the ziggurat method instead of the polar method.
        assertEquals("78cc45490953450e61669a22ce3cd87f8f4784199faeba8a63a4f2f25f1d64fa", sha256(out.resolve("runs.csv")));
    }

    static Stream<Arguments> policyFiles() {
        return Stream.of(
                Arguments.of("election", "sweep.csv", "409b9ccb69b36e0f8d486c865ce92bd4edfac9ce1f1de30b6a1862bea6e1d579"),
                Arguments.of("maximum-pressure", "comparison.csv", "7ca48294bb9a04e88817faf7afb771033f272e8d4259e3cb97a64a992e5429af"),
                Arguments.of("misperception", "sweep.csv", "6c0936bda3e62d39f46fddb96f682731563ea108e594a72ae6a1dc46bafd23c9"),
                Arguments.of("offramps", "comparison.csv", "c8e385afde493dc38e00d65770c74cd46d4eac7e67f44aee03bc25d10d2f7b9b"),
                Arguments.of("punch-in-the-nose", "sweep.csv", "eaf48a7c1a7541668611fe59bc34fde4996b09a7b29e82beb36b0786b65e7188"),
                // Changed from 17818f6f...: the first-order estimator centres the outputs and the bootstrap bounds
                // are clipped to [0, 1]; the model's runs, the total-order indices and the variance are unchanged.
                Arguments.of("sensitivity", "sensitivity.csv", "4082e257ec722d95e922d6baae660d294c46daf45e1518222a7994752deb830a"),
                Arguments.of("succession", "comparison.csv", "65b2116aff72c9f11ee7eb65dfaefcce93bea4859f897faba15bcb4c289fdc59"));
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
