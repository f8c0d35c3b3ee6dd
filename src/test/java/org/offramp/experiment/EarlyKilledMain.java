package org.offramp.experiment;

import java.nio.file.Path;
import org.offramp.model.Scenario;

/**
 * Runs a slow experiment into a folder for {@link EarlyKillTest} to kill with SIGKILL at its very
 * start. Arguments: the folder and the number of runs. The experiment is {@link EarlyKillTest#experiment}.
 */
public final class EarlyKilledMain {
    private EarlyKilledMain() {
    }

    public static void main(String[] args) {
        RunModel slow = (sc, seed) -> {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeModels.record(seed);
        };
        EarlyKillTest.experiment(Path.of(args[0]), Integer.parseInt(args[1])).build().run(slow);
    }
}
