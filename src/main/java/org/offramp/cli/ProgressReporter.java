package org.offramp.cli;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.offramp.experiment.ProgressListener;

/**
 * A progress bar with rate and ETA on standard error, fed by the engine's progress calls; or
 * nothing at all when the bar is off (with {@code --quiet}, or when no terminal shows it, so that
 * logs and pipes stay clean).
 *
 * <p>The bar moves run by run: the block executor calls {@link #onProgress} as runs finish, from the
 * threads that run them (never two calls at once), and discovery and calibration designs report the
 * runs finished so far every tenth of a second; so a bar moves even while one block takes minutes.
 * {@link #close()} is called by the command's thread after the experiment ended. The bar is created
 * lazily on the first call, when the total is known.
 */
final class ProgressReporter implements ProgressListener, AutoCloseable {
    private final boolean enabled;
    private final String task;
    private ProgressBar bar;

    private ProgressReporter(boolean enabled, String task) {
        this.enabled = enabled;
        this.task = task;
    }

    /**
     * A reporter for {@code task}.
     *
     * @param quiet whether the user asked for no progress
     */
    static ProgressReporter forTerminal(boolean quiet, String task) {
        return new ProgressReporter(!quiet && System.console() != null, task);
    }

    @Override
    public synchronized void onProgress(long runsDone, long runsTotal) {
        if (!enabled) {
            return;
        }
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(runsTotal)           // -1: precision mode, total unknown
                    .setUnit(" runs", 1)
                    .showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS)
                    .setUpdateIntervalMillis(250)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setMaxRenderedLength(100)
                    .continuousUpdate()
                    // A resumed experiment starts part-way: rate and ETA count only this session's runs.
                    .startsFrom(runsDone, Duration.ZERO)
                    .build();
        }
        bar.stepTo(runsDone);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** Formats a duration as seconds with one decimal, e.g. {@code 12.3 s}. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toNanos() / 1e9);
    }
}
