package org.offramp.design.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.discovery.AbcCharts;
import org.offramp.output.chart.discovery.AbcTraceData;
import org.offramp.output.chart.discovery.PosteriorData;

/**
 * Turns an {@link AbcResult} into the plain data of {@link AbcCharts} and writes the charts: the
 * trace over generations and the posterior of each parameter. When the true parameter values are
 * known (a test on simulated data), they are drawn too; pass NaN for a value that is unknown.
 *
 * <pre>{@code
 * CalibrationCharts.trace(result, null, "500 particles · seed 42", out, "abc-trace");
 * CalibrationCharts.posteriors(result, new double[] {3.0, 0.3}, "", out, "abc-posterior");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CalibrationCharts {
    private CalibrationCharts() {
    }

    private static double[] truth(AbcResult result, double[] truth) {
        int p = result.parameters().size();
        if (truth == null) {
            double[] none = new double[p];
            java.util.Arrays.fill(none, Double.NaN);
            return none;
        }
        if (truth.length != p) {
            throw new IllegalArgumentException("truth must have one value per parameter (" + p + "), but had "
                    + truth.length);
        }
        return truth.clone();
    }

    /**
     * The trace chart's data.
     *
     * @param result the calibration
     * @param truth  the true values, NaN where unknown; null when none is known
     * @return the data
     * @throws IllegalArgumentException if {@code truth} does not have one value per parameter
     */
    public static AbcTraceData traceData(AbcResult result, double[] truth) {
        Objects.requireNonNull(result, "result");
        List<AbcGeneration> gens = result.generations();
        int g = gens.size();
        int p = result.parameters().size();
        double[] tolerance = new double[g];
        double[] ess = new double[g];
        double[][] mean = new double[p][g];
        double[][] lower = new double[p][g];
        double[][] upper = new double[p][g];
        for (int t = 0; t < g; t++) {
            AbcGeneration gen = gens.get(t);
            // A tolerance of 0 (every distance matched exactly) cannot sit on a log axis.
            tolerance[t] = Math.max(gen.tolerance(), 1e-12);
            ess[t] = gen.ess();
            for (int k = 0; k < p; k++) {
                mean[k][t] = gen.mean()[k];
                lower[k][t] = gen.lower()[k];
                upper[k][t] = gen.upper()[k];
            }
        }
        List<String> names = result.parameters().stream().map(CalibrationParameter::name).toList();
        return new AbcTraceData(tolerance, ess, result.size(), names, mean, lower, upper, truth(result, truth),
                "ABC-SMC calibration: " + g + " generations");
    }

    /**
     * The posterior chart's data, with 95% credible intervals.
     *
     * @param result the calibration
     * @param truth  the true values, NaN where unknown; null when none is known
     * @return the data
     * @throws IllegalArgumentException if {@code truth} does not have one value per parameter
     */
    public static PosteriorData posteriorData(AbcResult result, double[] truth) {
        Objects.requireNonNull(result, "result");
        double[] known = truth(result, truth);
        List<PosteriorData.Panel> panels = new ArrayList<>();
        List<ParameterSummary> summaries = result.summaries(0.95);
        for (int k = 0; k < summaries.size(); k++) {
            ParameterSummary s = summaries.get(k);
            CalibrationParameter par = s.parameter();
            panels.add(new PosteriorData.Panel(par.name(), result.column(k), result.weights(), par.lower(),
                    par.upper(), par.isDiscrete(), s.mean(), s.lower(), s.upper(), s.level(), known[k]));
        }
        return new PosteriorData(panels, "Posterior of " + (panels.size() == 1 ? "the parameter" : "each parameter")
                + " (" + result.size() + " particles)");
    }

    /**
     * Writes the trace chart.
     *
     * @param result   the calibration
     * @param truth    the true values, NaN where unknown; null when none is known
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles trace(AbcResult result, double[] truth, String subtitle, Path folder, String name)
            throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        return AbcCharts.trace(traceData(result, truth), subtitle, folder, name);
    }

    /**
     * Writes the posterior chart.
     *
     * @param result   the calibration
     * @param truth    the true values, NaN where unknown; null when none is known
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles posteriors(AbcResult result, double[] truth, String subtitle, Path folder, String name)
            throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        return AbcCharts.posteriors(posteriorData(result, truth), subtitle, folder, name);
    }
}
