package org.offramp.experiment;

import java.nio.file.Path;
import org.offramp.scenario.Scenario;

/**
 * Runs a slow experiment into a folder, for {@link KillResumeTest} to kill with SIGKILL. Arguments:
 * the folder, the number of runs, and "resume" to resume.
 */
public final class KilledExperimentMain {
    private KilledExperimentMain() {
    }

    public static void main(String[] args) {
        boolean resume = args.length > 2 && args[2].equals("resume");
        RunModel slow = (sc, seed) -> {
            if (!resume) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return FakeModels.record(seed);
        };
        Experiment.builder(Scenario.baselineValues()).runs(Long.parseLong(args[1])).masterSeed(99).blockSize(50)
                .threads(2).outputDirectory(Path.of(args[0])).resume(resume).build()
                .run(slow, (done, total) -> System.out.println("done " + done));
    }
}
