package org.offramp.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;

/**
 * Measures the model's speed: in-memory experiments (no files), timed from start to result, with the
 * days each run simulated counted from its record. Stateless; not meant to run concurrently with
 * other work (it would measure that work too).
 */
final class Benchmark {

    private Benchmark() {
    }

    /**
     * One timed experiment.
     *
     * @param threads        worker threads used
     * @param runs           runs made
     * @param nanos          wall time from start to result
     * @param daysSimulated  simulated days summed over the runs
     * @param counts         runs per outcome, to check that thread counts agree
     * @param actors         the model's actors (at least 1: a model without actors counts one step a day)
     */
    record Measurement(int threads, long runs, long nanos, long daysSimulated, Map<String, Long> counts, int actors) {
        double seconds() {
            return nanos / 1e9;
        }

        double runsPerSecond() {
            return runs / seconds();
        }

        /** Thread time per run: wall time times threads over runs. */
        double threadMillisPerRun() {
            return nanos * (double) threads / runs / 1e6;
        }

        /** Thread time per agent-step: one step is one actor's decision on one simulated day. */
        double threadMicrosPerAgentStep() {
            return nanos * (double) threads / agentSteps() / 1e3;
        }

        long agentSteps() {
            return daysSimulated * actors;
        }
    }

    /**
     * Runs {@code runs} runs of {@code scenario} on {@code threads} threads, in memory, and times them.
     *
     * @param threads worker threads, at least 1
     */
    static Measurement measure(Scenario scenario, long runs, int threads, long masterSeed) {
        Model<?> model = scenario.model();
        int horizon = model.horizon(scenario).orElse(Integer.MAX_VALUE);
        RunModel runModel = RunModel.of(model);
        LongAdder days = new LongAdder();
        Experiment e = Experiment.builder(scenario).runs(runs).threads(threads).masterSeed(masterSeed).build();
        long t0 = System.nanoTime();
        ExperimentResult r = ExperimentRunner.run(e, (s, seed) -> {
            RunRecord rec = runModel.run(s, seed);
            // A run that ends on day d simulated days 0..d; a run that reaches the horizon ends there
            // after simulating days 0..horizon-1.
            days.add(Math.min(rec.day() + 1, horizon));
            return rec;
        });
        long nanos = System.nanoTime() - t0;
        return new Measurement(e.effectiveThreads(), r.runs(), nanos, days.sum(), r.counts(),
                Math.max(1, model.actors().size()));
    }

    /** Resets the peak usage of every heap memory pool, so that {@link #peakHeapBytes()} covers what follows. */
    static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The sum over heap memory pools of their peak usage since the last reset. The pools peak at
     * different moments, so this is an upper bound of the heap used at any one time.
     */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
