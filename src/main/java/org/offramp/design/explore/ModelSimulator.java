package org.offramp.design.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.offramp.design.calibration.CalibrationException;
import org.offramp.design.calibration.Simulator;
import org.offramp.experiment.RunModel;
import org.offramp.model.Param;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;

/**
 * A model as calibration sees it ({@link Simulator}): the calibrated parameters are set on the base
 * scenario, {@code runs} runs are made with the seeds {@code Seeds.runSeed(seed, i)}, and each
 * target's {@link Statistic} is computed over them.
 *
 * <pre>{@code
 * Simulator sim = new ModelSimulator(base, List.of(restraint), List.of(Statistic.parse(schema, "share(WAR)")),
 *         200, RunModel.of(base.model()), null);
 * double[] stats = sim.simulate(new double[] {0.7}, 42L);   // the WAR share of 200 runs at restraint 0.7
 * }</pre>
 *
 * <p>A pure function of the parameters and the seed: the runs' values are summed in run order,
 * whether they were made on one thread or spread over {@code pool}. Thread-safe: the calibration
 * may call it from several threads at once.
 */
public final class ModelSimulator implements Simulator {
    /** Runs per task when a simulation is spread over a pool. */
    private static final int CHUNK = 25;

    private final Scenario base;
    private final List<Param> parameters;
    private final List<Statistic> statistics;
    private final int runs;
    private final RunModel model;
    private final ExecutorService pool;

    /**
     * A simulator.
     *
     * @param base       the scenario the parameters are set on
     * @param parameters the calibrated parameters, in the order of the values {@link #simulate} receives
     * @param statistics one per target, in the targets' order
     * @param runs       runs per simulation, at least 1
     * @param model      the model of one run
     * @param pool       threads to spread one simulation's runs over, or null to run them on the calling
     *                   thread (when the calibration itself runs simulations in parallel)
     * @throws IllegalArgumentException if a parameter or statistic is of another model, or runs &lt; 1
     */
    public ModelSimulator(Scenario base, List<Param> parameters, List<Statistic> statistics, int runs, RunModel model,
                          ExecutorService pool) {
        this.base = Objects.requireNonNull(base, "base");
        this.parameters = List.copyOf(parameters);
        this.statistics = List.copyOf(statistics);
        this.model = Objects.requireNonNull(model, "model");
        this.pool = pool;
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, but was " + runs);
        }
        this.runs = runs;
        for (Param p : this.parameters) {
            if (!base.parameters().owns(p)) {
                throw new IllegalArgumentException("parameter " + p.path() + " is not a parameter of model "
                        + base.model().name());
            }
        }
        for (Statistic s : this.statistics) {
            if (s.schema() != base.model().record()) {
                throw new IllegalArgumentException("statistic " + s + " is not a statistic of model "
                        + base.model().name());
            }
        }
    }

    /**
     * The scenario with the calibrated parameters set.
     *
     * @param values one value per parameter (whole numbers for integers, 0 or 1 for flags)
     * @return the scenario
     * @throws IllegalArgumentException if a value is outside its parameter's range
     */
    public Scenario scenario(double[] values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException("values must have one value per parameter (" + parameters.size()
                    + "), but had " + values.length);
        }
        Scenario s = base;
        for (int k = 0; k < values.length; k++) {
            s = s.with(parameters.get(k), values[k]);
        }
        return s;
    }

    @Override
    public double[] simulate(double[] parameterValues, long seed) {
        Scenario s = scenario(parameterValues);
        double[][] values = new double[runs][];
        if (pool == null) {
            for (int i = 0; i < runs; i++) {
                values[i] = values(s, seed, i);
            }
        } else {
            List<Future<?>> tasks = new ArrayList<>();
            for (int from = 0; from < runs; from += CHUNK) {
                int start = from;
                int end = Math.min(runs, from + CHUNK);
                tasks.add(pool.submit(() -> {
                    for (int i = start; i < end; i++) {
                        values[i] = values(s, seed, i);
                    }
                }));
            }
            for (Future<?> t : tasks) {
                try {
                    t.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CalibrationException("interrupted while simulating", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException re ? re
                            : new CalibrationException("a run failed: " + e.getCause(), e.getCause());
                }
            }
        }
        double[] out = new double[statistics.size()];
        for (double[] v : values) {
            for (int k = 0; k < out.length; k++) {
                out[k] += v[k];
            }
        }
        for (int k = 0; k < out.length; k++) {
            out[k] /= runs;
        }
        return out;
    }

    private double[] values(Scenario s, long seed, int i) {
        long runSeed = Seeds.runSeed(seed, i);
        RunRecord r;
        try {
            r = model.run(s, runSeed);
        } catch (RuntimeException | Error e) {
            throw new CalibrationException("run " + i + " (seed " + runSeed + ") of scenario " + s.name() + " with "
                    + describe(s) + " failed: " + e, e);
        }
        double[] v = new double[statistics.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = statistics.get(k).value(r);
        }
        return v;
    }

    private String describe(Scenario s) {
        List<String> parts = new ArrayList<>();
        for (Param p : parameters) {
            parts.add(p.path() + " = " + p.format(s.get(p)));
        }
        return String.join(", ", parts);
    }

    /** {@return runs per simulation} */
    public int runs() {
        return runs;
    }
}
