package org.offramp.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.offramp.scenario.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offramp compare|sweep|sensitivity FILE [flags]}: the same as {@code offramp run FILE} for a
 * policy experiment file of that kind, and refused (exit 2) for a file of another kind or a plain
 * experiment file. They take only the flags that apply to policy experiments.
 *
 * <p>Each invocation gets its own instance; not thread-safe.
 */
final class PolicyCommands {
    private PolicyCommands() {
    }

    /** The flags and behaviour shared by the three commands; {@link #kind()} is the only difference. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", converter = Converters.File.class,
                description = "The policy experiment file (YAML; see docs/policy-experiments.md).")
        Path file;

        @Option(names = "--runs", paramLabel = "N", converter = Converters.Whole.class,
                description = "Runs per variant or design point (runsPerPoint for sensitivity), in [1, 2147483647].")
        Long runs;

        @Option(names = "--seed", paramLabel = "S", converter = Converters.Seed.class,
                description = "The master seed (any 64-bit integer, e.g. 20190517 or 0x1341b25).")
        Long seed;

        @Option(names = "--threads", paramLabel = "T", converter = Converters.WholeInt.class,
                description = "Worker threads, in [0, " + Limits.MAX_THREADS + "]; 0 = all cores. Never changes the"
                    + " results.")
        Integer threads;

        @Option(names = "--out", paramLabel = "DIR", converter = Converters.Folder.class,
                description = "The results folder (default: results/<experiment name>).")
        Path out;

        @Option(names = "--set", paramLabel = "PATH=VALUE",
                description = "Change one parameter of the base scenario; repeatable.")
        List<String> sets = new ArrayList<>();

        @Option(names = "--overwrite", description = "Replace the results already in the results folder.")
        boolean overwrite;

        @Option(names = "--quiet", description = "No progress bar (it is also off when standard error is not a"
                + " terminal).")
        boolean quiet;

        @Option(names = "--resume", description = "Continue an interrupted run from the checkpoint in the results"
                + " folder.")
        boolean resume;

        @Option(names = "--shard", paramLabel = "K/N",
                description = "Run only shard K of N (K from 0), a deterministic slice of the blocks, into a shard"
                    + " folder (default results/<name>/shard-K-of-N) for 'offramp merge'. Not with --resume or"
                    + " --engine spark.")
        String shard;

        @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
                description = "Where the runs run: local (default: this JVM's threads) or spark (a SparkContext;"
                    + " the ./offramp launcher adds Spark, or use spark-submit).")
        String engine;

        @Option(names = "--master", paramLabel = "URL",
                description = "With --engine spark: the Spark master, e.g. 'local[*]' or spark://HOST:7077;"
                    + " without it the master comes from spark-submit.")
        String master;

        /** The kind of file this command runs. */
        abstract String kind();

        @Override
        public Integer call() throws IOException {
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true");
            }
            RunCommand.checkFileExists(file);
            var parsed = spec.root().commandLine().getParseResult();
            PolicyRun.Flags f = new PolicyRun.Flags(kind(), file, runs, seed, threads, out, sets, overwrite, quiet,
                    parsed == null ? List.of() : parsed.originalArgs(), resume, shard, engine, master);
            return new PolicyRun(f, spec.commandLine().getOut(), spec.commandLine().getErr()).call(kind());
        }
    }

    private static final String EXIT_0 = "0:success";
    private static final String EXIT_1 = "1:failure: a run threw (its variant or point, index and seed are printed;"
            + " the runs before it are checkpointed), or an I/O error";
    private static final String EXIT_2 = "2:bad input: a bad flag, file (or one of another kind), --set value, a"
            + " results folder that already holds files (without --overwrite or --resume), or a checkpoint --resume"
            + " cannot trust; nothing is written";
    private static final String EXIT_130 = "130:interrupted (Ctrl-C); the committed runs are checkpointed and --resume"
            + " continues them";

    /** {@code offramp compare FILE}. */
    @Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
            description = {"Run a kind: compare file (the same as 'offramp run FILE'): every variant on common"
                + " seeds, paired differences, comparison.csv/.md and charts (PNG and SVG)."},
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_1, EXIT_2, EXIT_130})
    static final class Compare extends Base {
        @Override
        String kind() {
            return "compare";
        }
    }

    /** {@code offramp sweep FILE}. */
    @Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
            description = {"Run a kind: sweep file (the same as 'offramp run FILE'): every design point on common"
                + " seeds, sweep.csv/.md and the series and heat-map charts (PNG and SVG)."},
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_1, EXIT_2, EXIT_130})
    static final class Sweep extends Base {
        @Override
        String kind() {
            return "sweep";
        }
    }

    /** {@code offramp sensitivity FILE}. */
    @Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
            description = {"Run a kind: sensitivity file (the same as 'offramp run FILE'): Sobol indices on a"
                + " Saltelli design, sensitivity.csv/.md and one chart per measure (PNG and SVG)."},
            exitCodeListHeading = "%nExit codes:%n", exitCodeList = {EXIT_0, EXIT_1, EXIT_2, EXIT_130})
    static final class Sensitivity extends Base {
        @Override
        String kind() {
            return "sensitivity";
        }
    }
}
