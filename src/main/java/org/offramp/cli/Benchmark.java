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
import org.offramp.model.BareDay;
import org.offramp.model.Model;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;

/**
 * Measures the model's speed: in-memory experiments (no files), timed from start to result, with the
 * CPU time and the heap allocation of every run taken on the thread that made it, and the days each
 * run simulated counted from its record. Stateless; other work on the machine slows the wall time
 * down but hardly the CPU time, which is why both are measured.
 */
final class Benchmark {
    /** Runs per block of the measured experiments: small, so that the threads end close together. */
    static final int BLOCK_SIZE = 100;

    private static final com.sun.management.ThreadMXBean THREADS = threadBean();

    private Benchmark() {
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            if (t.isThreadCpuTimeSupported() && !t.isThreadCpuTimeEnabled()) {
                t.setThreadCpuTimeEnabled(true);
            }
            if (t.isThreadAllocatedMemorySupported() && !t.isThreadAllocatedMemoryEnabled()) {
                t.setThreadAllocatedMemoryEnabled(true);
            }
            return t;
        }
        return null;
    }

    /** Whether this JVM measures the CPU time of a thread. */
    static boolean cpuTimeSupported() {
        return THREADS != null && THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    /** Whether this JVM measures the heap allocation of a thread. */
    static boolean allocationSupported() {
        return THREADS != null && THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled();
    }

    /** The current thread's CPU time in nanoseconds, or 0 when not measured. */
    static long threadCpuNanos() {
        return cpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** The bytes the current thread has allocated on the heap, or 0 when not measured. */
    static long threadAllocatedBytes() {
        return allocationSupported() ? THREADS.getCurrentThreadAllocatedBytes() : 0;
    }

    /**
     * One timed experiment.
     *
     * @param threads        worker threads used
     * @param runs           runs made
     * @param nanos          wall time from start to result
     * @param cpuNanos       CPU time of the runs, summed over the threads that made them (0 if not measured)
     * @param allocatedBytes heap allocated by the runs, summed likewise (0 if not measured)
     * @param daysSimulated  simulated days summed over the runs
     * @param counts         runs per outcome, to check that thread counts agree
     * @param actors         the model's actors (at least 1: a model without actors counts one step a day)
     */
    record Measurement(int threads, long runs, long nanos, long cpuNanos, long allocatedBytes, long daysSimulated,
            Map<String, Long> counts, int actors) {
        double seconds() {
            return nanos / 1e9;
        }

        double runsPerSecond() {
            return runs / seconds();
        }

        /** CPU time per run, in milliseconds. */
        double cpuMillisPerRun() {
            return cpuNanos / 1e6 / runs;
        }

        /** CPU time per agent-day (one of the six actors on one simulated day), in nanoseconds. */
        double cpuNanosPerAgentDay() {
            return cpuNanos / (double) agentSteps();
        }

        /** Heap allocated per run, in bytes. */
        double bytesPerRun() {
            return allocatedBytes / (double) runs;
        }

        long agentSteps() {
            return daysSimulated * actors;
        }
    }

    /**
     * Runs {@code runs} runs of {@code scenario} on {@code threads} threads, in memory, in blocks of
     * {@link #BLOCK_SIZE}, and times them.
     *
     * @param threads worker threads, at least 1
     */
    static Measurement measure(Scenario scenario, long runs, int threads, long masterSeed) {
        Model<?> model = scenario.model();
        int horizon = model.horizon(scenario).orElse(Integer.MAX_VALUE);
        RunModel runModel = RunModel.of(model);
        LongAdder days = new LongAdder();
        LongAdder cpu = new LongAdder();
        LongAdder allocated = new LongAdder();
        Experiment e = Experiment.builder(scenario).runs(runs).threads(threads).blockSize(BLOCK_SIZE)
                .masterSeed(masterSeed).build();
        long t0 = System.nanoTime();
        ExperimentResult r = ExperimentRunner.run(e, (s, seed) -> {
            long c0 = threadCpuNanos();
            long a0 = threadAllocatedBytes();
            RunRecord rec = runModel.run(s, seed);
            allocated.add(threadAllocatedBytes() - a0);
            cpu.add(threadCpuNanos() - c0);
            // A run that ends on day d simulated days 0..d; a run that reaches the horizon ends there
            // after simulating days 0..horizon-1.
            days.add(Math.min(rec.day() + 1, horizon));
            return rec;
        });
        long nanos = System.nanoTime() - t0;
        return new Measurement(e.effectiveThreads(), r.runs(), nanos, cpu.sum(), allocated.sum(), days.sum(),
                r.counts(), actors(model));
    }

    /** A model's actors for per-agent-day figures: at least 1 (a model without actors counts one step a day). */
    static int actors(Model<?> model) {
        return Math.max(1, model.actors().size());
    }

    /**
     * The CPU time per agent-day of the model's {@link BareDay}: the random numbers and maths of a
     * simulated day without the model, the floor under the model's cost with its random-number scheme.
     *
     * @param bare the model's bare day
     * @param actors the model's actors, to count agent-days
     * @param days simulated days to time (after as many to warm up)
     * @return nanoseconds of CPU per agent-day (wall time when CPU time is not measured)
     */
    static double bareNanosPerAgentDay(BareDay bare, int actors, int days) {
        double sink = 0;
        for (int d = 0; d < days; d++) {
            sink += bare.day(d);
        }
        boolean cpu = cpuTimeSupported();
        long t0 = cpu ? threadCpuNanos() : System.nanoTime();
        for (int d = 0; d < days; d++) {
            sink += bare.day(d);
        }
        long t1 = cpu ? threadCpuNanos() : System.nanoTime();
        if (Double.isNaN(sink)) {
            // never true; keeps the loop's results alive so that the JIT cannot drop the work
            throw new AssertionError("NaN from the bare loop");
        }
        return (t1 - t0) / (double) days / actors;
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
