package org.offramp.cli;

import org.offramp.output.Words;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.offramp.design.PolicyExperiments;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRun;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.Provenance;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.RunFailedException;
import org.offramp.experiment.RunModel;
import org.offramp.model.Scenario;
import org.offramp.scenario.ExperimentSpec;
import org.offramp.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offramp rerun DIR [--out OTHER]}: runs again the experiment that produced a results folder,
 * from its {@code summary.json} alone (no experiment or scenario file is read), and checks that the
 * new {@code runs.csv} is byte-identical to the folder's.
 *
 * <p>{@code summary.json} records the scenario as its parameter values with its content hash, and
 * every setting that decides the runs ({@link Provenance}); the rerun verifies the hash, refuses a
 * summary of another library version, and writes a complete results folder (charts and stories as
 * the original invocation asked for them). A runs.csv that differs from the original is an error
 * (exit 1): the same settings and version must make the same runs.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Run again the experiment that produced a results folder, from its summary.json alone, into"
            + " another folder, and check that the new runs.csv is byte-identical to the folder's."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success: the new runs.csv is identical to the folder's (or the folder has none to compare with)",
            "1:failure: the new runs.csv differs from the folder's, a run threw, or an I/O error",
            "2:bad input: DIR holds no summary.json, a damaged one, or one of another library version; --out holds"
                + " results (without --overwrite or --resume); nothing is written",
            "130:interrupted (Ctrl-C); --resume continues the rerun"})
final class RerunCommand implements Callable<Integer> {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @Spec
    private CommandSpec spec;

    private final RunModel model;

    /** The command with the summary's model; picocli's constructor. */
    RerunCommand() {
        this(null);
    }

    /** The command with another model (see {@link OfframpCommand#newCommandLine(RunModel)}). */
    RerunCommand(RunModel model) {
        this.model = model;
    }

    @Parameters(index = "0", paramLabel = "DIR", description = "The results folder to run again (its summary.json).")
    private Path dir;

    @Option(names = "--out", paramLabel = "OTHER", description = "The new results folder (default: DIR-rerun).")
    private Path out;

    @Option(names = "--overwrite", description = "Replace the results already in the new folder.")
    private boolean overwrite;

    @Option(names = "--resume", description = "Continue an interrupted rerun in the new folder.")
    private boolean resume;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, in [0, 1024]; 0 = all cores. Never changes the results.")
    private Integer threads;

    @Option(names = "--quiet", description = "No progress bar (it is also off when standard error is not a terminal).")
    private boolean quiet;

    @Option(names = "--no-charts", description = "Draw no charts, whatever the original invocation asked for.")
    private boolean noCharts;

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Path summaryFile = checkSource();
        JsonNode summary = Provenance.readSummary(summaryFile);
        Experiment.Builder b = Provenance.experimentOf(summary, summaryFile.toString());
        JsonNode original = summary.path("provenance").path("invocation");
        if (resume && overwrite) {
            throw new BadInputException("--resume and --overwrite exclude each other; allowed: at most one of them");
        }
        if (threads != null && (threads < 0 || threads > 1024)) {
            throw new BadInputException("--threads must be in [0, 1024] (0 = all cores), but was " + threads);
        }
        Path target = out != null ? out : Path.of(dir.normalize() + "-rerun");
        checkTarget(target);
        // Before anything runs: with --out DIR --overwrite the original is replaced.
        Path originalCsv = dir.resolve("runs.csv");
        String originalSha = Files.isRegularFile(originalCsv) ? Invocation.sha256(originalCsv) : null;
        ObjectNode invocation = invocation(original, summaryFile);
        int t = threads != null ? threads : original.path("settings").path("threads").path("value").asInt(0);
        Experiment e = b.threads(Math.max(0, Math.min(1024, t))).outputDirectory(target).overwrite(overwrite)
                .resume(resume).invocation(invocation).build();
        String name = name(original, e);

        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExperimentResult result;
        CountDownLatch settled = new CountDownLatch(1);
        AtomicBoolean completed = new AtomicBoolean();
        Thread hook;
        String resumeCommand = command(target, "--resume");
        try (ProgressReporter progress = ProgressReporter.forTerminal(quiet, name)) {
            ExperimentRun running = ExperimentRunner.start(e, model != null ? model : RunModel.of(e.model()), progress);
            hook = new Thread(new RunCommand.CtrlC(running, settled, completed, err, "offramp rerun: interrupted after"
                    + " the experiment had completed: runs.csv and summary.json in " + target + " are complete, the"
                    + " charts and stories may be missing. Draw them (nothing is run again) with:\n  " + resumeCommand),
                    "offramp-ctrl-c");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                result = running.await();
                completed.set(true);
            } catch (RunFailedException f) {
                progress.close();
                err.println("offramp rerun: run " + f.runIndex() + " (seed " + f.seed() + ") failed: " + f.getCause());
                err.println("The runs before it are saved in " + target + "; once the cause is fixed, continue with:");
                err.println("  " + resumeCommand);
                trace(err, f);
                return OfframpCommand.FAILURE;
            } catch (ExperimentCancelledException c) {
                progress.close();
                err.println("offramp rerun: interrupted after " + c.runsCommitted() + " committed runs; the results"
                        + " folder " + target + " is consistent. Continue with:");
                err.println("  " + resumeCommand);
                err.flush();
                return OfframpCommand.INTERRUPTED;
            } catch (ResultsFolderException x) {
                if (x.isBadInput() || ErrorHandler.ioCause(x) == null) {
                    throw x;
                }
                progress.close();
                err.println("offramp rerun: cannot write the results folder " + target + ": "
                        + ErrorHandler.describe(ErrorHandler.ioCause(x)));
                err.println("Once there is space (or the folder can be written), "
                        + (Files.exists(target.resolve("checkpoint.json")) ? "continue with:" : "start again with:"));
                err.println("  " + (Files.exists(target.resolve("checkpoint.json")) ? resumeCommand
                        : command(target, "--overwrite")));
                trace(err, x);
                return OfframpCommand.FAILURE;
            } finally {
                settled.countDown();
                if (!completed.get()) {
                    removeHook(hook);
                }
            }
        }
        try {
            report(w, e, result, name, original, target, summaryFile);
        } catch (IOException | UncheckedIOException x) {
            IOException io = ErrorHandler.ioCause(x);
            err.println("offramp rerun: the experiment is complete (runs.csv and summary.json in " + target + "), but"
                    + " its charts and stories could not be written: " + (io == null ? x : ErrorHandler.describe(io)));
            err.println("Once there is space (or the folder can be written), draw them (nothing is run again) with:");
            err.println("  " + resumeCommand);
            trace(err, x);
            return OfframpCommand.FAILURE;
        } finally {
            removeHook(hook);
        }
        return compare(w, err, originalSha, originalCsv, target.resolve("runs.csv"), summary.path("status").asText(),
                summary.path("files").path("runs.csv").path("sha256").asText(""));
    }

    /** DIR must be a results folder with a summary.json (not a shard or policy folder). */
    private Path checkSource() {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("results folder " + dir + " does not exist or is not a folder; allowed: a"
                    + " folder written by 'offramp run' or 'offramp merge'");
        }
        Path summary = dir.resolve("summary.json");
        if (!Files.exists(summary) && Files.exists(dir.resolve("partial.json"))) {
            throw new BadInputException(dir + " is the folder of one shard (partial.json, no summary.json); merge the"
                    + " shards with 'offramp merge', then rerun the merged folder");
        }
        if (!Files.exists(summary) && Files.exists(dir.resolve(PolicyExperiments.PROVENANCE))) {
            throw new BadInputException(dir + " holds a policy experiment (" + PolicyExperiments.PROVENANCE + ", no"
                    + " summary.json), which rerun does not run; run its file again: " + dir.resolve(
                            PolicyExperiments.PROVENANCE) + " holds the file's text and the flags");
        }
        return summary;
    }

    /** The new folder must differ from DIR unless --overwrite, and be new or empty unless --overwrite or --resume. */
    private void checkTarget(Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInputException("--out " + target + " is a file; allowed: a new or empty folder");
        }
        ResultsLayout.Contents c = ResultsLayout.scan(target);
        if (!overwrite && !resume && !c.isEmpty()) {
            List<String> present = Stream.of(c.experimentFiles(), c.temporaryFiles(), c.otherFiles())
                    .flatMap(List::stream).filter(n -> !n.equals(FolderLock.FILE)).sorted().limit(6).toList();
            throw new BadInputException("results folder " + target + " already holds results (" + String.join(", ",
                    present) + "); allowed: a new or empty folder (--out OTHER), --overwrite to replace them,"
                    + " or --resume to continue an interrupted rerun");
        }
        if (overwrite && !c.otherFiles().isEmpty()) {
            // Checked again by the engine under the folder's lock; here so that nothing is written.
            throw new BadInputException("results folder " + target + " holds files that are not an experiment's ("
                    + String.join(", ", c.otherFiles().subList(0, Math.min(6, c.otherFiles().size())))
                    + "); --overwrite deletes only the files an experiment writes (runs.csv, summary.json,"
                    + " checkpoint.json, charts/, stories/ ...); allowed: move those files away, or another --out");
        }
    }

    /**
     * The record of this invocation: the original's (experiment file, scenario, changes, settings,
     * outputs), with this command line and the folder it reran.
     */
    private ObjectNode invocation(JsonNode original, Path summaryFile) throws IOException {
        ObjectNode n = original.isObject() ? (ObjectNode) original.deepCopy() : Invocation.JSON.createObjectNode();
        n.put("command", "rerun");
        var parsed = spec.root().commandLine().getParseResult();
        ArrayNode args = n.putArray("arguments");
        (parsed == null ? List.<String>of() : parsed.originalArgs()).forEach(args::add);
        ObjectNode of = n.putObject("rerunOf");
        of.put("folder", dir.toString());
        of.put("summarySha256", Invocation.sha256(summaryFile));
        if (original.isObject()) {
            of.set("command", original.get("command"));
            of.set("arguments", original.get("arguments"));
        }
        if (threads != null) {
            ObjectNode settings = n.has("settings") && n.get("settings").isObject() ? (ObjectNode) n.get("settings")
                    : n.putObject("settings");
            Invocation.setting(settings, "threads", threads, "--threads", null);
        }
        if (noCharts) {
            ObjectNode outputs = n.has("outputs") && n.get("outputs").isObject() ? (ObjectNode) n.get("outputs")
                    : n.putObject("outputs");
            outputs.put("charts", false);
            outputs.put("source", "--no-charts");
        }
        return n;
    }

    /** The experiment's name from the original invocation, else its scenario's. */
    private static String name(JsonNode original, Experiment e) {
        String n = original.path("experiment").asText("");
        if (NAME.matcher(n).matches()) {
            return n;
        }
        String s = e.scenario().name();
        return NAME.matcher(s).matches() ? s : "rerun";
    }

    private void report(PrintWriter w, Experiment e, ExperimentResult r, String name, JsonNode original, Path target,
            Path summaryFile) throws IOException {
        JsonNode outputs = original.path("outputs");
        boolean charts = outputs.path("charts").asBoolean(ExperimentSpec.Outputs.DEFAULT.charts()) && !noCharts;
        int stories = outputs.path("stories").asInt(ExperimentSpec.Outputs.DEFAULT.stories());
        // No file is needed to replay a run: the embedded scenario of that name (else the baseline) with
        // every parameter that differs set on the command line.
        Scenario s = e.scenario();
        String ref = ReplayCommand.isEmbedded(s.model(), s.name()) ? s.name() : "baseline";
        Map<String, Double> diffs = s.differencesFrom(Scenarios.load(s.model(), ref));
        LongFunction<String> replay = seed -> ReplayCommand.command(s.model(), ref, seed, diffs);
        String headline = String.format(Locale.ROOT, "rerun of %s · experiment %s · scenario %s · %s · master seed"
                + " %d · %s · %s%n%s", summaryFile, name, s.name(), Words.count(r.runs(), "run"), e.masterSeed(),
                ResultReport.threads(r.threads()), ProgressReporter.seconds(r.wallTime()),
                Invocation.changesLine(e.invocation().orElse(null), s.parameters()));
        ResultReport.print(w, headline, r, new ResultReport.Target(name, target, charts, stories, replay));
    }

    /**
     * Compares the new runs.csv with the original's, and says so. The SHA-256 the original summary
     * recorded ({@code files."runs.csv"}, empty for a summary without it) tells which side changed when
     * they differ, and stands in for an original runs.csv that is gone.
     */
    private int compare(PrintWriter w, PrintWriter err, String originalSha, Path originalCsv, Path newCsv,
            String originalStatus, String recordedSha) throws IOException {
        String sha = Invocation.sha256(newCsv);
        if (originalSha == null && recordedSha.isEmpty()) {
            w.println("compare  " + dir + " holds no runs.csv to compare with (its summary's status is "
                    + originalStatus + "); the new one has SHA-256 " + sha);
            w.flush();
            return OfframpCommand.OK;
        }
        if (originalSha == null) {
            if (recordedSha.equals(sha)) {
                w.println("compare  " + dir + " holds no runs.csv, but the new one has the SHA-256 its summary.json"
                        + " records for it (" + sha + ")");
                w.flush();
                return OfframpCommand.OK;
            }
            w.flush();
            err.println("offramp rerun: the new runs.csv (SHA-256 " + sha + ") differs from the one " + dir
                    + "/summary.json records (SHA-256 " + recordedSha + "; the file itself is gone): the same settings"
                    + " and library version made other runs, so the model changed since it was written");
            err.flush();
            return OfframpCommand.FAILURE;
        }
        if (originalSha.equals(sha)) {
            w.println("compare  runs.csv is byte-identical to " + originalCsv + " (SHA-256 " + sha + ")");
            w.flush();
            return OfframpCommand.OK;
        }
        w.flush();
        String why;
        if (recordedSha.equals(sha)) {
            why = "the new one is the file " + dir + "/summary.json records, so " + originalCsv + " was changed after"
                    + " it was written";
        } else if (recordedSha.equals(originalSha)) {
            why = originalCsv + " is still the file its summary.json records, so the same settings and library version"
                    + " made other runs: the model changed since it was written";
        } else {
            why = "the same settings and library version made other runs, so the model or the runs.csv of " + dir
                    + " changed since it was written";
        }
        err.println("offramp rerun: the new runs.csv differs from " + originalCsv + " (SHA-256 " + sha + ", was "
                + originalSha + "): " + why);
        err.flush();
        return OfframpCommand.FAILURE;
    }

    /** This rerun again, ending with {@code last}. */
    private String command(Path target, String last) {
        StringBuilder sb = new StringBuilder(Launcher.command()).append(" rerun ")
                .append(ReplayCommand.quote(dir.toString())).append(" --out ")
                .append(ReplayCommand.quote(target.toString()));
        if (noCharts) {
            sb.append(" --no-charts");
        }
        return sb.append(' ').append(last).toString();
    }

    private void trace(PrintWriter err, Throwable x) {
        if (ErrorHandler.debug(spec.commandLine())) {
            x.printStackTrace(err);
        }
        err.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting (Ctrl-C): the hook is running.
        }
    }
}
