package org.offramp.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.Optional;
import org.offramp.model.BareDay;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Scenario;
import org.offramp.output.ConsoleTable;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code offramp bench}: the baseline's speed with one thread and with all cores, measured in
 * alternating repeats (medians): runs per second, CPU time per run and per agent-day, heap allocated
 * per run, the speed-up and how much more CPU a run takes on T threads, the floor of the
 * random-number scheme ({@link BareDay}) and the model's ratio to it, and the peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Measure the baseline scenario's speed, in memory, after a warm-up: with 1 thread and with"
            + " T threads, alternately, R times, reporting medians: runs per second, CPU time per run and per"
            + " agent-day (the model's agents x simulated days), heap allocated per run, the speed-up; the random numbers and"
            + " maths of a day alone (the floor of the scheme, for a model that offers it) and the model's ratio to it;"
            + " the peak heap.",
            "CPU times hardly depend on other work on the machine; wall times and runs per second do: the load"
                + " average is printed before and after."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "2:bad input (a flag out of range)"})
final class BenchCommand implements Callable<Integer> {
    /** The master seed of the measured experiments: fixed, so every bench times the same runs. */
    static final long SEED = 20190517L;
    /** Simulated days the bare loop times. */
    private static final int BARE_DAYS = 200_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "4000", converter = Converters.Whole.class,
            description = "Runs per measurement, in [100, 1000000]; default ${DEFAULT-VALUE}.")
    private long runs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0", converter = Converters.WholeInt.class,
            description = "Threads of the parallel measurement, in [0, " + Limits.MAX_THREADS + "]; 0 (default) = all"
                + " cores.")
    private int threads;

    @Option(names = "--model", paramLabel = "NAME",
            description = "The model to measure (see 'offramp models'), on its baseline; default: the default model.")
    private String model;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "4000", converter = Converters.Whole.class,
            description = "Runs to warm up the JIT first, in [0, 1000000]; default ${DEFAULT-VALUE}.")
    private long warmup;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "3", converter = Converters.WholeInt.class,
            description = "Alternating repeats of the two measurements, in [1, 100]; medians are reported;"
                + " default ${DEFAULT-VALUE}.")
    private int repeats;

    @Override
    public Integer call() {
        if (runs < 100 || runs > 1_000_000) {
            throw new BadInputException("--runs must be in [100, 1000000], but was " + runs);
        }
        try {
            Limits.threads("--threads", threads);
        } catch (IllegalArgumentException ex) {
            throw new BadInputException(ex.getMessage(), ex);
        }
        if (warmup < 0 || warmup > 1_000_000) {
            throw new BadInputException("--warmup must be in [0, 1000000], but was " + warmup);
        }
        if (repeats < 1 || repeats > 100) {
            throw new BadInputException("--repeats must be in [1, 100], but was " + repeats);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int parallel = threads == 0 ? cores : threads;
        PrintWriter out = spec.commandLine().getOut();
        Model<?> measured = model == null ? Models.defaultModel() : ModelsCommand.model(model);
        Scenario baseline = Scenarios.load(measured, "baseline");
        int actors = Benchmark.actors(measured);
        Optional<BareDay> bareDay = measured.bareDay(SEED);
        double loadBefore = load();
        out.printf(Locale.ROOT, "Benchmark: model %s, scenario baseline, %,d runs per measurement, %d x (1 thread,"
                + " %d threads) alternately, %d cores available, Java %s%n", measured.name(), runs, repeats, parallel, cores,
                System.getProperty("java.version"));
        out.flush();
        Benchmark.resetPeakHeap();
        if (warmup > 0) {
            // Other seeds than the measured ones, so nothing is cached between warm-up and measurement.
            Benchmark.measure(baseline, warmup, parallel, SEED + 1);
            bareDay.ifPresent(b -> Benchmark.bareNanosPerAgentDay(b, actors, BARE_DAYS / 4));
        }
        List<Benchmark.Measurement> one = new ArrayList<>();
        List<Benchmark.Measurement> many = new ArrayList<>();
        double[] bare = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            one.add(Benchmark.measure(baseline, runs, 1, SEED));
            many.add(Benchmark.measure(baseline, runs, parallel, SEED));
            bare[r] = bareDay.isPresent() ? Benchmark.bareNanosPerAgentDay(bareDay.get(), actors, BARE_DAYS) : 0;
        }
        long peak = Benchmark.peakHeapBytes();
        double loadAfter = load();

        boolean cpu = Benchmark.cpuTimeSupported();
        boolean alloc = Benchmark.allocationSupported();
        List<String> header = List.of("", "1 thread", parallel + (parallel == 1 ? " thread" : " threads"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("wall time (s)", "%.2f", one, many, Benchmark.Measurement::seconds, true));
        rows.add(row("runs per second", "%.0f", one, many, Benchmark.Measurement::runsPerSecond, true));
        rows.add(row("CPU time per run (ms)", "%.3f", one, many, Benchmark.Measurement::cpuMillisPerRun, cpu));
        rows.add(row("CPU time per agent-day (ns)", "%.0f", one, many, Benchmark.Measurement::cpuNanosPerAgentDay,
                cpu));
        rows.add(row("heap allocated per run (KB)", "%.2f", one, many, m -> m.bytesPerRun() / 1024, alloc));
        rows.add(row("mean days simulated per run", "%.1f", one, many,
                m -> (double) m.daysSimulated() / m.runs(), true));
        out.println();
        out.print(ConsoleTable.format(header, rows, List.of(ConsoleTable.Align.LEFT, ConsoleTable.Align.RIGHT,
                ConsoleTable.Align.RIGHT)));
        double speedUp = median(many, Benchmark.Measurement::runsPerSecond) / median(one, Benchmark.Measurement::runsPerSecond);
        out.println();
        out.printf(Locale.ROOT, "speed-up            %.2f x on %d threads (efficiency %.0f%%)", speedUp, parallel,
                100 * speedUp / parallel);
        if (cpu) {
            // More CPU per run on T threads means the threads slow each other down (shared caches,
            // memory, a core shared with other work); the same CPU with a lower speed-up means they
            // waited (for a core, for the committing thread, for the last block).
            out.printf(Locale.ROOT, "; a run takes %.2f x the CPU time of 1 thread",
                    median(many, Benchmark.Measurement::cpuMillisPerRun) / median(one, Benchmark.Measurement::cpuMillisPerRun));
        }
        out.println();
        if (bareDay.isPresent()) {
            double floor = median(bare);
            out.printf(Locale.ROOT, "bare loop           %.0f ns per agent-day for the random numbers and maths alone (%s);"
                    + " the model takes %.1f x that%n", floor, cpu ? "CPU time" : "wall time",
                    median(one, cpu ? Benchmark.Measurement::cpuNanosPerAgentDay
                            : x -> x.nanos() / (double) x.agentSteps()) / floor);
        } else {
            out.println("bare loop           n/a (the model offers no bare day of its random numbers and maths)");
        }
        out.printf(Locale.ROOT, "peak heap           %.1f MiB (sum of heap pool peaks; max heap %.0f MiB)%n",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        out.printf(Locale.ROOT, "load average        %s before, %s after, on %d cores (other work slows the wall times)%n",
                loadText(loadBefore), loadText(loadAfter), cores);
        // Every measurement ran the same seeds: the outcome counts must agree, whatever the threads.
        Benchmark.Measurement first = one.get(0);
        boolean same = true;
        for (List<Benchmark.Measurement> list : List.of(one, many)) {
            for (Benchmark.Measurement m : list) {
                same &= m.counts().equals(first.counts()) && m.daysSimulated() == first.daysSimulated();
            }
        }
        out.println("same results        " + (same ? "yes" : "NO") + " (1 thread vs " + parallel + ": " + first.counts()
                + ")");
        out.flush();
        if (!same) {
            throw new IllegalStateException("1 thread and " + parallel + " threads gave different results");
        }
        return OfframpCommand.OK;
    }

    private static List<String> row(String label, String format, List<Benchmark.Measurement> one,
            List<Benchmark.Measurement> many, ToDoubleFunction<Benchmark.Measurement> metric, boolean measured) {
        if (!measured) {
            return List.of(label, "n/a", "n/a");
        }
        return List.of(label, f(format, median(one, metric)), f(format, median(many, metric)));
    }

    private static double median(List<Benchmark.Measurement> ms, ToDoubleFunction<Benchmark.Measurement> metric) {
        return median(ms.stream().mapToDouble(metric).toArray());
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The system load average of the last minute, or a negative number where there is none. */
    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String loadText(double load) {
        return load < 0 ? "n/a" : f("%.2f", load);
    }

    private static String f(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }
}
