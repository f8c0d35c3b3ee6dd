package org.offramp.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.offramp.executor.ShardSpec;
import org.offramp.experiment.EngineResults;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentBlocks;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.FileDigest;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.io.AtomicFiles;

/**
 * Combines the folders of the N shards of an experiment ({@link Shards#run}) into the results of a
 * single-machine run: {@code runs.csv} with the same bytes, and {@code summary.json} with the same
 * bytes apart from {@code provenance.threads}, {@code provenance.wallTimeSeconds} (the shards'
 * summed wall time) and {@code provenance.engine}.
 *
 * <pre>{@code
 * ExperimentResult r = Merge.merge(List.of(Path.of("shard-0"), Path.of("shard-1"), Path.of("shard-2")),
 *         Path.of("merged"));
 * }</pre>
 *
 * <p>Before writing anything it checks that the partials belong together and are complete, and
 * refuses with a {@link MergeException} that names the folders and what is wrong: another library
 * version, master seed or experiment setting (scenario hash, runs, block size, ...), another number
 * of shards, a shard missing (with the blocks it should have covered) or given twice, or a shard
 * whose files do not hold the runs it claims. The order of the folders in the list does not matter.
 *
 * <p>Stateless and thread-safe.
 */
public final class Merge {
    private Merge() {
    }

    /**
     * Merges the shard folders into {@code out}, which must be new or empty. Each shard's
     * {@code runs.csv} is checked against the SHA-256, rows and length its {@code partial.json}
     * records before anything is written. The merge holds {@code out}'s {@link FolderLock} while it
     * writes, and records the merged {@code runs.csv}'s SHA-256, rows and length in
     * {@code summary.json}.
     *
     * @param partials the shard folders, each holding a finished shard's {@code runs.csv} and
     *     {@code partial.json}, in any order
     * @param out the folder the merged results are written to
     * @return the merged results, as one run of the whole experiment would have given them
     * @throws MergeException         if the partials do not belong together, are incomplete or damaged
     * @throws ResultsFolderException if {@code out} holds results or cannot be written
     */
    public static ExperimentResult merge(List<Path> partials, Path out) {
        return merge(partials, out, false);
    }

    /**
     * As {@link #merge(List, Path)}; with {@code overwrite}, the experiment files already in {@code out}
     * (runs.csv, summary.json, checkpoint.json, charts, stories ...) are deleted first, and a folder
     * holding other files is refused ({@link ResultsLayout#clear}).
     *
     * @param partials  the folders of all N shards, in any order
     * @param out       the merged results folder
     * @param overwrite whether to replace an experiment's files already in {@code out}
     * @return the merged result
     * @throws MergeException         if the partials do not belong together, are incomplete or damaged;
     *                                nothing is written, and {@code out} is not created
     * @throws ResultsFolderException if {@code out} holds files it may not replace, is in use, or cannot
     *                                be written
     */
    public static ExperimentResult merge(List<Path> partials, Path out, boolean overwrite) {
        return merge(partials, out, overwrite, null);
    }

    /**
     * As {@link #merge(List, Path, boolean)}, recording what produced the merged folder in its
     * summary ({@link Experiment#invocation()}).
     *
     * @param partials   the folders of all N shards, in any order
     * @param out        the merged results folder
     * @param overwrite  whether to replace an experiment's files already in {@code out}
     * @param invocation the caller's record of the shards' and the merge's command lines, or null
     * @return the merged result
     * @throws MergeException         if the partials do not belong together, are incomplete or damaged;
     *                                nothing is written, and {@code out} is not created
     * @throws ResultsFolderException if {@code out} holds files it may not replace, is in use, or cannot
     *                                be written
     */
    public static ExperimentResult merge(List<Path> partials, Path out, boolean overwrite, ObjectNode invocation) {
        Objects.requireNonNull(partials, "partials");
        Objects.requireNonNull(out, "out");
        if (partials.isEmpty()) {
            throw new MergeException("nothing to merge: give the folders of all N shards");
        }
        List<Partial> read = new ArrayList<>();
        for (Path p : partials) {
            read.add(Partial.read(Objects.requireNonNull(p, "partial folder")));
        }
        checkSame(read);
        TreeMap<Integer, Partial> byIndex = checkComplete(read);
        Partial first = read.get(0);
        Experiment experiment;
        try {
            experiment = first.settings().toExperiment();
        } catch (IllegalArgumentException ex) {
            throw new MergeException(first.directory() + ": its experiment settings cannot be rebuilt: " + ex.getMessage(), ex);
        }
        if (!experiment.identity().toString().equals(first.identity().toString())) {
            throw new MergeException(first.directory() + " is damaged: its settings make the experiment "
                    + experiment.identity() + ", but it records " + first.identity());
        }
        if (invocation != null) {
            experiment = experiment.toBuilder().invocation(invocation).build();
        }
        ExperimentAggregate total = new ExperimentAggregate(experiment.schema(), experiment.samplesPerOutcome());
        int threads = 0;
        double wall = 0;
        for (Partial p : byIndex.values()) {
            total.merge(p.aggregate());
            threads = Math.max(threads, p.threads());
            wall += p.wallSeconds();
        }
        if (total.runs() != experiment.runs()) {
            throw new MergeException("the shards hold " + total.runs() + " runs, but the experiment has "
                    + experiment.runs());
        }

        // Everything is checked before anything is written, the folder included: a refused merge
        // leaves no trace, not even an empty --out folder.
        byte[] header = ExperimentBlocks.csvHeaderLine(experiment).getBytes(StandardCharsets.UTF_8);
        for (Partial p : byIndex.values()) {
            verifyRows(p, header);
        }
        checkOut(out, overwrite);
        try (FolderLock lock = FolderLock.acquire(out)) {
            if (overwrite) {
                // The old experiment's files go, its checkpoint.json included, which a later resume
                // would otherwise take for the state of this folder.
                ResultsLayout.clear(lock.dir());
            } else {
                checkOut(lock.dir(), false); // again, now that no one else can change the folder
            }
            FileDigest.Running digest = new FileDigest.Running();
            AtomicFiles.write(out.resolve(ResultsLayout.RUNS_CSV), file -> {
                OutputStream os = digest.tee(file);
                os.write(header);
                for (Partial p : byIndex.values()) {
                    copyRows(p, header, os);
                }
            });
            Map<String, String> engine = new LinkedHashMap<>();
            engine.put("name", "shards");
            engine.put("shards", Integer.toString(first.shard().count()));
            engine.put("slicing", Partial.SLICING);
            String summary = EngineResults.summaryJson(experiment, total, true, threads, wall, engine, digest.current());
            AtomicFiles.writeString(out.resolve(ResultsLayout.SUMMARY), summary);
            return EngineResults.result(experiment, total, summary, out, true, threads, (long) (wall * 1e9));
        } catch (IOException ex) {
            throw new ResultsFolderException("cannot write merged results to " + out + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * The merge folder must be new or empty (but for a stale lock file), or, with overwrite, hold
     * nothing but an experiment's files. Creates nothing.
     */
    private static void checkOut(Path out, boolean overwrite) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ResultsFolderException("merge folder " + out + " is a file; give a new or empty folder", true);
        }
        ResultsLayout.Contents c;
        try {
            c = ResultsLayout.scan(out);
        } catch (IOException ex) {
            throw new ResultsFolderException("cannot list merge folder " + out + ": " + ex, ex);
        }
        if (overwrite && !c.otherFiles().isEmpty()) {
            throw new ResultsFolderException("merge folder " + out + " holds files that are not an experiment's "
                    + c.otherFiles() + "; overwrite (--overwrite) deletes only the files an experiment writes: move those"
                    + " away, or give another folder", true);
        }
        if (!overwrite && !c.isEmpty()) {
            List<String> present = new ArrayList<>(c.experimentFiles());
            present.remove(FolderLock.FILE);
            present.addAll(c.temporaryFiles());
            present.addAll(c.otherFiles());
            present.sort(null);
            throw new ResultsFolderException("merge folder " + out + " already holds " + present
                    + "; give another folder, or overwrite (--overwrite)", true);
        }
    }

    /** Version, seed, experiment settings and shard count must agree with the first partial's. */
    private static void checkSame(List<Partial> read) {
        Partial a = read.get(0);
        List<String> problems = new ArrayList<>();
        for (Partial b : read.subList(1, read.size())) {
            if (!a.version().equals(b.version())) {
                problems.add("library version is " + b.version() + " in " + b.directory() + " but " + a.version()
                        + " in " + a.directory());
            }
            for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = a.identity().fields();
                    it.hasNext();) {
                Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> f = it.next();
                String was = String.valueOf(f.getValue());
                String now = String.valueOf(b.identity().get(f.getKey()));
                if (!was.equals(now)) {
                    problems.add(f.getKey() + " is " + now + " in " + b.directory() + " but " + was + " in " + a.directory());
                }
            }
            if (a.identity().size() != b.identity().size()) {
                problems.add("the experiment settings differ: " + b.identity() + " in " + b.directory() + " but "
                        + a.identity() + " in " + a.directory());
            }
            if (a.shard().count() != b.shard().count()) {
                problems.add("the number of shards N is " + b.shard().count() + " in " + b.directory() + " but "
                        + a.shard().count() + " in " + a.directory());
            }
        }
        if (!problems.isEmpty()) {
            throw new MergeException("these partials are not shards of one experiment run by one library version: "
                    + String.join("; ", problems));
        }
        String own = ExperimentRunner.libraryVersion();
        if (!own.equals(a.version())) {
            throw new MergeException("the shards were run by library version " + a.version()
                    + ", but this is version " + own + ": merge them with the version that ran them");
        }
    }

    /** Every K in [0, N) exactly once, each covering the blocks and runs its K/N says. */
    private static TreeMap<Integer, Partial> checkComplete(List<Partial> read) {
        int n = read.get(0).shard().count();
        TreeMap<Integer, Partial> byIndex = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Partial p : read) {
            Partial twin = byIndex.putIfAbsent(p.shard().index(), p);
            if (twin != null) {
                problems.add("shard " + p.shard() + " is given twice (" + twin.directory() + " and " + p.directory() + ")");
            }
        }
        List<String> missing = new ArrayList<>();
        long blocks = read.get(0).totalBlocks();
        for (int k = 0; k < n; k++) {
            if (!byIndex.containsKey(k)) {
                ShardSpec s = new ShardSpec(k, n);
                long from = s.fromBlock(blocks);
                long to = s.toBlock(blocks);
                missing.add(s + (from == to ? " (no blocks)" : " (blocks " + from + " to " + (to - 1) + ")"));
            }
        }
        if (!missing.isEmpty()) {
            problems.add((missing.size() == 1 ? "shard " : "shards ") + String.join(", ", missing) + " "
                    + (missing.size() == 1 ? "is" : "are") + " missing");
        }
        for (Partial p : byIndex.values()) {
            long from = p.shard().fromBlock(p.totalBlocks());
            long to = p.shard().toBlock(p.totalBlocks());
            if (p.totalBlocks() != blocks || p.fromBlock() != from || p.toBlock() != to
                    || p.aggregate().runs() != p.toRun() - p.fromRun()) {
                problems.add(p.directory() + " does not hold what shard " + p.shard() + " must: blocks " + p.fromBlock()
                        + " to " + (p.toBlock() - 1) + " of " + p.totalBlocks() + " with " + p.aggregate().runs()
                        + " runs, expected blocks " + from + " to " + (to - 1) + " of " + blocks);
            }
        }
        if (!problems.isEmpty()) {
            throw new MergeException("the shards are incomplete: " + String.join("; ", problems));
        }
        return byIndex;
    }

    /**
     * Reads the shard's CSV once, before anything is written, and checks it against what the shard
     * recorded in {@code partial.json}: the header, the length, the rows and the SHA-256. So a shard
     * whose file was truncated, extended or altered after it was written (one flipped bit is enough)
     * is refused, naming the shard and the file.
     */
    private static void verifyRows(Partial p, byte[] header) {
        Path csv = p.directory().resolve(Partial.RUNS_CSV);
        FileDigest actual;
        byte[] start;
        try {
            actual = FileDigest.of(csv);
            try (InputStream in = Files.newInputStream(csv)) {
                start = in.readNBytes(header.length);
            }
        } catch (IOException ex) {
            throw new MergeException(p.directory() + " (shard " + p.shard() + ") has no readable " + Partial.RUNS_CSV
                    + ": " + ex.getMessage(), ex);
        }
        String diff = p.csv().difference(actual);
        if (!diff.isEmpty()) {
            throw new MergeException(csv + " has been changed since shard " + p.shard() + " wrote it: " + diff
                    + "; rerun that shard (with overwrite, --overwrite) or copy its folder again");
        }
        if (!java.util.Arrays.equals(start, header)) {
            throw new MergeException(csv + " does not start with the header of this library's runs.csv");
        }
        if (actual.rows() != p.toRun() - p.fromRun()) {
            throw new MergeException(csv + " has " + actual.rows() + " rows, but shard " + p.shard() + " ran "
                    + (p.toRun() - p.fromRun()) + " runs");
        }
    }

    /**
     * Copies the shard's rows (its CSV without the header), checking the length and row count again
     * (the file was verified in full just before; this catches a change in between).
     */
    private static void copyRows(Partial p, byte[] header, OutputStream os) throws IOException {
        Path csv = p.directory().resolve(Partial.RUNS_CSV);
        long bytes = 0;
        long rows = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16)) {
            in.skipNBytes(header.length);
            bytes += header.length;
            byte[] buf = new byte[1 << 16];
            int len;
            while ((len = in.read(buf)) > 0) {
                for (int i = 0; i < len; i++) {
                    if (buf[i] == '\n') {
                        rows++;
                    }
                }
                os.write(buf, 0, len);
                bytes += len;
            }
        }
        if (bytes != p.csvBytes() || rows != p.toRun() - p.fromRun()) {
            throw new MergeException(csv + " of shard " + p.shard() + " changed while it was merged: it has " + bytes
                    + " bytes and " + rows + " rows, but the shard wrote " + p.csvBytes() + " bytes and "
                    + (p.toRun() - p.fromRun()) + " rows");
        }
    }
}
