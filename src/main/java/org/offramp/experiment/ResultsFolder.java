package org.offramp.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.offramp.experiment.aggregate.ExperimentAggregate;

/**
 * The files of one experiment in its results folder, and the rules for reusing a folder.
 *
 * <p>{@code runs.csv.partial} grows block by block while the experiment runs and is renamed to
 * {@code runs.csv} when it is complete; {@code checkpoint.json} records after each block how many
 * bytes of it are committed, so a resume truncates whatever a killed process wrote past that.
 * {@code checkpoint.json} and {@code summary.json} are written to a temporary file and moved into
 * place atomically. A lock file keeps two experiments out of one folder. Used by the committing
 * thread only; not thread-safe.
 */
final class ResultsFolder implements Closeable {
    static final String RUNS_CSV = "runs.csv";
    static final String RUNS_PARTIAL = "runs.csv.partial";
    static final String SUMMARY = "summary.json";
    static final String CHECKPOINT = "checkpoint.json";
    static final String LOCK = ".offramp.lock";
    static final String CHECKPOINT_FORMAT = "offramp-checkpoint/1";
    private static final List<String> OWN_FILES = List.of(RUNS_CSV, RUNS_PARTIAL, SUMMARY, CHECKPOINT,
            RUNS_PARTIAL + ".tmp", SUMMARY + ".tmp", CHECKPOINT + ".tmp");

    /** What a checkpoint records. */
    record Checkpoint(long nextBlock, long csvBytes, long elapsedNanos, boolean complete, boolean targetMet,
            ExperimentAggregate aggregate) {
    }

    private final Path dir;
    private final Experiment experiment;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel csv;
    private Checkpoint start;

    private ResultsFolder(Path dir, Experiment experiment, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.experiment = experiment;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the folder for {@code e}: creates it, or checks that it may be reused, and, on resume,
     * restores the checkpoint and truncates the partial CSV to it.
     */
    static ResultsFolder open(Experiment e, byte[] csvHeader) {
        Path dir = e.outputDirectory().orElseThrow();
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException busy) {
                lock = null;
            }
            if (lock == null) {
                throw new ResultsFolderException("results folder " + dir + " is in use by another experiment");
            }
            ResultsFolder f = new ResultsFolder(dir, e, lockChannel, lock);
            lockChannel = null; // owned by f from here
            try {
                f.prepare(csvHeader);
            } catch (RuntimeException | IOException ex) {
                f.close();
                throw ex;
            }
            return f;
        } catch (IOException ex) {
            throw new ResultsFolderException("cannot use results folder " + dir + ": " + ex, ex);
        } finally {
            if (lockChannel != null) {
                try {
                    lockChannel.close();
                } catch (IOException ignored) {
                    // the original problem is the one to report
                }
            }
        }
    }

    private void prepare(byte[] csvHeader) throws IOException {
        Path cp = dir.resolve(CHECKPOINT);
        if (experiment.overwrite()) {
            for (String name : OWN_FILES) {
                Files.deleteIfExists(dir.resolve(name));
            }
        } else if (experiment.resume() && Files.exists(cp)) {
            start = readCheckpoint(cp);
            if (start.complete()) {
                if (Files.exists(dir.resolve(RUNS_PARTIAL))) {
                    // Stopped between the final checkpoint and the rename: finish the rename.
                    move(dir.resolve(RUNS_PARTIAL), dir.resolve(RUNS_CSV));
                }
                return;
            }
            Path partial = dir.resolve(RUNS_PARTIAL);
            if (!Files.exists(partial)) {
                throw new ResultsFolderException("cannot resume in " + dir + ": the checkpoint exists but "
                        + RUNS_PARTIAL + " is missing");
            }
            csv = FileChannel.open(partial, StandardOpenOption.WRITE);
            long size = csv.size();
            if (size < start.csvBytes()) {
                throw new ResultsFolderException("cannot resume in " + dir + ": " + RUNS_PARTIAL + " has " + size
                        + " bytes, but the checkpoint committed " + start.csvBytes());
            }
            // Whatever lies past the committed length was written by a block that never checkpointed.
            csv.truncate(start.csvBytes());
            csv.position(start.csvBytes());
            return;
        } else {
            List<String> present = new ArrayList<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(LOCK)).sorted().forEach(present::add);
            }
            if (experiment.resume()) {
                List<String> ours = present.stream().filter(OWN_FILES::contains).toList();
                if (!ours.isEmpty()) {
                    throw new ResultsFolderException("cannot resume in " + dir + ": it holds " + ours
                            + " but no " + CHECKPOINT + "; start again with overwrite (--overwrite)", true);
                }
            } else if (!present.isEmpty()) {
                throw new ResultsFolderException("results folder " + dir + " is not empty (it holds " + present
                        + "); resume (--resume) continues an interrupted experiment there, overwrite (--overwrite)"
                        + " replaces it", true);
            }
        }
        csv = FileChannel.open(dir.resolve(RUNS_PARTIAL), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        writeFully(csv, csvHeader);
        csv.force(false);
        start = new Checkpoint(0, csvHeader.length, 0, false, false,
                new ExperimentAggregate(experiment.samplesPerOutcome()));
        checkpoint(start);
    }

    /** The state to start from: fresh, or the checkpoint of an interrupted or complete experiment. */
    Checkpoint start() {
        return start;
    }

    Path dir() {
        return dir;
    }

    /** Appends committed CSV text and returns the file's new length. */
    long appendCsv(byte[] bytes) throws IOException {
        writeFully(csv, bytes);
        return csv.position();
    }

    /** Writes the checkpoint atomically, after forcing the CSV it refers to onto the disk. */
    void checkpoint(Checkpoint c) throws IOException {
        if (csv != null) {
            csv.force(false);
        }
        ObjectNode n = Summaries.MAPPER.createObjectNode();
        n.put("format", CHECKPOINT_FORMAT);
        n.set("experiment", experiment.identity());
        // The parameter values, so that a resume with other values can say which ones differ.
        n.set("scenario", Provenance.scenario(experiment.scenario()));
        n.put("status", c.complete() ? "COMPLETE" : "RUNNING");
        n.put("nextBlock", c.nextBlock());
        n.put("csvBytes", c.csvBytes());
        n.put("elapsedNanos", c.elapsedNanos());
        n.put("targetMet", c.targetMet());
        n.set("aggregate", c.aggregate().toJson());
        writeAtomically(CHECKPOINT, Summaries.MAPPER.writeValueAsBytes(n));
    }

    void writeSummary(String text) throws IOException {
        writeAtomically(SUMMARY, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Closes the partial CSV and renames it to {@code runs.csv}. */
    void finishCsv() throws IOException {
        if (csv != null) {
            csv.force(false);
            csv.close();
            csv = null;
        }
        Path partial = dir.resolve(RUNS_PARTIAL);
        if (Files.exists(partial)) {
            move(partial, dir.resolve(RUNS_CSV));
        }
    }

    private Checkpoint readCheckpoint(Path cp) throws IOException {
        JsonNode n;
        try {
            n = Summaries.MAPPER.readTree(cp.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new ResultsFolderException("cannot resume in " + dir + ": " + CHECKPOINT + " is damaged ("
                    + Provenance.jsonProblem(ex) + "); start again with overwrite (--overwrite)", ex, true);
        }
        if (n == null || !CHECKPOINT_FORMAT.equals(n.path("format").asText())) {
            throw new ResultsFolderException("cannot resume in " + dir + ": " + CHECKPOINT + " format must be "
                    + CHECKPOINT_FORMAT + ", but was " + (n == null || n.isMissingNode() ? "empty" : n.path("format"))
                    + "; start again with overwrite (--overwrite)", true);
        }
        JsonNode was = n.path("experiment");
        ObjectNode now = experiment.identity();
        List<String> diffs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = now.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            // Compared as text: a long written as 42 reads back as an int node.
            if (!String.valueOf(f.getValue()).equals(String.valueOf(was.get(f.getKey())))) {
                List<String> params = f.getKey().equals("scenarioHash")
                        ? Provenance.parameterChanges(n.get("scenario"), experiment.scenario()) : List.of();
                if (params.isEmpty()) {
                    diffs.add(f.getKey() + " was " + was.get(f.getKey()) + ", now " + f.getValue());
                } else {
                    diffs.addAll(params);
                }
            }
        }
        if (diffs.isEmpty() && was.size() != now.size()) {
            diffs.add("the checkpoint's settings are " + was.toString());
        }
        if (!diffs.isEmpty()) {
            throw new ResultsFolderException("cannot resume in " + dir + ": the checkpoint belongs to another experiment ("
                    + String.join("; ", diffs) + "); resume with the settings it was started with, or start again with"
                    + " overwrite (--overwrite)", true);
        }
        try {
            return new Checkpoint(n.path("nextBlock").asLong(), n.path("csvBytes").asLong(),
                    n.path("elapsedNanos").asLong(), "COMPLETE".equals(n.path("status").asText()),
                    n.path("targetMet").asBoolean(), ExperimentAggregate.fromJson(n.path("aggregate")));
        } catch (IllegalArgumentException ex) {
            throw new ResultsFolderException("cannot resume in " + dir + ": " + CHECKPOINT + " is damaged: "
                    + ex.getMessage() + "; start again with overwrite (--overwrite)", ex, true);
        }
    }

    private void writeAtomically(String name, byte[] bytes) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            writeFully(ch, bytes);
            ch.force(false);
        }
        move(tmp, dir.resolve(name));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
            }
        } catch (IOException ignored) {
            // closing after the committed state is on disk: nothing to lose
        }
        try {
            lock.release();
            lockChannel.close();
            Files.deleteIfExists(dir.resolve(LOCK));
        } catch (IOException ignored) {
            // a stale lock file is harmless: locks are held by the channel, not by the file's presence
        }
    }
}
