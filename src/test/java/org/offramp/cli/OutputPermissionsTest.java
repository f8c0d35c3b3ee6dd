package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file the command line writes (runs.csv and summary.json, charts, stories, a shard's files,
 * a merge's files, a policy experiment's tables and charts) gets the permissions the umask gives a
 * new file, so a colleague who may read the folder may read the results, and a merge run by another
 * user can read the shards. The umask is not readable from Java: a reference file created the plain
 * way in the same folder tells what it gives.
 */
class OutputPermissionsTest {
    @TempDir
    Path tmp;

    private static Set<PosixFilePermission> umaskPermissions(Path folder) throws IOException {
        Path reference = folder.resolve("reference");
        try (OutputStream out = Files.newOutputStream(reference)) {
            out.write('x');
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(reference);
        Files.delete(reference);
        return p;
    }

    /** Each regular file under {@code dir} with its permissions, e.g. {@code charts/outcomes.png -> rw-r--r--}. */
    private static TreeMap<String, String> permissions(Path dir) throws IOException {
        TreeMap<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(p).toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        }
        return all;
    }

    @Test
    void everyOutputFileHonoursTheUmask() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        String expected = PosixFilePermissions.toString(umaskPermissions(tmp));
        Path experiment = Folders.shortExperiment(tmp, "perm", 1_200);
        Path run = tmp.resolve("run");
        Path s0 = tmp.resolve("shard-0");
        Path s1 = tmp.resolve("shard-1");
        Path merged = tmp.resolve("merged");
        Path compare = tmp.resolve("compare");
        assertEquals(0, Cli.run("run", experiment.toString(), "--out", run.toString(), "--quiet").code());
        assertEquals(0, Cli.run("run", experiment.toString(), "--shard", "0/2", "--out", s0.toString()).code());
        assertEquals(0, Cli.run("run", experiment.toString(), "--shard", "1/2", "--out", s1.toString()).code());
        assertEquals(0, Cli.run("merge", s0.toString(), s1.toString(), "--out", merged.toString()).code());
        Path policy = Files.writeString(tmp.resolve("perm-compare.yaml"), String.join("\n",
                "experiment: perm-compare",
                "kind: compare",
                "scenario: baseline",
                "overrides:",
                "  run.horizonDays: 60",
                "seed: 1",
                "runs: 10",
                "measures: [WAR, STALEMATE]",
                "variants:",
                "  - name: base",
                "  - name: hawk",
                "    overrides:",
                "      washington.restraint: 0.3",
                ""));
        assertEquals(0, Cli.run("run", policy.toString(), "--out", compare.toString(), "--quiet").code());

        List<String> wrong = new ArrayList<>();
        int files = 0;
        for (Path dir : List.of(run, s0, s1, merged, compare)) {
            for (var e : permissions(dir).entrySet()) {
                files++;
                if (!e.getValue().equals(expected)) {
                    wrong.add(tmp.relativize(dir.resolve(e.getKey())) + " is " + e.getValue());
                }
            }
        }
        assertEquals(List.of(), wrong, "expected " + expected + " (the umask's) for every file");
        // The folders hold what was meant to be checked: charts, stories, shard files, merged files, tables.
        assertTrue(permissions(run).keySet().containsAll(List.of("runs.csv", "summary.json", "checkpoint.json",
                "charts/outcomes.png", "charts/outcomes.svg")), permissions(run).toString());
        assertTrue(permissions(run).keySet().stream().anyMatch(n -> n.startsWith("stories/")));
        assertTrue(permissions(s0).keySet().containsAll(List.of("runs.csv", "partial.json", "outputs.json")));
        assertTrue(permissions(merged).keySet().containsAll(List.of("runs.csv", "summary.json", "charts/outcomes.png")));
        assertTrue(permissions(compare).keySet().containsAll(List.of("comparison.csv", "comparison.md", "shares.png")));
        assertTrue(files > 30, files + " files");
    }
}
