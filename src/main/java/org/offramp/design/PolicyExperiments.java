package org.offramp.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.Provenance;
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
        /** Copies the list. */
        public PolicyReport {
            files = List.copyOf(files);
        }
    }

    /** Loads {@code file} and runs it with the model it names; see the class comment. */
    public static PolicyReport run(Path file, Path outDir, ProgressListener listener) {
        PolicySpec spec = PolicySpecLoader.load(file);
        return run(spec, outDir, RunModel.of(spec.base().model()), listener);
    }

    /**
     * Runs a loaded experiment with {@code model}.
     *
     * @param outDir the folder for tables and charts, or null to write nothing
     */
    public static PolicyReport run(PolicySpec spec, Path outDir, RunModel model, ProgressListener listener) {
        return run(spec, outDir, model, listener, null);
    }

    /**
     * Runs a loaded experiment with {@code model}, recording the caller's {@code invocation} in
     * {@value #PROVENANCE}.
     *
     * @param spec       the experiment
     * @param outDir     the folder for tables, charts and {@value #PROVENANCE}, or null to write nothing
     * @param model      the model of one run
     * @param listener   told of progress
     * @param invocation what produced the experiment (for the command line: the file, the flags, every
     *                   parameter change with its source), or null
     * @return what it produced
     * @throws DesignException if a run fails or a file cannot be written
     */
    public static PolicyReport run(PolicySpec spec, Path outDir, RunModel model, ProgressListener listener,
            ObjectNode invocation) {
        Objects.requireNonNull(spec, "spec");
        List<Path> files = new ArrayList<>();
        ResultTable table;
        double wall;
        if (spec instanceof PolicySpec.Compare c) {
            ComparisonResult r = c.toComparison().run(model, listener);
            if (outDir != null) {
                files.addAll(ComparisonWriter.write(r, outDir));
            }
            table = ComparisonWriter.table(r);
            wall = r.wallSeconds();
        } else if (spec instanceof PolicySpec.SweepSpec s) {
            SweepResult r = s.toSweep().run(model, listener);
            if (outDir != null) {
                files.addAll(SweepWriter.write(r, outDir, s.series(), s.seriesMeasures(),
                        s.heatMap() == null ? null : s.heatMap().toArray(new String[0])));
            }
            table = SweepWriter.table(r);
            wall = r.wallSeconds();
        } else {
            PolicySpec.SensitivitySpec g = (PolicySpec.SensitivitySpec) spec;
            SensitivityResult r = g.toSensitivity().run(model, listener);
            if (outDir != null) {
                files.addAll(SensitivityWriter.write(r, outDir));
            }
            table = SensitivityWriter.table(r);
            wall = r.wallSeconds();
        }
        String markdown = table.markdown();
        if (outDir != null) {
            try {
                for (Path f : files) {
                    if (f.getFileName().toString().endsWith(".md")) {
                        AtomicFiles.writeString(f, markdown + "\n" + provenanceLine(spec, invocation) + "\n");
                    }
                }
                files.add(AtomicFiles.writeString(outDir.resolve(PROVENANCE),
                        provenance(spec, wall, invocation).toPrettyString() + "\n"));
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
                if (source.startsWith("--") && !e.getKey().equals("threads")) {
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
