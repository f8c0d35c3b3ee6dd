package org.offramp.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
 * {@code offramp bench}: runs per second of the baseline with one thread and with all cores, the
 * speed-up, time per run and per agent-step, and the peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Measure the baseline scenario's speed: runs per second with 1 thread and with T threads"
            + " (in memory, after a warm-up), the speed-up, thread time per run and per agent-step"
            + " (6 agents x simulated days), and the peak heap.",
            "Other work on the machine slows it down; run it twice and compare."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "2:bad input (a flag out of range)"})
final class BenchCommand implements Callable<Integer> {
    /** The master seed of the measured experiments: fixed, so every bench times the same runs. */
    static final long SEED = 20190517L;

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "2000", converter = Converters.Whole.class,
            description = "Runs per measurement, in [100, 1000000]; default ${DEFAULT-VALUE}.")
    private long runs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0", converter = Converters.WholeInt.class,
            description = "Threads of the parallel measurement, in [0, " + Limits.MAX_THREADS + "]; 0 (default) = all"
                + " cores.")
    private int threads;

    @Option(names = "--model", paramLabel = "NAME",
            description = "The model to measure (see 'offramp models'), on its baseline; default: the default model.")
    private String model;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "1000", converter = Converters.Whole.class,
            description = "Runs to warm up the JIT first, in [0, 1000000]; default ${DEFAULT-VALUE}.")
    private long warmup;

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
        int parallel = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        PrintWriter out = spec.commandLine().getOut();
        Model<?> m = model == null ? Models.defaultModel() : ModelsCommand.model(model);
        Scenario baseline = Scenarios.load(m, "baseline");
        out.printf(Locale.ROOT, "Benchmark: model %s, scenario baseline, %,d runs per measurement, %d cores available,"
                + " Java %s%n", m.name(), runs, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.flush();
        Benchmark.resetPeakHeap();
        if (warmup > 0) {
            // Other seeds than the measured ones, so nothing is cached between warm-up and measurement.
            Benchmark.measure(baseline, warmup, parallel, SEED + 1);
        }
        Benchmark.Measurement one = Benchmark.measure(baseline, runs, 1, SEED);
        Benchmark.Measurement many = Benchmark.measure(baseline, runs, parallel, SEED);
        long peak = Benchmark.peakHeapBytes();

        List<String> header = List.of("", "1 thread", parallel + (parallel == 1 ? " thread" : " threads"));
        List<List<String>> rows = List.of(
                List.of("wall time (s)", f("%.2f", one.seconds()), f("%.2f", many.seconds())),
                List.of("runs per second", f("%.0f", one.runsPerSecond()), f("%.0f", many.runsPerSecond())),
                List.of("thread time per run (ms)", f("%.3f", one.threadMillisPerRun()),
                        f("%.3f", many.threadMillisPerRun())),
                List.of("mean days simulated per run", f("%.1f", (double) one.daysSimulated() / one.runs()),
                        f("%.1f", (double) many.daysSimulated() / many.runs())),
                List.of("thread time per agent-step (us)", f("%.3f", one.threadMicrosPerAgentStep()),
                        f("%.3f", many.threadMicrosPerAgentStep())));
        out.println();
        out.print(ConsoleTable.format(header, rows, List.of(ConsoleTable.Align.LEFT, ConsoleTable.Align.RIGHT,
                ConsoleTable.Align.RIGHT)));
        double speedUp = many.runsPerSecond() / one.runsPerSecond();
        out.println();
        out.printf(Locale.ROOT, "speed-up            %.2f x on %d threads (efficiency %.0f%%)%n", speedUp, parallel,
                100 * speedUp / parallel);
        out.printf(Locale.ROOT, "peak heap           %.1f MiB (sum of heap pool peaks; max heap %.0f MiB)%n",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        // Both measurements ran the same seeds: the outcome counts must agree, whatever the threads.
        boolean same = one.counts().equals(many.counts()) && one.daysSimulated() == many.daysSimulated();
        out.println("same results        " + (same ? "yes" : "NO") + " (1 thread vs " + parallel + ": " + one.counts()
                + ")");
        out.flush();
        if (!same) {
            throw new IllegalStateException("1 thread and " + parallel + " threads gave different results: "
                    + one.counts() + " vs " + many.counts());
        }
        return OfframpCommand.OK;
    }

    private static String f(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }
}
