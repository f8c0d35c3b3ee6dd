package org.offramp.experiment.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.sim.Simulation;

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
 * PolicyReport r2 = PolicyExperiments.run(spec, Path.of("results/offramps"), Simulation::run, listener);
 * }</pre>
 *
 * <p>Files written into the output folder (created if needed, each replaced atomically):
 * compare: {@code comparison.csv}, {@code comparison.md}, {@code shares.png/.svg},
 * {@code difference-VARIANT.png/.svg}; sweep: {@code sweep.csv}, {@code sweep.md} and the requested
 * {@code series-*.png/.svg} and {@code heatmap-*.png/.svg}; sensitivity: {@code sensitivity.csv},
 * {@code sensitivity.md}, {@code sobol-MEASURE.png/.svg}.
 *
 * <p>Stateless and thread-safe; a run blocks the calling thread and uses its own worker threads.
 * Interrupting the calling thread cancels with an {@code ExperimentCancelledException}.
 */
public final class PolicyExperiments {
    private PolicyExperiments() {
    }

    /**
     * What a policy experiment produced.
     *
     * @param spec        the experiment as run
     * @param markdown    its result table in Markdown (the text of the .md file)
     * @param files       the files written
     * @param wallSeconds the wall time of the runs
     */
    public record PolicyReport(PolicySpec spec, String markdown, List<Path> files, double wallSeconds) {
        /** Copies the list. */
        public PolicyReport {
            files = List.copyOf(files);
        }
    }

    /** Loads {@code file} and runs it with the built-in model; see the class comment. */
    public static PolicyReport run(Path file, Path outDir, ProgressListener listener) {
        return run(PolicySpecLoader.load(file), outDir, Simulation::run, listener);
    }

    /**
     * Runs a loaded experiment with {@code model}.
     *
     * @param outDir the folder for tables and charts, or null to write nothing
     */
    public static PolicyReport run(PolicySpec spec, Path outDir, RunModel model, ProgressListener listener) {
        Objects.requireNonNull(spec, "spec");
        List<Path> files = new ArrayList<>();
        if (spec instanceof PolicySpec.Compare c) {
            ComparisonResult r = c.toComparison().run(model, listener);
            if (outDir != null) {
                files.addAll(r.writeTo(outDir));
            }
            return new PolicyReport(spec, r.markdown(), files, r.wallSeconds());
        }
        if (spec instanceof PolicySpec.SweepSpec s) {
            SweepResult r = s.toSweep().run(model, listener);
            if (outDir != null) {
                files.addAll(r.writeTo(outDir, s.series(), s.seriesMeasures(),
                        s.heatMap() == null ? null : s.heatMap().toArray(new String[0])));
            }
            return new PolicyReport(spec, r.markdown(), files, r.wallSeconds());
        }
        PolicySpec.SensitivitySpec g = (PolicySpec.SensitivitySpec) spec;
        SensitivityResult r = g.toSensitivity().run(model, listener);
        if (outDir != null) {
            files.addAll(r.writeTo(outDir));
        }
        return new PolicyReport(spec, r.markdown(), files, r.wallSeconds());
    }
}
