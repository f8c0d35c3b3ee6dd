package org.offramp.design.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes everything about one calibration into a folder: {@code abc-posterior.csv/.md} (the
 * summary), {@code abc-trace.csv/.md} (per generation), {@code abc-sample.csv} (the weighted
 * posterior sample), {@code abc-targets.csv} (the targets, in the targets-file format), and the
 * charts {@code abc-trace.png/.svg} and {@code abc-posterior.png/.svg}. Each file is written
 * atomically.
 *
 * <pre>{@code
 * AbcResult r = abc.run(simulator);
 * CalibrationReport.write(r, null, "500 particles · master seed 42", Path.of("results/calibration"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CalibrationReport {
    private CalibrationReport() {
    }

    /**
     * Writes the report.
     *
     * @param result   the calibration
     * @param truth    the true parameter values (NaN where unknown), or null when none is known
     * @param subtitle the provenance line of the charts; empty for none
     * @param folder   the folder, created if missing
     * @return the files written
     * @throws IOException              if a file cannot be written
     * @throws IllegalArgumentException if {@code truth} does not have one value per parameter
     */
    public static List<Path> write(AbcResult result, double[] truth, String subtitle, Path folder) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        if (truth != null && truth.length != result.parameters().size()) {
            throw new IllegalArgumentException("truth must have one value per parameter (" + result.parameters().size()
                    + "), but had " + truth.length);
        }
        List<Path> files = new ArrayList<>();
        files.add(CalibrationTables.write(folder, "abc-posterior.csv", CalibrationTables.summaryCsv(result, truth)));
        files.add(CalibrationTables.write(folder, "abc-posterior.md", CalibrationTables.summaryMarkdown(result, truth)));
        files.add(CalibrationTables.write(folder, "abc-trace.csv", CalibrationTables.traceCsv(result)));
        files.add(CalibrationTables.write(folder, "abc-trace.md", CalibrationTables.traceMarkdown(result)));
        files.add(CalibrationTables.write(folder, "abc-sample.csv", CalibrationTables.sampleCsv(result)));
        files.add(CalibrationTables.write(folder, "abc-targets.csv", result.targets().toCsv()));
        files.addAll(CalibrationCharts.trace(result, truth, subtitle, folder, "abc-trace").paths());
        files.addAll(CalibrationCharts.posteriors(result, truth, subtitle, folder, "abc-posterior").paths());
        return List.copyOf(files);
    }
}
