package org.offramp.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.offramp.experiment.aggregate.ExperimentAggregate;

/**
 * The files of one experiment in its results folder, and the rules for reusing a folder.
 *
 * <p>{@code runs.csv.partial} grows block by block while the experiment runs and is renamed to
 * {@code runs.csv} when it is complete; {@code checkpoint.json} records after each block how many
 * bytes and rows of it are committed and their SHA-256, so a resume truncates whatever a killed
 * process wrote past that, and refuses a file that no longer holds what was committed. The first
 * checkpoint is written before the partial file exists and before the first run, so a folder is
 * resumable whenever its process is killed. {@code checkpoint.json} and {@code summary.json} are
 * written to a temporary file and moved into place atomically. The {@link FolderLock} keeps two
 * experiments (or a shard or merge) out of one folder. Used by the committing thread only; not
 * thread-safe.
 */
final class ResultsFolder implements Closeable {
    static final String RUNS_CSV = ResultsLayout.RUNS_CSV;
    static final String RUNS_PARTIAL = ResultsLayout.RUNS_PARTIAL;
    static final String SUMMARY = ResultsLayout.SUMMARY;
    static final String CHECKPOINT = ResultsLayout.CHECKPOINT;
    static final String LOCK = FolderLock.FILE;
    static final String CHECKPOINT_FORMAT = "offramp-checkpoint/3";

    /**
     * What a checkpoint records.
     *
     * @param csv the committed part of the CSV (header included): its SHA-256, rows and length; null
     *            for an experiment that writes no files
     */
    record Checkpoint(long nextBlock, FileDigest csv, long elapsedNanos, boolean complete, boolean targetMet,
            ExperimentAggregate aggregate) {
    }

    private final Path dir;
    private final Experiment experiment;
    private final FolderLock lock;
    private FileChannel csv;
    private FileDigest.Running digest;
    private Checkpoint start;

    private ResultsFolder(Path dir, Experiment experiment, FolderLock lock) {
        this.dir = dir;
        this.experiment = experiment;
        this.lock = lock;
    }

    /**
     * Opens the folder for {@code e}: creates and locks it, or checks that it may be reused, and, on
     * resume, checks the files against the checkpoint, restores it and truncates the partial CSV to it.
     */
    static ResultsFolder open(Experiment e, byte[] csvHeader) {
        Path dir = e.outputDirectory().orElseThrow();
        ResultsFolder f = new ResultsFolder(dir, e, FolderLock.acquire(dir));
        try {
            f.prepare(csvHeader);
            return f;
        } catch (IOException ex) {
            f.close();
            throw new ResultsFolderException("cannot use results folder " + dir + ": " + ex, ex);
        } catch (RuntimeException ex) {
            f.close();
            throw ex;
        }
    }

    private void prepare(byte[] header) throws IOException {
        Path cp = dir.resolve(CHECKPOINT);
        if (experiment.overwrite()) {
            // Exactly an experiment's files go (refused if anything else is there), so the folder ends
            // up holding the new experiment's files only: no charts or checkpoint of the old one.
            ResultsLayout.clear(dir);
        } else if (experiment.resume()) {
            ResultsLayout.removeTemporaries(dir);
            if (Files.exists(cp)) {
                resumeFrom(readCheckpoint(cp), header);
                return;
            }
            List<String> ours = new ArrayList<>(ResultsLayout.scan(dir).experimentFiles());
            ours.remove(LOCK);
            if (ours.equals(List.of(RUNS_PARTIAL)) && isPrefixOf(dir.resolve(RUNS_PARTIAL), header)) {
                // Left by a version that created the partial file before the first checkpoint, killed
                // in between: nothing was committed, so starting afresh loses nothing.
                ours.clear();
            }
            if (!ours.isEmpty()) {
                throw new ResultsFolderException("cannot resume in " + dir + ": it holds " + ours
                        + " but no " + CHECKPOINT + "; start again with overwrite (--overwrite)", true);
            }
        } else {
            ResultsLayout.Contents c = ResultsLayout.scan(dir);
            if (!c.isEmpty()) {
                List<String> present = new ArrayList<>(c.experimentFiles());
                present.remove(LOCK);
                present.addAll(c.temporaryFiles());
                present.addAll(c.otherFiles());
                present.sort(null);
                throw new ResultsFolderException("results folder " + dir + " is not empty (it holds " + present
                        + "); resume (--resume) continues an interrupted experiment there, overwrite (--overwrite)"
                        + " replaces it", true);
            }
        }
        startFresh(header);
    }

    /**
     * Writes the first checkpoint (nothing committed), then the partial CSV with its header. In this
     * order a process killed at any moment leaves either no checkpoint and nothing of the experiment
     * (start again), or a checkpoint of nothing committed, which a resume starts from whatever became
     * of the partial file.
     */
    private void startFresh(byte[] header) throws IOException {
        digest = new FileDigest.Running();
        digest.update(header);
        start = new Checkpoint(0, digest.current(), 0, false, false,
                new ExperimentAggregate(experiment.schema(), experiment.samplesPerOutcome()));
        checkpoint(start);
        createPartial(header);
    }

    private void createPartial(byte[] header) throws IOException {
        csv = FileChannel.open(dir.resolve(RUNS_PARTIAL), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        writeFully(csv, header);
        csv.force(false);
    }

    /** Checks the CSV against the checkpoint and continues from it; refuses a folder that disagrees. */
    private void resumeFrom(Checkpoint cp, byte[] header) throws IOException {
        start = cp;
        Path partial = dir.resolve(RUNS_PARTIAL);
        Path runs = dir.resolve(RUNS_CSV);
        if (cp.complete()) {
            if (Files.exists(partial)) {
                // Stopped between the final checkpoint and the rename: finish the rename, if the file
                // is the one the checkpoint describes.
                String diff = cp.csv().difference(FileDigest.of(partial));
                if (!diff.isEmpty()) {
                    throw refused(RUNS_PARTIAL + " does not hold the runs its complete checkpoint committed: " + diff);
                }
                move(partial, runs);
            }
            if (!Files.exists(runs)) {
                throw refused(RUNS_CSV + " is missing, but the checkpoint records a complete experiment with "
                        + cp.csv().rows() + " rows");
            }
            String diff = cp.csv().difference(FileDigest.of(runs));
            if (!diff.isEmpty()) {
                throw refused(RUNS_CSV + " is not the file the experiment wrote: " + diff);
            }
            return;
        }
        if (Files.exists(runs)) {
            throw refused("it holds " + RUNS_CSV + ", but its checkpoint is of an unfinished experiment (" + RUNS_CSV
                    + " is written only when an experiment completes)");
        }
        if (cp.nextBlock() == 0 && cp.aggregate().runs() == 0) {
            // Nothing committed yet: the partial file is missing, short or whole depending on when the
            // process stopped; write it again.
            if (!cp.csv().equals(headerDigest(header))) {
                throw refused(CHECKPOINT + " records " + cp.csv() + " for the header alone, but this library's"
                        + " header differs");
            }
            digest = new FileDigest.Running();
            digest.update(header);
            createPartial(header);
            return;
        }
        if (!Files.exists(partial)) {
            throw refused("the checkpoint exists but " + RUNS_PARTIAL + " is missing");
        }
        csv = FileChannel.open(partial, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long size = csv.size();
        long committed = cp.csv().bytes();
        if (size < committed) {
            throw refused(RUNS_PARTIAL + " has " + size + " bytes, but the checkpoint committed " + committed);
        }
        digest = new FileDigest.Running();
        digest.updateFrom(Channels.newInputStream(csv), committed);
        String diff = cp.csv().difference(digest.current());
        if (!diff.isEmpty()) {
            throw refused("the committed part of " + RUNS_PARTIAL + " is not what the checkpoint recorded: " + diff);
        }
        // Whatever lies past the committed length was written by a block that never checkpointed.
        csv.truncate(committed);
        csv.position(committed);
    }

    private ResultsFolderException refused(String why) {
        return new ResultsFolderException("cannot resume in " + dir + ": " + why + "; the folder was changed after"
                + " its checkpoint was written, so it cannot be trusted: start again with overwrite (--overwrite)", true);
    }

    private static FileDigest headerDigest(byte[] header) {
        FileDigest.Running r = new FileDigest.Running();
        r.update(header);
        return r.current();
    }

    /** Whether the file's bytes are the header or its beginning. */
    private static boolean isPrefixOf(Path file, byte[] header) throws IOException {
        if (Files.size(file) > header.length) {
            return false;
        }
        byte[] b = Files.readAllBytes(file);
        return Arrays.equals(b, 0, b.length, header, 0, b.length);
    }

    /** The state to start from: fresh, or the checkpoint of an interrupted or complete experiment. */
    Checkpoint start() {
        return start;
    }

    Path dir() {
        return dir;
    }

    /** Appends committed CSV text and returns what the file then holds. */
    FileDigest appendCsv(byte[] bytes) throws IOException {
        writeFully(csv, bytes);
        digest.update(bytes);
        return digest.current();
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
        n.set("csv", c.csv().toJson());
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
                    + (n != null && n.path("format").asText().startsWith("offramp-checkpoint/")
                        ? " (written by another version of the library)" : "")
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
            return new Checkpoint(n.path("nextBlock").asLong(), FileDigest.fromJson(n.get("csv"), "checkpoint.csv"),
                    n.path("elapsedNanos").asLong(), "COMPLETE".equals(n.path("status").asText()),
                    n.path("targetMet").asBoolean(), ExperimentAggregate.fromJson(experiment.schema(), n.path("aggregate")));
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
        lock.close();
    }
}
