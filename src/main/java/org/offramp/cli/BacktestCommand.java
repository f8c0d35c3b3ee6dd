package org.offramp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.offramp.design.Backtest;
import org.offramp.design.BacktestSpec;
import org.offramp.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offramp backtest FILE}: runs a back-test file's forecast and writes its document (the
 * forecast beside the record, log scores against naive baselines, where the model does worse) to
 * {@code --out}, whole or not at all, or prints it.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Run a back-test file (see docs/backtest.md): the model's forecast from the file's scenario,"
            + " scored with the log score of what happened against the file's naive baselines. Writes the Markdown"
            + " document to --out, or prints it."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "1:failure: a run threw, or an I/O error",
            "2:bad input: a bad flag or file; nothing is written"})
final class BacktestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", converter = Converters.File.class,
            description = "The back-test file (YAML), e.g. experiments/tankerwar-backtest.yaml.")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the document, e.g. docs/backtest.md;"
            + " replaced whole. Without it the document is printed.")
    private Path out;

    @Option(names = "--threads", paramLabel = "T", converter = Converters.WholeInt.class,
            description = "Worker threads, in [0, 1024]; 0 = all cores. Never changes the document.")
    private Integer threads;

    @Option(names = "--quiet", description = "No progress bar.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        RunCommand.checkFileExists(file);
        BacktestSpec s = BacktestSpec.load(file);
        if (threads != null) {
            s = new BacktestSpec(s.name(), s.description(), s.source(), s.command(), s.scenario(), s.runs(), s.seed(),
                    threads, s.realisedEnding(), s.realisedDay(), s.endingSource(), s.bins(), s.baselines(),
                    s.endingBaselines(), s.events(), s.notes());
        }
        if (out != null && Files.isDirectory(out)) {
            throw new BadInputException("--out: " + out + " is a folder; allowed: a file to write the document to");
        }
        Backtest b;
        try (ProgressReporter progress = ProgressReporter.forTerminal(quiet, s.name())) {
            b = Backtest.run(s, progress);
        }
        String md = b.markdown();
        PrintWriter o = spec.commandLine().getOut();
        if (out == null) {
            o.print(md);
        } else {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            AtomicFiles.writeString(out, md);
            StringBuilder line = new StringBuilder("backtest " + s.name() + " · " + s.runs() + " runs · total log score");
            for (Map.Entry<String, Double> t : b.totals().entrySet()) {
                line.append(String.format(Locale.ROOT, "  %s %.2f", t.getKey(), t.getValue()));
            }
            o.println(line);
            o.println("wrote " + out);
        }
        o.flush();
        return 0;
    }
}
