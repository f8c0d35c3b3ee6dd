package org.offramp.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written through {@link AtomicFiles} get the permissions the process's umask gives any new
 * file, not the owner-only {@code rw-------} of {@code Files.createTempFile}. The umask is not
 * readable from Java, so a reference file created the plain way tells what it gives.
 */
class AtomicFilesPermissionsTest {
    @TempDir
    Path dir;

    /** The permissions of a file created the plain way in {@code folder}: what the umask gives. */
    static Set<PosixFilePermission> umaskPermissions(Path folder) throws IOException {
        Path reference = folder.resolve("reference-" + System.nanoTime());
        try (OutputStream out = Files.newOutputStream(reference)) {
            out.write('x');
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(reference);
        Files.delete(reference);
        return p;
    }

    @Test
    void writtenFilesHonourTheUmaskLikeAPlainFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Set<PosixFilePermission> expected = umaskPermissions(dir);
        Path a = AtomicFiles.writeString(dir.resolve("a.txt"), "a");
        Path b = AtomicFiles.write(dir.resolve("b.bin"), new byte[] {1, 2});
        Path c = AtomicFiles.writeText(dir.resolve("c.csv"), w -> w.write("x,y\n"));
        for (Path p : List.of(a, b, c)) {
            assertEquals(PosixFilePermissions.toString(expected),
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
        }
        // Replacing a file keeps to the umask too (the temporary file is what ends up in place).
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.writeString(a, "again");
        assertEquals(PosixFilePermissions.toString(expected),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
    }

    @Test
    void theUmaskOfTheTestProcessLetsOthersRead() throws IOException {
        // Guards the test above: under a umask of 077 a plain file is rw------- as well, and the test
        // could not tell the two ways of creating a file apart.
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        assumeTrue(umaskPermissions(dir).contains(PosixFilePermission.OTHERS_READ), "a umask that lets others read");
        assertNotEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(AtomicFiles.writeString(dir.resolve("x"), "x")));
    }

    @Test
    void temporaryNamesAreUniqueHiddenAndNameTheTarget() throws IOException {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String n = AtomicFiles.temporaryName("chart.png");
            assertEquals(true, n.startsWith(".chart.png.") && n.endsWith(AtomicFiles.TEMP_SUFFIX), n);
            assertEquals(true, names.add(n), n);
        }
        // A name taken by a leftover of an earlier process is skipped, not overwritten.
        String next = AtomicFiles.temporaryName("t.txt");
        long n = Long.parseLong(next.substring(next.lastIndexOf('-') + 1, next.length() - 4));
        String pid = next.substring(".t.txt.".length(), next.lastIndexOf('-'));
        for (long k = n + 1; k <= n + 3; k++) {
            Files.writeString(dir.resolve(".t.txt." + pid + "-" + k + ".tmp"), "leftover " + k);
        }
        AtomicFiles.writeString(dir.resolve("t.txt"), "new");
        assertEquals("new", Files.readString(dir.resolve("t.txt")));
        for (long k = n + 1; k <= n + 3; k++) {
            assertEquals("leftover " + k, Files.readString(dir.resolve(".t.txt." + pid + "-" + k + ".tmp")));
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(4, s.count());
        }
    }
}
