package org.offramp.experiment;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The lock that keeps two writers out of one results folder: an experiment ({@link ExperimentRunner}),
 * a shard ({@code org.offramp.engine.Shards}), a merge ({@code org.offramp.engine.Merge}) and the
 * Spark engine take it before they change anything in their folder, and hold it until they are done.
 *
 * <pre>{@code
 * try (FolderLock lock = FolderLock.acquire(dir)) {
 *     // ... write the folder's files ...
 * }
 * }</pre>
 *
 * <p>The lock is an operating-system lock on the file {@value #FILE} in the folder, held by an open
 * channel: it is released when the holder closes it or its process dies, however it dies (a
 * {@code kill -9} included), so a leftover lock file never blocks anyone. It excludes other processes
 * and other holders in the same JVM alike. On a network file system it is as reliable as that file
 * system's locks ({@code fcntl} on NFS v4, Lustre and GPFS).
 *
 * <p>Not reentrant: a second {@link #acquire} of a folder the same JVM holds fails. Thread-safe.
 */
public final class FolderLock implements Closeable {
    /** The lock file's name in the folder. */
    public static final String FILE = ".offramp.lock";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private FolderLock(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the folder if needed (with its parents) and takes its lock without waiting.
     *
     * @param dir the results folder
     * @return the held lock; close it to release it
     * @throws ResultsFolderException if another experiment, shard or merge holds the folder, or the
     *                                folder or its lock file cannot be created
     */
    public static FolderLock acquire(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            for (int attempt = 0; ; attempt++) {
                // The file's identity before it is opened: if it changes before the lock is taken, the
                // channel may hold a file that is no longer the lock file.
                Object before = fileKey(file);
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                boolean kept = false;
                try {
                    FileLock l;
                    try {
                        l = ch.tryLock();
                    } catch (OverlappingFileLockException heldHere) {
                        l = null;
                    }
                    if (l == null) {
                        throw new ResultsFolderException("results folder " + dir + " is in use by another experiment,"
                                + " shard or merge (it holds the lock on " + FILE + "); wait for it to end, or choose"
                                + " another folder");
                    }
                    // A holder removes the lock file before it releases the lock, so the file locked here
                    // may have been removed (or replaced by a newer holder's) in the meantime: a lock on
                    // a file that is no longer the folder's lock file excludes nobody. Try again then.
                    Object after = fileKey(file);
                    boolean same = after != null ? after.equals(before)
                            : !supportsFileKeys(dir) && Files.exists(file);
                    if (same) {
                        kept = true;
                        return new FolderLock(dir, ch, l);
                    }
                    if (attempt >= 20) {
                        throw new ResultsFolderException("results folder " + dir + " is in use: its lock file "
                                + FILE + " keeps being replaced by other processes");
                    }
                } finally {
                    if (!kept) {
                        ch.close();
                    }
                }
            }
        } catch (IOException ex) {
            throw new ResultsFolderException("cannot use results folder " + dir + ": " + ex, ex);
        }
    }

    /** Whether the file system gives files an identity (device and inode); Windows' does not. */
    private static boolean supportsFileKeys(Path dir) {
        return fileKey(dir) != null;
    }

    /** The file's identity (device and inode on POSIX systems), or null if it is gone or has none. */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException gone) {
            return null;
        }
    }

    /** {@return the locked folder} */
    public Path dir() {
        return dir;
    }

    /** Releases the lock and removes the lock file; does nothing the second time. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // Removed while still held, so no one can lock this file after it stopped being the
            // folder's lock file without noticing (see acquire).
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException ignored) {
            // A stale lock file is harmless: the lock is held by the channel, not by the file's presence.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        }
    }
}
