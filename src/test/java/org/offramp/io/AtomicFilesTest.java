package org.offramp.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void writeStringCreatesTheFileWithUtf8ContentAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("summary.txt");
        Path returned = AtomicFiles.writeString(target, "WAR \u2013 12%\n");
        assertSame(target, returned);
        assertEquals("WAR \u2013 12%\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), listing());
    }

    @Test
    void writeReplacesExistingContent() throws IOException {
        Path target = dir.resolve("data.bin");
        AtomicFiles.write(target, new byte[] {1, 2, 3, 4, 5});
        AtomicFiles.write(target, new byte[] {9});
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void streamCallbackContentIsWritten() throws IOException {
        Path target = dir.resolve("stream.bin");
        AtomicFiles.write(target, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write(i & 0xFF);
            }
        });
        byte[] bytes = Files.readAllBytes(target);
        assertEquals(100_000, bytes.length);
        assertEquals((byte) (99_999 & 0xFF), bytes[99_999]);
    }

    @Test
    void textCallbackIsFlushedAndEncoded() throws IOException {
        Path target = dir.resolve("runs.csv");
        AtomicFiles.writeText(target, w -> w.write("seed,outcome\n42,DEAL\n"));
        assertEquals("seed,outcome\n42,DEAL\n", Files.readString(target));
        AtomicFiles.writeText(target, StandardCharsets.ISO_8859_1, w -> w.write("caf\u00e9"));
        assertArrayEquals(new byte[] {'c', 'a', 'f', (byte) 0xE9}, Files.readAllBytes(target));
    }

    @Test
    void failingCallbackKeepsTheOldContentAndRemovesTheTempFile() throws IOException {
        Path target = dir.resolve("table.txt");
        AtomicFiles.writeString(target, "old content");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new cont".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full (simulated)");
        }));
        assertEquals("disk full (simulated)", thrown.getMessage());
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void runtimeFailureInCallbackAlsoKeepsTheOldContent() throws IOException {
        Path target = dir.resolve("table.txt");
        AtomicFiles.writeString(target, "old content");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.writeText(target, w -> {
            w.write("partial");
            throw new UncheckedIOException(new IOException("boom"));
        }));
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void failureOnANewTargetLeavesNothing() throws IOException {
        Path target = dir.resolve("new.txt");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("fail");
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), listing());
    }

    @Test
    void missingFolderIsAnIoErrorNotAHalfFile() {
        Path target = dir.resolve("no-such-folder").resolve("x.txt");
        assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));
        assertFalse(Files.exists(target));
    }

    @Test
    void aFolderAsTargetIsRefusedAndKept() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(folder, "x"));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(folder), listing());
    }

    @Test
    void relativeTargetIsWrittenRelativeToTheWorkingFolder() throws IOException {
        // A bare file name has no parent; the write must still go next to it, not fail.
        Path target = dir.resolve("rel.txt");
        Path relative = Path.of("").toAbsolutePath().relativize(target);
        AtomicFiles.writeString(relative, "ok");
        assertEquals("ok", Files.readString(target));
    }
}
