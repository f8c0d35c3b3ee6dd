package org.offramp.design.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.offramp.design.DesignException;
import org.offramp.design.Factor;
import org.offramp.design.Measure;
import org.offramp.design.discovery.DiscoveryTable;
import org.offramp.design.discovery.FactorSpec;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.Provenance;
import org.offramp.experiment.RunModel;
import org.offramp.io.AtomicFiles;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * Runs a scenario discovery end to end: the Latin hypercube's runs, every run kept
 * ({@link DesignRuns}), the analysis of the chosen measure on one row per run
 * ({@link DiscoveryAnalysis}), and the results folder. The Java entry point of
 * {@code offramp discover}.
 *
 * <pre>{@code
 * DiscoverySpec spec = DiscoverySpecLoader.load(Path.of("experiments/discover-war.yaml"));
 * DiscoveryReport r = DiscoveryExperiments.run(spec, Path.of("results/discover-war"),
 *         RunModel.of(spec.base().model()), ProgressListener.NONE, null);
 * System.out.println(r.markdown());
 * }</pre>
 *
 * <p>Why one row per run: PRIM, CART and regional sensitivity are defined on cases that are of
 * interest or not, as in the EMA Workbench, where every experiment has one outcome. A row per run
 * keeps that: coverage and density count runs, and the quasi-p-values are binomial tests on runs,
 * which a share per design point does not allow (a share of 0.4 is not 0.4 of a case). The runs of a
 * point share its factor values, so PRIM's quantile peels cut between points, never through one.
 *
 * <p>Files written into the folder (each atomically): {@value #RUNS_CSV} (every run: point, run,
 * seed, factor values, one 0/1 column per recorded measure), {@value #POINTS_CSV} (per point: the
 * factor values and each measure's share with its 95% Wilson interval), the analysis's files
 * ({@link DiscoveryAnalysis#write}), {@value #SUMMARY} (the summary with a provenance line) and
 * {@value #PROVENANCE}. Stateless and thread-safe.
 */
public final class DiscoveryExperiments {
    /** Every run of the design. */
    public static final String RUNS_CSV = "discovery-runs.csv";
    /** Every point's shares. */
    public static final String POINTS_CSV = "points.csv";
    /** The summary. */
    public static final String SUMMARY = "discovery.md";
    /** What produced the folder. */
    public static final String PROVENANCE = "provenance.json";
    /** The provenance's format tag. */
    public static final String PROVENANCE_FORMAT = "offramp-discovery-provenance/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiscoveryExperiments() {
    }

    /**
     * What a discovery produced.
     *
     * @param spec        the discovery as run
     * @param runs        every run, or null when the table was read from a folder
     * @param analysis    the analysis of the measure
     * @param markdown    the summary ({@link DiscoveryAnalysis#markdown()} and the design in a line)
     * @param files       the files written
     * @param wallSeconds the wall time of the runs, in seconds (0 when read from a folder)
     */
    public record DiscoveryReport(DiscoverySpec spec, DesignRuns runs, DiscoveryAnalysis analysis, String markdown,
                                  List<Path> files, double wallSeconds) {
        /**
         * Copies the list.
         *
         * @param spec        the discovery as run
         * @param runs        every run, or null when the table was read from a folder
         * @param analysis    the analysis of the measure
         * @param markdown    the summary ({@link DiscoveryAnalysis#markdown()} and the design in a line)
         * @param files       the files written
         * @param wallSeconds the wall time of the runs, in seconds (0 when read from a folder)
         */
        public DiscoveryReport {
            files = List.copyOf(files);
        }
    }

    /**
     * Loads a file ({@link DiscoverySpecLoader}) and runs it with the model it names.
     *
     * @param file     the discovery, sweep or sensitivity file
     * @param outDir   the results folder, or null to write nothing
     * @param listener told of progress
     * @return what it produced
     */
    public static DiscoveryReport run(Path file, Path outDir, ProgressListener listener) {
        DiscoverySpec spec = DiscoverySpecLoader.load(file);
        return run(spec, outDir, RunModel.of(spec.base().model()), listener, null);
    }

    /**
     * Runs a discovery and writes its folder.
     *
     * @param spec       the discovery
     * @param outDir     the results folder (created if missing), or null to write nothing
     * @param model      the model of one run
     * @param listener   told of progress (runs done, runs in all)
     * @param invocation the caller's record of the invocation for {@value #PROVENANCE}, or null
     * @return what it produced
     * @throws DesignException if a run fails or a file cannot be written
     */
    public static DiscoveryReport run(DiscoverySpec spec, Path outDir, RunModel model, ProgressListener listener,
                                      ObjectNode invocation) {
        Objects.requireNonNull(spec, "spec");
        DesignRuns runs = spec.runsBuilder().run(model, listener);
        DiscoveryTable table = runs.perRun(spec.measure());
        DiscoveryAnalysis analysis = DiscoveryAnalysis.of(table, spec.options(), spec.seed());
        String markdown = analysis.markdown() + "\n" + designLine(spec, runs) + "\n";
        List<Path> files = new ArrayList<>();
        if (outDir != null) {
            try {
                Files.createDirectories(outDir);
                files.add(AtomicFiles.writeText(outDir.resolve(RUNS_CSV), runs::writeCsv));
                files.add(AtomicFiles.writeString(outDir.resolve(POINTS_CSV), pointsCsv(runs)));
                files.addAll(analysis.write(outDir, subtitle(spec)));
                files.add(AtomicFiles.writeString(outDir.resolve(SUMMARY), markdown + "\n"
                        + provenanceLine(spec) + "\n"));
                files.add(AtomicFiles.writeString(outDir.resolve(PROVENANCE),
                        provenance(spec, runs, analysis, invocation).toPrettyString() + "\n"));
            } catch (IOException e) {
                throw new DesignException("cannot write into " + outDir + ": " + e.getMessage(), e);
            }
        }
        return new DiscoveryReport(spec, runs, analysis, markdown, files, runs.wallSeconds());
    }

    /**
     * Analyses a table read from a results folder ({@link RecordedRuns}) and writes the analysis,
     * its summary and its provenance into {@code outDir}.
     *
     * @param recorded   what was read
     * @param options    how to analyse it
     * @param outDir     the folder, or null to write nothing
     * @param invocation the caller's record of the invocation, or null
     * @return the analysis and the files written
     * @throws DesignException if a file cannot be written
     */
    public static DiscoveryReport analyze(RecordedRuns recorded, DiscoveryOptions options, Path outDir,
                                          ObjectNode invocation) {
        Objects.requireNonNull(recorded, "recorded");
        DiscoveryAnalysis analysis = DiscoveryAnalysis.of(recorded.table(), options, recorded.seed());
        String markdown = analysis.markdown() + "\n" + recorded.describe() + "\n";
        List<Path> files = new ArrayList<>();
        if (outDir != null) {
            try {
                Files.createDirectories(outDir);
                String subtitle = recorded.name() + " \u00b7 " + recorded.describe().replaceAll("[.]$", "");
                files.addAll(analysis.write(outDir, subtitle.length() > 140 ? recorded.name() : subtitle));
                files.add(AtomicFiles.writeString(outDir.resolve(SUMMARY), markdown + "\nProvenance: read from `"
                        + recorded.folder() + "`; offramp " + ExperimentRunner.libraryVersion() + ".\n"));
                ObjectNode n = JSON.createObjectNode();
                n.put("format", PROVENANCE_FORMAT);
                n.put("library", "offramp");
                n.put("version", ExperimentRunner.libraryVersion());
                n.put("javaVersion", System.getProperty("java.version"));
                n.set("from", recorded.provenance());
                n.set("analysis", analysisRecord(analysis));
                if (invocation != null) {
                    n.set("invocation", invocation.deepCopy());
                }
                files.add(AtomicFiles.writeString(outDir.resolve(PROVENANCE), n.toPrettyString() + "\n"));
            } catch (IOException e) {
                throw new DesignException("cannot write into " + outDir + ": " + e.getMessage(), e);
            }
        }
        return new DiscoveryReport(null, null, analysis, markdown, files, 0);
    }

    /**
     * Every point's factor values and, per recorded measure, its count, share and 95% Wilson interval.
     *
     * @param runs the runs
     * @return the CSV text: {@code point}, factor paths, {@code runs}, then {@code M_count, M_share, M_lower, M_upper}
     */
    public static String pointsCsv(DesignRuns runs) {
        StringBuilder sb = new StringBuilder("point");
        runs.factors().forEach(f -> sb.append(',').append(f.path()));
        sb.append(",runs");
        for (Measure m : runs.measures()) {
            sb.append(',').append(m).append("_count,").append(m).append("_share,").append(m).append("_lower,")
                    .append(m).append("_upper");
        }
        sb.append('\n');
        for (int p = 0; p < runs.pointCount(); p++) {
            sb.append(p);
            for (double v : runs.point(p)) {
                sb.append(',').append(DesignRuns.number(v));
            }
            sb.append(',').append(runs.runsPerPoint());
            for (Measure m : runs.measures()) {
                int c = runs.count(p, m);
                Interval w = ConfidenceIntervals.wilson(c, runs.runsPerPoint(), 0.95);
                sb.append(',').append(c).append(',').append((double) c / runs.runsPerPoint()).append(',')
                        .append(w.lower()).append(',').append(w.upper());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The design in one line, for the summary. */
    static String designLine(DiscoverySpec spec, DesignRuns runs) {
        return String.format(Locale.ROOT, "Latin hypercube of %,d points x %,d runs (%s seeds, master seed %d) over %s,"
                        + " around scenario %s; one row per run.", runs.pointCount(), runs.runsPerPoint(),
                runs.seeding().key(), runs.masterSeed(), ranges(spec.factors()), spec.base().name());
    }

    /** The charts' provenance line. */
    static String subtitle(DiscoverySpec spec) {
        return String.format(Locale.ROOT, "%s \u00b7 %,d points x %,d runs \u00b7 master seed %d", spec.name(),
                spec.points(), spec.runs(), spec.seed());
    }

    /**
     * The last line of the summary: source, base scenario, design and library version; nothing that
     * depends on the machine.
     *
     * @param spec the discovery as run
     * @return one line of Markdown
     */
    public static String provenanceLine(DiscoverySpec spec) {
        return String.format(Locale.ROOT, "Provenance: `%s` (kind %s), base scenario %s (content hash %s), %,d points x"
                        + " %,d runs, master seed %d, measure %s, offramp %s.", spec.source(), spec.origin(),
                spec.base().name(), spec.base().contentHash().substring(0, 12), spec.points(), spec.runs(), spec.seed(),
                spec.measure(), ExperimentRunner.libraryVersion());
    }

    private static String ranges(List<Factor> factors) {
        List<String> parts = new ArrayList<>();
        for (Factor f : factors) {
            parts.add("`" + f.path() + "` [" + f.param().format(f.lower()) + ", " + f.param().format(f.upper()) + "]");
        }
        return String.join(", ", parts);
    }

    /**
     * The record of {@value #PROVENANCE}.
     *
     * @param spec       the discovery
     * @param runs       its runs
     * @param analysis   its analysis
     * @param invocation the caller's record, or null
     * @return a new JSON object
     */
    public static ObjectNode provenance(DiscoverySpec spec, DesignRuns runs, DiscoveryAnalysis analysis,
                                        ObjectNode invocation) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", PROVENANCE_FORMAT);
        n.put("library", "offramp");
        n.put("version", ExperimentRunner.libraryVersion());
        n.put("javaVersion", System.getProperty("java.version"));
        n.put("experiment", spec.name());
        n.put("kind", DiscoverySpecLoader.KIND);
        n.put("origin", spec.origin());
        n.put("model", spec.base().model().name());
        n.put("source", spec.source());
        n.set("base", Provenance.scenario(spec.base()));
        ObjectNode d = n.putObject("design");
        d.put("type", spec.design().type());
        d.put("points", runs.pointCount());
        d.put("runsPerPoint", runs.runsPerPoint());
        d.put("seeds", runs.seeding().key());
        d.put("masterSeed", runs.masterSeed());
        ArrayNode fs = d.putArray("factors");
        for (Factor f : runs.factors()) {
            ObjectNode o = fs.addObject();
            o.put("path", f.path());
            o.put("type", f.param().type().name());
            o.put("lower", f.lower());
            o.put("upper", f.upper());
        }
        ArrayNode ms = d.putArray("measures");
        runs.measures().forEach(m -> ms.add(m.name()));
        n.put("totalRuns", (long) runs.rows());
        n.put("threads", spec.threads());
        n.put("wallTimeSeconds", runs.wallSeconds());
        n.set("analysis", analysisRecord(analysis));
        if (invocation != null) {
            n.set("invocation", invocation.deepCopy());
        }
        return n;
    }

    private static ObjectNode analysisRecord(DiscoveryAnalysis a) {
        ObjectNode n = JSON.createObjectNode();
        DiscoveryTable t = a.table();
        n.put("measure", t.outcomeName());
        n.put("rows", t.rows());
        n.put("table", t.isBinary() ? "per run" : "per point");
        DiscoveryOptions o = a.options();
        n.put("peelAlpha", o.peelAlpha());
        n.put("pasteAlpha", o.pasteAlpha());
        n.put("massMin", o.massMin());
        n.put("density", o.density());
        n.put("box", o.box().describe(o.density()));
        n.put("selected", a.selected());
        n.put("boxes", o.boxes());
        n.put("resamples", o.resamples());
        n.put("resampleSeed", a.seed());
        n.put("cart", o.cart());
        n.put("rsa", o.rsa());
        ArrayNode f = n.putArray("factors");
        for (FactorSpec s : t.factors()) {
            f.add(s.name());
        }
        return n;
    }
}
