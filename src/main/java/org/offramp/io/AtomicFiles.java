package org.offramp.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that a reader never sees a half-written file: the content goes to a temporary
 * file in the target's own folder, which is then moved onto the target in one step.
 *
 * <pre>{@code
 * AtomicFiles.writeString(dir.resolve("summary.txt"), table);
 * AtomicFiles.write(dir.resolve("chart.png"), out -> ImageIO.write(image, "png", out));
 * AtomicFiles.writeText(dir.resolve("runs.csv"), StandardCharsets.UTF_8, w -> w.write(csv));
 * }</pre>
 *
 * <p>The temporary file lives next to the target (not in the system temp folder) because a move is
 * only atomic within one file system. The move uses {@link StandardCopyOption#ATOMIC_MOVE}; where the
 * file system does not support it, it falls back to a plain {@link StandardCopyOption#REPLACE_EXISTING}
 * move, which on common file systems is still a single rename. If anything fails before the move,
 * the temporary file is deleted and the target keeps its old content (or stays absent). The data is
 * not forced to disk (no fsync): the guarantee is about readers and crashes of this process, not
 * about power loss.
 *
 * <p>Permissions: the temporary file, and so the target, is created with the default permissions
 * of a new file, i.e. those the process's umask allows (typically {@code rw-r--r--}), exactly like
 * a file opened for writing the plain way; a colleague who may read the folder may read the file.
 * The temporary file is named {@code .NAME.PID-N.tmp} (NAME the target's name, N a counter), unique
 * among the writers of this process and of other processes on the host.
 *
 * <p>Thread safety: the methods are stateless and may be called from any thread. Two concurrent
 * writes to the same target each succeed, and the target ends with the content of one of them.
 */
public final class AtomicFiles {

    /** The suffix of temporary files; a leftover one can be deleted safely. */
    public static final String TEMP_SUFFIX = ".tmp";
    /** Numbers the temporary files of this process, so concurrent writers never share one. */
    private static final AtomicLong COUNTER = new AtomicLong();
    /** Tries before giving up on finding a free temporary name (another process may hold one). */
    private static final int NAME_TRIES = 100;

    private AtomicFiles() {
    }

    /**
     * Writes content to an output stream; may throw {@link IOException}.
     */
    @FunctionalInterface
    public interface StreamContent {
        /**
         * Writes the content.
         *
         * @param out the stream to write to; do not close it (closing is harmless, though)
         * @throws IOException if writing fails; the target is then left unchanged
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes text to a writer; may throw {@link IOException}.
     */
    @FunctionalInterface
    public interface TextContent {
        /**
         * Writes the text.
         *
         * @param out the writer to write to; do not close it (closing is harmless, though)
         * @throws IOException if writing fails; the target is then left unchanged
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes a string in UTF-8, atomically replacing the target.
     *
     * @param target the file to write; its parent folder must exist
     * @param text   the content
     * @return the target
     * @throws IOException if the file cannot be written; the target is then left unchanged
     */
    public static Path writeString(Path target, String text) throws IOException {
        Objects.requireNonNull(text, "text");
        return write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes, atomically replacing the target.
     *
     * @param target the file to write; its parent folder must exist
     * @param bytes  the content
     * @return the target
     * @throws IOException if the file cannot be written; the target is then left unchanged
     */
    public static Path write(Path target, byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        return write(target, out -> out.write(bytes));
    }

    /**
     * Writes whatever a callback writes to a stream, atomically replacing the target. If the callback
     * throws (an {@link IOException} or any runtime exception or error), the temporary file is
     * deleted, the target is left unchanged and the exception is rethrown.
     *
     * @param target  the file to write; its parent folder must exist
     * @param content the callback that writes the content (buffered for it)
     * @return the target
     * @throws IOException if the callback or the file system fails
     */
    public static Path write(Path target, StreamContent content) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            throw new IllegalArgumentException("target must name a file inside a folder, but was " + target);
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("target must be a file, but " + target + " is a folder");
        }
        SeekableByteChannel channel = null;
        Path temp = null;
        for (int i = 0; channel == null; i++) {
            // A leading dot hides the file from casual listings; the target's name keeps it traceable.
            temp = folder.resolve(temporaryName(absolute.getFileName().toString()));
            try {
                // No file attributes: the file gets the permissions the umask gives a new file
                // (Files.createTempFile would make it rw------- whatever the umask).
                channel = Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                if (i + 1 >= NAME_TRIES) {
                    throw taken;
                }
            }
        }
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
            } finally {
                channel.close();
            }
            move(temp, absolute);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
        return target;
    }

    /**
     * Writes whatever a callback writes to a UTF-8 writer, atomically replacing the target.
     *
     * @param target  the file to write; its parent folder must exist
     * @param content the callback that writes the text
     * @return the target
     * @throws IOException if the callback or the file system fails; the target is then left unchanged
     * @see #writeText(Path, Charset, TextContent)
     */
    public static Path writeText(Path target, TextContent content) throws IOException {
        return writeText(target, StandardCharsets.UTF_8, content);
    }

    /**
     * Writes whatever a callback writes to a writer in the given charset, atomically replacing the
     * target. Failure handling is that of {@link #write(Path, StreamContent)}.
     *
     * @param target  the file to write; its parent folder must exist
     * @param charset the text encoding
     * @param content the callback that writes the text
     * @return the target
     * @throws IOException if the callback or the file system fails; the target is then left unchanged
     */
    public static Path writeText(Path target, Charset charset, TextContent content) throws IOException {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(content, "content");
        return write(target, out -> {
            // Not closed here: closing would close the stream that write(...) owns and closes itself.
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, charset));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * The name of a temporary file for {@code target}: {@code .TARGET.PID-N.tmp}.
     *
     * @param target the target's file name
     * @return a name no earlier call in this process returned
     */
    static String temporaryName(String target) {
        return "." + target + "." + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + TEMP_SUFFIX;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException ignored) {
            // The original failure matters more than a leftover temporary file, whose name ends in
            // TEMP_SUFFIX so that it can be recognised and removed later.
        }
    }
}
