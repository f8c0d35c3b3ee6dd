package org.offramp.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.offramp.executor.Backend;
import org.offramp.executor.LocalBackend;
import org.offramp.executor.ShardSpec;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.Provenance;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.experiment.RunModel;
import org.offramp.io.AtomicFiles;
import org.offramp.output.Words;

/**
 * Runs policy experiment files ({@code kind: compare}, {@code sweep}, {@code sensitivity}) end to
 * end: load, run with common random numbers, write the table and charts. The Java entry point the
 * command line calls.
 *
 * <pre>{@code
 * PolicyReport r = PolicyExperiments.run(Path.of("experiments/offramps.yaml"), Path.of("results/offramps"),
 *         (done, total) -> bar.stepTo(done));
 * System.out.println(r.markdown());
 *
 * // with command-line overrides and threads:
 * PolicySpec spec = PolicySpecLoader.load(Path.of("experiments/offramps.yaml"));
 * spec = spec.withBase(overrides.applyTo(spec.base())).withThreads(4);
 * PolicyReport r2 = PolicyExperiments.run(spec, Path.of("results/offramps"), RunModel.of(spec.base().model()), listener);
 * }</pre>
 *
 * <p>Files written into the output folder (created if needed, each replaced atomically):
 * compare: {@code comparison.csv}, {@code comparison.md}, {@code shares.png/.svg},
 * {@code difference-VARIANT.png/.svg}; sweep: {@code sweep.csv}, {@code sweep.md} and the requested
 * {@code series-*.png/.svg} and {@code heatmap-*.png/.svg}; sensitivity: {@code sensitivity.csv},
 * {@code sensitivity.md}, {@code sobol-MEASURE.png/.svg}; and for every kind {@value #PROVENANCE}, what
 * produced the folder (library version, file, base scenario with its parameter values and content
 * hash, runs, seed, and the caller's record of the invocation), whose gist also ends the Markdown
 * table as a {@code Provenance:} line.
 *
 * <p>Stateless and thread-safe; a run blocks the calling thread and uses its own worker threads.
 * Interrupting the calling thread cancels with an {@code ExperimentCancelledException}.
 */
public final class PolicyExperiments {
    /** The provenance file written next to the tables. */
    public static final String PROVENANCE = "provenance.json";
    /** Its format tag. */
    public static final String PROVENANCE_FORMAT = "offramp-policy-provenance/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Settings that say where the runs ran, left out of the tables' provenance line. */
    private static final java.util.Set<String> WHERE_IT_RAN = java.util.Set.of("threads", "engine", "master");

    private PolicyExperiments() {
    }

    /**
     * What a policy experiment produced.
     *
     * @param spec        the experiment as run
     * @param markdown    its result table in Markdown (the text of the .md file, without its provenance line)
     * @param table       the same table as cells, for other renderings (the HTML report)
     * @param files       the files written
     * @param wallSeconds the wall time of the runs
     */
    public record PolicyReport(PolicySpec spec, String markdown, ResultTable table, List<Path> files,
                               double wallSeconds) {
        /**
         * Copies the list.
         *
         * @param spec        the experiment as run
         * @param markdown    its result table in Markdown (the text of the .md file, without its provenance line)
         * @param table       the same table as cells, for other renderings (the HTML report)
         * @param files       the files written
         * @param wallSeconds the wall time of the runs
         */
        public PolicyReport {
            files = List.copyOf(files);
        }
    }

    /**
     * Loads {@code file} and runs it with the model it names; see the class comment.
     *
     * @param file     the policy experiment file (YAML)
     * @param outDir   the folder for tables and charts, or null to write nothing
     * @param listener told of progress, in model runs
     * @return what the experiment produced
     */
    public static PolicyReport run(Path file, Path outDir, ProgressListener listener) {
        PolicySpec spec = PolicySpecLoader.load(file);
        return run(spec, outDir, RunModel.of(spec.base().model()), listener);
    }

    /**
     * Runs a loaded experiment with {@code model}.
     *
     * @param spec     the experiment, as loaded (and perhaps changed by the caller)
     * @param outDir   the folder for tables and charts, or null to write nothing
     * @param model    the model's runs; it must be the model of the experiment's base scenario
     * @param listener told of progress, in model runs
     * @return what the experiment produced
     */
    public static PolicyReport run(PolicySpec spec, Path outDir, RunModel model, ProgressListener listener) {
        return run(spec, outDir, model, listener, null);
    }

    /**
     * Runs a loaded experiment with {@code model} on this JVM's threads ({@link PolicySpec#threads()}),
     * recording the caller's {@code invocation} in {@value #PROVENANCE}; see
     * {@link #run(PolicySpec, Path, RunModel, ProgressListener, ObjectNode, Backend, boolean)}.
     *
     * @param spec       the experiment
     * @param outDir     the folder for tables, charts, {@value #PROVENANCE} and the checkpoint, or null to
     *                   run in memory and write nothing
     * @param model      the model of one run
     * @param listener   told of progress
     * @param invocation what produced the experiment, or null
     * @return what it produced
     * @throws DesignException if a run fails or a file cannot be written
     */
    public static PolicyReport run(PolicySpec spec, Path outDir, RunModel model, ProgressListener listener,
            ObjectNode invocation) {
        Objects.requireNonNull(spec, "spec");
        return run(spec, outDir, model, listener, invocation, LocalBackend.threads(spec.threads()), false);
    }

    /**
     * Runs a loaded experiment with {@code model} on {@code backend}, recording the caller's
     * {@code invocation} in {@value #PROVENANCE}.
     *
     * <p>With a folder, the runs keep a checkpoint there ({@value #CHECKPOINT}: the tally of the
     * blocks committed so far and the next block, sealed with its SHA-256), written before the first
     * run, at most every second while blocks commit, and when the runs complete, fail or are cancelled
     * (the calling thread interrupted); the folder's lock is held meanwhile. With {@code resume}, that
     * checkpoint is read, checked against this experiment (same design, base scenario, measures, runs,
     * seed; the differences are listed otherwise) and continued; a complete one runs nothing and only
     * writes the tables again. The tables are the same bytes whatever the backend, thread count or
     * number of interruptions.
     *
     * @param spec       the experiment
     * @param outDir     the folder for tables, charts, {@value #PROVENANCE} and the checkpoint, or null to
     *                   run in memory and write nothing
     * @param model      the model of one run; a {@code PortableModel} for a cluster backend
     * @param listener   told of progress
     * @param invocation what produced the experiment (for the command line: the file, the flags, every
     *                   parameter change with its source), or null
     * @param backend    where the blocks run: {@link LocalBackend} or a cluster engine's backend
     * @param resume     whether to continue from the checkpoint in {@code outDir}
     * @return what it produced
     * @throws DesignException        if a run fails or a file cannot be written
     * @throws ResultsFolderException if the folder is in use, or resume finds no checkpoint of this
     *                                experiment it can trust (bad input)
     * @throws org.offramp.experiment.ExperimentCancelledException if the calling thread is interrupted;
     *                                the committed runs are checkpointed
     */
    public static PolicyReport run(PolicySpec spec, Path outDir, RunModel model, ProgressListener listener,
            ObjectNode invocation, Backend backend, boolean resume) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(backend, "backend");
        if (resume && outDir == null) {
            throw new IllegalArgumentException("resume needs the folder of the checkpoint, but outDir was null");
        }
        CrnPlan plan = plan(spec);
        CrnRun.Done d;
        if (outDir == null) {
            d = CrnRun.run(plan, model, backend, listener, 0, plan.blocks());
        } else {
            try {
                d = CrnRun.runIn(outDir, resume, plan, model, backend, listener, CrnRun.CHECKPOINT_NANOS);
            } catch (IOException ex) {
                throw new DesignException("cannot write into " + outDir + ": " + ex.getMessage(), ex);
            }
        }
        return report(spec, d.tally(), d.wallSeconds(), outDir, invocation, backend);
    }

    /** The checkpoint a policy experiment keeps in its folder. */
    public static final String CHECKPOINT = DesignState.CHECKPOINT;
    /** The result a shard of a policy experiment writes into its folder. */
    public static final String PARTIAL = DesignState.PARTIAL;

    /**
     * What a shard of a policy experiment covered.
     *
     * @param dir         the shard's folder
     * @param shard       K/N
     * @param fromBlock   its first block
     * @param toBlock     one past its last block
     * @param totalBlocks the experiment's blocks
     * @param modelRuns   the model runs it made
     * @param threads     the task slots or threads it ran on
     * @param wallSeconds its wall time
     */
    public record ShardReport(Path dir, ShardSpec shard, long fromBlock, long toBlock, long totalBlocks,
                              long modelRuns, int threads, double wallSeconds) {
    }

    /**
     * Runs shard {@code shard} of a policy experiment: the contiguous slice of its blocks that
     * {@link ShardSpec} gives, into {@code dir}, which then holds {@value #PARTIAL} (the experiment's
     * identity, K/N, the blocks covered and their tally, sealed with its SHA-256, and the
     * {@code invocation}). {@link #merge} combines the N shards into the tables a single run writes.
     * The folder's lock is held meanwhile.
     *
     * @param spec       the experiment
     * @param shard      K/N
     * @param dir        the shard's folder: new or empty, or (with {@code overwrite}) holding a shard's
     *                   files only
     * @param model      the model of one run
     * @param backend    where the blocks run
     * @param listener   told of progress (model runs of this shard)
     * @param invocation what produced the shard, stored in the partial for the merge to read, or null
     * @param overwrite  whether to replace a shard's files already in {@code dir}
     * @return what the shard covered
     * @throws ResultsFolderException if the folder is in use or holds other files (bad input)
     * @throws DesignException        if a run fails (nothing is written) or the partial cannot be written
     * @throws org.offramp.experiment.ExperimentCancelledException if the calling thread is interrupted
     *                                (nothing is written: run the shard again)
     */
    public static ShardReport runShard(PolicySpec spec, ShardSpec shard, Path dir, RunModel model, Backend backend,
            ProgressListener listener, ObjectNode invocation, boolean overwrite) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(listener, "listener");
        CrnPlan plan = plan(spec);
        long from = shard.fromBlock(plan.blocks());
        long to = shard.toBlock(plan.blocks());
        try (FolderLock lock = FolderLock.acquire(dir)) {
            prepareShardFolder(dir, overwrite);
            CrnRun.Done d = CrnRun.run(plan, model, backend, listener, from, to);
            DesignState.writePartial(dir, plan, new DesignState.Partial(dir, ExperimentRunner.libraryVersion(), null,
                    shard.index(), shard.count(), from, to, plan.blocks(), d.tally(), backend.parallelism(),
                    d.wallSeconds(), invocation));
            return new ShardReport(dir, shard, from, to, plan.blocks(), plan.modelRuns(from, to), backend.parallelism(),
                    d.wallSeconds());
        } catch (IOException ex) {
            throw new DesignException("cannot write shard " + shard + " to " + dir + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Merges the N shard folders of a policy experiment ({@link #runShard}) into {@code outDir}: the
     * tables, charts and {@value #PROVENANCE} a single run of {@code spec} writes, the tables byte for
     * byte. Everything is checked before anything is written, and a refused merge creates nothing:
     * every folder must hold a sealed {@value #PARTIAL} of this experiment (same design, base scenario,
     * measures, runs, seed) from this library version, all of one N, each K once.
     *
     * @param spec       the experiment the shards ran
     * @param shardDirs  the N shard folders, in any order
     * @param outDir     the merged folder (created if needed)
     * @param invocation what produced the merge, or null
     * @return what it produced; its wall time is the shards' summed
     * @throws ResultsFolderException (bad input) naming the folders and what is wrong: a shard missing,
     *                                given twice, unfinished, damaged, of another experiment or version
     * @throws DesignException        if a file cannot be written
     */
    public static PolicyReport merge(PolicySpec spec, List<Path> shardDirs, Path outDir, ObjectNode invocation) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(shardDirs, "shardDirs");
        Objects.requireNonNull(outDir, "outDir");
        if (shardDirs.isEmpty()) {
            throw new IllegalArgumentException("shardDirs must name at least one shard folder, but was empty");
        }
        CrnPlan plan = plan(spec);
        List<DesignState.Partial> parts = new ArrayList<>();
        try {
            for (Path d : shardDirs) {
                parts.add(DesignState.readPartial(d, plan));
            }
        } catch (IOException ex) {
            throw new DesignException("cannot read the shards: " + ex.getMessage(), ex);
        }
        String own = ExperimentRunner.libraryVersion();
        int n = parts.get(0).count();
        DesignState.Partial[] byIndex = new DesignState.Partial[n];
        for (DesignState.Partial p : parts) {
            if (!own.equals(p.version())) {
                throw new ResultsFolderException("cannot merge: shard " + p.dir() + " was written by offramp "
                        + p.version() + ", this is " + own + "; run every shard with one version", true);
            }
            if (p.count() != n) {
                throw new ResultsFolderException("cannot merge: shard " + p.dir() + " is one of " + p.count()
                        + " shards, but " + parts.get(0).dir() + " is one of " + n, true);
            }
            if (byIndex[p.index()] != null) {
                throw new ResultsFolderException("cannot merge: shard " + p.index() + "/" + n + " was given twice: "
                        + byIndex[p.index()].dir() + " and " + p.dir(), true);
            }
            ShardSpec s = new ShardSpec(p.index(), n);
            if (p.fromBlock() != s.fromBlock(plan.blocks()) || p.toBlock() != s.toBlock(plan.blocks())) {
                throw new ResultsFolderException("cannot merge: shard " + p.dir() + " covers blocks " + p.fromBlock()
                        + " to " + (p.toBlock() - 1) + ", but shard " + s + " must cover " + s.fromBlock(plan.blocks())
                        + " to " + (s.toBlock(plan.blocks()) - 1), true);
            }
            byIndex[p.index()] = p;
        }
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (byIndex[k] == null) {
                ShardSpec s = new ShardSpec(k, n);
                missing.add(s + " (blocks " + s.fromBlock(plan.blocks()) + " to " + (s.toBlock(plan.blocks()) - 1) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new ResultsFolderException("cannot merge: " + missing.size() + " of " + n + " shards missing: "
                    + String.join(", ", missing) + "; run them (--shard K/" + n + ") and give all " + n + " folders",
                    true);
        }
        Tally total = plan.emptyTally();
        double wall = 0;
        for (DesignState.Partial p : byIndex) {
            total.merge(p.tally());
            wall += p.wallSeconds();
        }
        try (FolderLock lock = FolderLock.acquire(outDir)) {
            return report(spec, total, wall, outDir, invocation, null);
        }
    }

    /**
     * The record of a shard's invocation, as {@link #runShard} stored it, or null if the folder holds
     * no readable {@value #PARTIAL}; nothing is checked.
     *
     * @param shardDir a shard's folder
     * @return the invocation, or null
     * @throws IOException if the folder cannot be read
     */
    public static JsonNode shardInvocation(Path shardDir) throws IOException {
        return DesignState.invocationOf(Objects.requireNonNull(shardDir, "shardDir"));
    }

    /** A shard's folder must be empty, or (with overwrite) hold a shard's files only, which are deleted. */
    private static void prepareShardFolder(Path dir, boolean overwrite) throws IOException {
        List<Path> present;
        try (var s = Files.list(dir)) {
            present = s.filter(p -> !p.getFileName().toString().equals(FolderLock.FILE)).toList();
        }
        if (present.isEmpty()) {
            return;
        }
        List<String> others = present.stream().map(p -> p.getFileName().toString())
                .filter(f -> !f.equals(PARTIAL) && !(f.startsWith("." + PARTIAL + ".") && f.endsWith(".tmp"))).sorted()
                .toList();
        if (!overwrite || !others.isEmpty()) {
            throw new ResultsFolderException("shard folder " + dir + " is not empty (it holds "
                    + present.stream().map(p -> p.getFileName().toString()).sorted().limit(6).toList() + "); "
                    + (overwrite ? "overwrite deletes only a shard's " + PARTIAL + "; move the other files away or"
                            + " choose another folder" : "give an empty folder, or overwrite (--overwrite) to replace"
                            + " a shard's results"), true);
        }
        for (Path p : present) {
            Files.deleteIfExists(p);
        }
    }

    /** The plan of the experiment's design. */
    private static CrnPlan plan(PolicySpec spec) {
        if (spec instanceof PolicySpec.Compare c) {
            return c.toComparison().plan();
        }
        if (spec instanceof PolicySpec.SweepSpec s) {
            return s.toSweep().plan();
        }
        return ((PolicySpec.SensitivitySpec) spec).toSensitivity().plan();
    }

    /** The result of the tally; with a folder, its tables, charts and provenance written there. */
    private static PolicyReport report(PolicySpec spec, Tally tally, double wall, Path outDir, ObjectNode invocation,
            Backend backend) {
        List<Path> files = new ArrayList<>();
        ResultTable table;
        if (spec instanceof PolicySpec.Compare c) {
            ComparisonResult r = c.toComparison().result(tally, wall);
            if (outDir != null) {
                files.addAll(ComparisonWriter.write(r, outDir));
            }
            table = ComparisonWriter.table(r);
        } else if (spec instanceof PolicySpec.SweepSpec s) {
            SweepResult r = s.toSweep().result(tally, wall);
            if (outDir != null) {
                files.addAll(SweepWriter.write(r, outDir, s.series(), s.seriesMeasures(),
                        s.heatMap() == null ? null : s.heatMap().toArray(new String[0])));
            }
            table = SweepWriter.table(r);
        } else {
            PolicySpec.SensitivitySpec g = (PolicySpec.SensitivitySpec) spec;
            SensitivityResult r = g.toSensitivity().result(tally, wall);
            if (outDir != null) {
                files.addAll(SensitivityWriter.write(r, outDir));
            }
            table = SensitivityWriter.table(r);
        }
        String markdown = table.markdown();
        if (outDir != null) {
            try {
                for (Path f : files) {
                    if (f.getFileName().toString().endsWith(".md")) {
                        AtomicFiles.writeString(f, markdown + "\n" + provenanceLine(spec, invocation) + "\n");
                    }
                }
                ObjectNode prov = provenance(spec, wall, invocation);
                if (backend != null && !(backend instanceof LocalBackend)) {
                    ObjectNode e = prov.putObject("engine");
                    e.put("name", backend.name());
                    backend.provenance().forEach(e::put);
                    prov.put("threads", backend.parallelism());
                }
                files.add(AtomicFiles.writeString(outDir.resolve(PROVENANCE), prov.toPrettyString() + "\n"));
            } catch (IOException ex) {
                throw new DesignException("cannot write into " + outDir + ": " + ex.getMessage(), ex);
            }
        }
        return new PolicyReport(spec, markdown, table, files, wall);
    }

    /**
     * The record of {@value #PROVENANCE}: format, library version, Java version, the experiment's
     * name, kind and file, the base scenario ({@link Provenance#scenario}), master seed, runs per
     * variant or point, total runs, threads, wall time, and the invocation if given.
     *
     * @param spec        the experiment as run
     * @param wallSeconds its wall time
     * @param invocation  the caller's record, or null
     * @return a new JSON object
     */
    public static ObjectNode provenance(PolicySpec spec, double wallSeconds, ObjectNode invocation) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", PROVENANCE_FORMAT);
        n.put("library", "offramp");
        n.put("version", ExperimentRunner.libraryVersion());
        n.put("javaVersion", System.getProperty("java.version"));
        n.put("experiment", spec.name());
        n.put("kind", spec.kind());
        n.put("model", spec.base().model().name());
        n.put("source", spec.source());
        n.set("base", Provenance.scenario(spec.base()));
        n.put("masterSeed", spec.seed());
        n.put("runsPerVariantOrPoint", runsPer(spec));
        n.put("totalRuns", spec.totalRuns());
        n.put("threads", spec.threads());
        n.put("wallTimeSeconds", wallSeconds);
        if (invocation != null) {
            n.set("invocation", invocation.deepCopy());
        }
        return n;
    }

    /**
     * The last line of the Markdown table: the file, base scenario, runs, seed and library version,
     * and the parameter changes the invocation records on top of the file; nothing that depends on
     * the machine, so the line is the same on every machine and thread count.
     *
     * @param spec       the experiment as run
     * @param invocation the caller's record, or null
     * @return one line of Markdown
     */
    public static String provenanceLine(PolicySpec spec, JsonNode invocation) {
        Objects.requireNonNull(spec, "spec");
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Provenance: `%s` (kind %s), base scenario %s (content hash %s), %s per %s, master seed %d,"
                        + " offramp %s", spec.source(), spec.kind(), spec.base().name(),
                spec.base().contentHash().substring(0, 12), Words.count(runsPer(spec), "run"),
                spec instanceof PolicySpec.Compare
                        ? "variant" : "design point", spec.seed(), ExperimentRunner.libraryVersion()));
        List<String> changes = new ArrayList<>();
        if (invocation != null) {
            for (JsonNode c : invocation.path("changes")) {
                if (!c.path("source").asText().startsWith("scenario")) {
                    changes.add(c.path("parameter").asText() + " = " + c.path("to") + " (" + c.path("source").asText()
                            + ")");
                }
            }
            for (var it = invocation.path("settings").fields(); it.hasNext();) {
                var e = it.next();
                String source = e.getValue().path("source").asText();
                // Where the runs ran (threads, engine, master) changes no number of the tables.
                if (source.startsWith("--") && !WHERE_IT_RAN.contains(e.getKey())) {
                    changes.add(e.getKey() + " = " + e.getValue().path("value") + " (" + source + ")");
                }
            }
        }
        sb.append(changes.isEmpty() ? "; no changes to the file." : "; changes: " + String.join(", ", changes) + ".");
        return sb.toString();
    }

    private static long runsPer(PolicySpec spec) {
        if (spec instanceof PolicySpec.Compare c) {
            return c.runs();
        }
        if (spec instanceof PolicySpec.SweepSpec s) {
            return s.runs();
        }
        return ((PolicySpec.SensitivitySpec) spec).runsPerPoint();
    }
}
