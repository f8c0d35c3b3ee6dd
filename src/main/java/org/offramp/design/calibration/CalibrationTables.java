package org.offramp.design.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.offramp.io.AtomicFiles;

/**
 * An {@link AbcResult} as CSV (every number in full) and Markdown (rounded, for reading): the
 * posterior summary, the per-generation trace and the posterior sample itself.
 *
 * <pre>{@code
 * CalibrationTables.write(out, "abc-posterior.md", CalibrationTables.summaryMarkdown(result, null));
 * CalibrationTables.write(out, "abc-sample.csv", CalibrationTables.sampleCsv(result));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CalibrationTables {
    private CalibrationTables() {
    }

    /**
     * Writes a table into a folder, atomically.
     *
     * @param folder the folder, created if missing
     * @param file   the file name
     * @param text   the content
     * @return the file written
     * @throws IOException if the file cannot be written
     */
    public static Path write(Path folder, String file, String text) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Files.createDirectories(folder);
        return AtomicFiles.writeString(folder.resolve(file), text);
    }

    /**
     * The posterior summary: per parameter its prior, mean, sd, median and 95% interval, and, when
     * the truth is known, whether the interval covers it.
     *
     * @param result the calibration
     * @param truth  the true values, NaN where unknown; null when none is known
     * @return the CSV text
     */
    public static String summaryCsv(AbcResult result, double[] truth) {
        Objects.requireNonNull(result, "result");
        List<List<String>> rows = new ArrayList<>();
        List<ParameterSummary> s = result.summaries(0.95);
        for (int k = 0; k < s.size(); k++) {
            ParameterSummary p = s.get(k);
            double t = truth == null ? Double.NaN : truth[k];
            rows.add(List.of(p.parameter().name(), p.parameter().kind().name(), Text.csv(p.parameter().lower()),
                    Text.csv(p.parameter().upper()), Text.csv(p.mean()), Text.csv(p.sd()), Text.csv(p.median()),
                    Text.csv(p.lower()), Text.csv(p.upper()), Text.csv(p.level()), Text.csv(t),
                    Double.isNaN(t) ? "" : Boolean.toString(p.covers(t))));
        }
        return Text.csvTable(List.of("parameter", "kind", "prior_lower", "prior_upper", "mean", "sd", "median",
                "lower", "upper", "level", "truth", "covered"), rows);
    }

    /**
     * The posterior summary for reading, with the run's settings and why it stopped.
     *
     * @param result the calibration
     * @param truth  the true values, NaN where unknown; null when none is known
     * @return the Markdown text
     */
    public static String summaryMarkdown(AbcResult result, double[] truth) {
        Objects.requireNonNull(result, "result");
        boolean known = truth != null;
        List<List<String>> rows = new ArrayList<>();
        List<ParameterSummary> s = result.summaries(0.95);
        for (int k = 0; k < s.size(); k++) {
            ParameterSummary p = s.get(k);
            List<String> row = new ArrayList<>(List.of(p.parameter().name(),
                    "[" + Text.number(p.parameter().lower()) + ", " + Text.number(p.parameter().upper()) + "]",
                    Text.number(p.mean()), Text.number(p.sd()),
                    "[" + Text.number(p.lower()) + ", " + Text.number(p.upper()) + "]"));
            if (known) {
                row.add(Double.isNaN(truth[k]) ? "-" : Text.number(truth[k]) + (p.covers(truth[k]) ? " (in)" : " (out)"));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("parameter", "prior", "mean", "sd", "95% interval"));
        if (known) {
            header.add("truth");
        }
        AbcSmc a = result.settings();
        AbcGeneration last = result.last();
        String stop = switch (result.stop()) {
            case MAX_GENERATIONS -> "the last of " + a.maxGenerations() + " generations ran";
            case MIN_TOLERANCE -> "the tolerance reached " + Text.number(a.minTolerance());
            case LOW_ACCEPTANCE -> "the acceptance rate fell below " + Text.number(a.minAcceptanceRate());
            case MAX_ATTEMPTS -> "a particle found no accepted proposal in " + a.maxAttempts()
                    + " attempts; that generation was discarded";
        };
        return "ABC-SMC posterior: " + result.size() + " particles, " + result.generations().size()
                + " generations (0 = prior), master seed " + a.masterSeed() + ", " + result.totalSimulations()
                + " simulations. Final tolerance " + Text.number(last.tolerance()) + ", effective sample size "
                + Text.number(result.ess()) + ". Stopped because " + stop + ".\n\n"
                + Text.markdownTable(header, rows);
    }

    /**
     * The trace: one line per generation with its tolerance, cost, ESS and each parameter's mean,
     * sd and 95% interval.
     *
     * @param result the calibration
     * @return the CSV text
     */
    public static String traceCsv(AbcResult result) {
        Objects.requireNonNull(result, "result");
        List<String> header = new ArrayList<>(List.of("generation", "tolerance", "simulations", "acceptance_rate",
                "ess"));
        for (CalibrationParameter p : result.parameters()) {
            header.add(p.name() + ".mean");
            header.add(p.name() + ".sd");
            header.add(p.name() + ".lower");
            header.add(p.name() + ".upper");
        }
        List<List<String>> rows = new ArrayList<>();
        for (AbcGeneration g : result.generations()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(g.index()), Text.csv(g.tolerance()),
                    Long.toString(g.simulations()), Text.csv(g.acceptanceRate()), Text.csv(g.ess())));
            for (int k = 0; k < result.parameters().size(); k++) {
                row.add(Text.csv(g.mean()[k]));
                row.add(Text.csv(g.sd()[k]));
                row.add(Text.csv(g.lower()[k]));
                row.add(Text.csv(g.upper()[k]));
            }
            rows.add(row);
        }
        return Text.csvTable(header, rows);
    }

    /**
     * The trace for reading.
     *
     * @param result the calibration
     * @return the Markdown text
     */
    public static String traceMarkdown(AbcResult result) {
        Objects.requireNonNull(result, "result");
        List<String> header = new ArrayList<>(List.of("generation", "tolerance", "simulations", "acceptance", "ESS"));
        for (CalibrationParameter p : result.parameters()) {
            header.add(p.name());
        }
        List<List<String>> rows = new ArrayList<>();
        for (AbcGeneration g : result.generations()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(g.index()), Text.number(g.tolerance()),
                    Long.toString(g.simulations()), String.format(java.util.Locale.ROOT, "%.1f%%",
                            100 * g.acceptanceRate()), Text.number(g.ess())));
            for (int k = 0; k < result.parameters().size(); k++) {
                row.add(Text.number(g.mean()[k]) + " [" + Text.number(g.lower()[k]) + ", " + Text.number(g.upper()[k])
                        + "]");
            }
            rows.add(row);
        }
        return Text.markdownTable(header, rows);
    }

    /**
     * The posterior sample: one line per particle with its weight, distance, parameters and
     * simulated statistics ({@code sim.<target>}).
     *
     * @param result the calibration
     * @return the CSV text
     */
    public static String sampleCsv(AbcResult result) {
        Objects.requireNonNull(result, "result");
        List<String> header = new ArrayList<>(List.of("particle", "weight", "distance"));
        result.parameters().forEach(p -> header.add(p.name()));
        result.targets().list().forEach(t -> header.add("sim." + t.name()));
        double[][] theta = result.particles();
        double[][] stats = result.statistics();
        double[] w = result.weights();
        double[] d = result.distances();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(i), Text.csv(w[i]), Text.csv(d[i])));
            for (double v : theta[i]) {
                row.add(Text.csv(v));
            }
            for (double v : stats[i]) {
                row.add(Text.csv(v));
            }
            rows.add(row);
        }
        return Text.csvTable(header, rows);
    }

    /**
     * A simulated-moments fit: per parameter its estimate, standard error and 95% interval.
     *
     * @param fit   the fit
     * @param truth the true values, NaN where unknown; null when none is known
     * @return the CSV text
     */
    public static String msmCsv(MsmResult fit, double[] truth) {
        Objects.requireNonNull(fit, "fit");
        List<List<String>> rows = new ArrayList<>();
        List<MsmResult.Estimate> es = fit.estimates();
        for (int k = 0; k < es.size(); k++) {
            MsmResult.Estimate e = es.get(k);
            double t = truth == null ? Double.NaN : truth[k];
            rows.add(List.of(e.parameter().name(), Text.csv(e.parameter().lower()), Text.csv(e.parameter().upper()),
                    Text.csv(e.value()), Text.csv(e.se()), Text.csv(e.lower()), Text.csv(e.upper()), Text.csv(t),
                    Double.isNaN(t) ? "" : Boolean.toString(e.covers(t))));
        }
        return Text.csvTable(List.of("parameter", "prior_lower", "prior_upper", "estimate", "se", "lower", "upper",
                "truth", "covered"), rows);
    }

    /**
     * A simulated-moments fit for reading: estimates, then each target against its fitted moment.
     *
     * @param fit the fit
     * @return the Markdown text
     */
    public static String msmMarkdown(MsmResult fit) {
        Objects.requireNonNull(fit, "fit");
        List<List<String>> rows = new ArrayList<>();
        for (MsmResult.Estimate e : fit.estimates()) {
            rows.add(List.of(e.parameter().name(), Text.number(e.value()), Text.number(e.se()),
                    "[" + Text.number(e.lower()) + ", " + Text.number(e.upper()) + "]"));
        }
        List<List<String>> moments = new ArrayList<>();
        double[] m = fit.moments();
        for (int k = 0; k < m.length; k++) {
            Target t = fit.settings().targets().get(k);
            moments.add(List.of(t.name(), Text.number(t.value()) + " \u00b1 " + Text.number(t.sd()), Text.number(m[k]),
                    Text.number((m[k] - t.value()) / t.sd())));
        }
        String p = Double.isNaN(fit.overidentificationP()) ? "no over-identification test (as many targets as"
                + " parameters)" : "over-identification p-value " + Text.number(fit.overidentificationP());
        return "Method of simulated moments: " + fit.settings().replications() + " replications per evaluation, "
                + fit.evaluations() + " evaluations" + (fit.converged() ? "" : " (budget exhausted before convergence)")
                + ", objective " + Text.number(fit.objective()) + ", " + p + ", master seed "
                + fit.settings().masterSeed() + ".\n\n"
                + Text.markdownTable(List.of("parameter", "estimate", "se", "95% interval"), rows) + "\n"
                + Text.markdownTable(List.of("target", "observed", "fitted", "z"), moments);
    }
}
