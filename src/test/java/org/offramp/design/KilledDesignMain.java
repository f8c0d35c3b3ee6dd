package org.offramp.design;

import java.io.IOException;
import java.nio.file.Path;
import org.offramp.executor.LocalBackend;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;

/**
 * A policy experiment run in a separate JVM for a test to kill: runs {@code FILE} into {@code DIR} on
 * one thread, checkpointing after every block, prints {@code committed N} after each committed block
 * and then waits two seconds, so that a kill on that line lands before the next block commits.
 */
public final class KilledDesignMain {
    private KilledDesignMain() {
    }

    /**
     * Runs the experiment.
     *
     * @param args the policy file and the results folder
     * @throws IOException if the folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        PolicySpec spec = PolicySpecLoader.load(Path.of(args[0]));
        CrnPlan plan = spec instanceof PolicySpec.Compare c ? c.toComparison().plan()
                : spec instanceof PolicySpec.SweepSpec s ? s.toSweep().plan()
                : ((PolicySpec.SensitivitySpec) spec).toSensitivity().plan();
        CrnRun.runIn(Path.of(args[1]), false, plan, RunModel.of(spec.base().model()), LocalBackend.threads(1),
                ProgressListener.committed((done, total) -> {
                    System.out.println("committed " + done);
                    System.out.flush();
                    if (done > 0) {
                        try {
                            Thread.sleep(2_000);
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }), 0);
        System.out.println("finished");
    }
}
