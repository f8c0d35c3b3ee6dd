package org.offramp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.offramp.experiment.FolderLock;

/**
 * The results folder of {@code offramp discover} and {@code offramp calibrate}, with the rules of the
 * other commands: a folder that holds files is refused without {@code --overwrite} (checked before
 * anything runs, and again once the folder is locked), the folder's {@link FolderLock} is held while
 * the command runs and writes, files are written atomically by the writers, and with
 * {@code --overwrite} the command's own files that this run did not write again (a chart of a factor
 * no longer restricted, say) are removed afterwards, other files never. A folder the command created
 * is removed again when it fails before writing anything.
 *
 * <p>Not thread-safe; one instance per command invocation.
 */
final class ExploreFolder implements AutoCloseable {
    /** A temporary file of an interrupted atomic write: {@code .TARGET.SOMETHING.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.[^.]+\\.tmp");

    private final Path dir;
    private final Pattern own;
    private final boolean created;
    private final FolderLock lock;
    private boolean written;

    private ExploreFolder(Path dir, Pattern own, boolean created, FolderLock lock) {
        this.dir = dir;
        this.own = own;
        this.created = created;
        this.lock = lock;
    }

    /**
     * Refuses a folder the command may not write into; writes nothing.
     *
     * @param dir       the folder
     * @param overwrite whether {@code --overwrite} was given
     * @throws BadInputException for a file in its place, or a folder holding files without overwrite
     */
    static void check(Path dir, boolean overwrite) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + " is a file; allowed: a new or empty folder, or a results"
                    + " folder with --overwrite");
        }
        if (Files.isDirectory(dir) && !overwrite) {
            List<String> present;
            try (Stream<Path> s = Files.list(dir)) {
                present = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FolderLock.FILE)).sorted()
                        .limit(6).toList();
            }
            if (!present.isEmpty()) {
                throw new BadInputException("results folder " + dir + " already holds files (" + String.join(", ",
                        present) + "); allowed: a new or empty folder (--out DIR), or --overwrite to replace the"
                        + " results in it");
            }
        }
    }

    /**
     * Locks the folder (creating it if needed) and checks it again, now that no one else can change it.
     *
     * @param dir       the folder
     * @param overwrite whether {@code --overwrite} was given
     * @param own       the names of the command's own files
     * @return the held folder; close it to release the lock
     */
    static ExploreFolder open(Path dir, boolean overwrite, Pattern own) throws IOException {
        boolean created = !Files.exists(dir);
        FolderLock lock = FolderLock.acquire(dir);
        try {
            check(dir, overwrite);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return new ExploreFolder(dir, own, created, lock);
    }

    /** The folder. */
    Path dir() {
        return dir;
    }

    /**
     * Records that the command wrote its files, and removes, with overwrite, the command's own files it
     * did not write this time and temporary files of its files.
     *
     * @param files     the files written
     * @param overwrite whether {@code --overwrite} was given
     */
    void written(List<Path> files, boolean overwrite) throws IOException {
        written = true;
        if (!overwrite) {
            return;
        }
        Set<String> keep = new LinkedHashSet<>();
        files.forEach(p -> keep.add(p.getFileName().toString()));
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                Matcher temp = TEMPORARY.matcher(name);
                return own.matcher(name).matches() && !keep.contains(name)
                        || temp.matches() && own.matcher(temp.group(1)).matches();
            }).forEach(stale::add);
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
    }

    /** Releases the lock; removes the folder if this command created it and wrote nothing into it. */
    @Override
    public void close() {
        lock.close();
        if (created && !written) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isEmpty()) {
                    Files.deleteIfExists(dir);
                }
            } catch (IOException ignored) {
                // An empty folder left behind is harmless.
            }
        }
    }
}
