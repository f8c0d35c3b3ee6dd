package org.offramp.cli;

import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.RunModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * The {@code offramp} command: the entry point of the command-line tool and the parent of its
 * subcommands ({@code run}, {@code rerun}, {@code compare}, {@code sweep}, {@code sensitivity}, {@code discover},
 * {@code calibrate}, {@code merge},
 * {@code replay}, {@code models}, {@code scenarios}, {@code params}, {@code bench}), for any installed model.
 *
 * <pre>{@code
 * // in-process, as the tests do:
 * int code = OfframpCommand.newCommandLine().execute("run", "experiments/baseline.yaml", "--runs", "200");
 * }</pre>
 *
 * <p>Exit codes: {@link #OK} 0, {@link #FAILURE} 1 (a run threw, or an I/O error),
 * {@link #BAD_INPUT} 2 (a bad flag, file, override, or a results folder that holds results; nothing
 * is written), {@link #INTERRUPTED} 130 (cancelled by Ctrl-C). Only {@link #main} ends the process.
 * Errors are one line with what to do next; the global option {@code --debug} adds the stack trace.
 * Each call of {@link #newCommandLine()} makes a fresh, independent command; a command line is
 * not thread-safe.
 */
@Command(name = "offramp",
        mixinStandardHelpOptions = true,
        versionProvider = OfframpCommand.Version.class,
        description = "Agent-based Monte Carlo wargaming: run, compare and sweep the installed models (see 'offramp"
            + " models'; the flagship is the 2019 US-Iran gray-zone standoff).",
        subcommands = {RunCommand.class, RerunCommand.class, PolicyCommands.Compare.class, PolicyCommands.Sweep.class,
            PolicyCommands.Sensitivity.class, DiscoverCommand.class, CalibrateCommand.class, MergeCommand.class, ReplayCommand.class, ModelsCommand.class, ScenariosCommand.class, ParamsCommand.class,
            BacktestCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure: a run threw (its index, seed and replay command are printed), or an I/O error",
            "2:bad input: a bad flag, experiment or scenario file, --set value, or a results folder"
                + " that already holds results (without --overwrite or --resume); shards that do not merge;"
                + " --engine spark without Spark; nothing is written",
            "130:interrupted (Ctrl-C); a results folder is left consistent and --resume continues it"},
        footer = {"", "Errors are one line with what to do next; --debug (before or after the command) adds the"
            + " stack trace.", "See docs/cli.md for examples."})
public final class OfframpCommand implements Runnable {
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: a run failed or an I/O error occurred. */
    public static final int FAILURE = 1;
    /** Exit code: bad input; nothing was written. */
    public static final int BAD_INPUT = 2;
    /** Exit code: interrupted (128 + SIGINT, as shells report it). */
    public static final int INTERRUPTED = 130;
    /** The global option that adds stack traces to error messages. */
    static final String DEBUG = "--debug";

    @Option(names = DEBUG, scope = ScopeType.INHERIT,
            description = "On an error, print the stack trace after the message (for bug reports).")
    private boolean debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Picocli's constructor; use {@link #newCommandLine()}. */
    public OfframpCommand() {
    }

    /** Without a subcommand: print the usage and fail, since nothing was asked for. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, rerun, compare,"
                + " sweep, sensitivity, discover, calibrate, merge, replay, models, scenarios, params or bench");
    }

    /**
     * A fresh command line with the tool's error handling: parse errors exit with
     * {@link #BAD_INPUT}, and exceptions from a command are mapped to the exit codes above.
     *
     * @return the command line; set its out and err writers to capture output
     */
    public static CommandLine newCommandLine() {
        return newCommandLine(null);
    }

    /**
     * A command line whose {@code run} and {@code rerun} use {@code model} for the runs of a plain
     * experiment, instead of the model the file names (null: the file's model): the seam through
     * which tests make runs fail or the disk fill up at a chosen run.
     */
    static CommandLine newCommandLine(RunModel model) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cl = new CommandLine(new OfframpCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == RunCommand.class) {
                    return cls.cast(new RunCommand(model));
                }
                if (cls == RerunCommand.class) {
                    return cls.cast(new RerunCommand(model));
                }
                return defaults.create(cls);
            }
        });
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        // Charts are drawn off-screen; without this, AWT may look for a display.
        System.setProperty("java.awt.headless", "true");
        System.exit(newCommandLine().execute(args));
    }

    /** The version line, from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"offramp " + ExperimentRunner.libraryVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
