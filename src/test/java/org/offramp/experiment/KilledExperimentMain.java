package org.offramp.experiment;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;

/**
 * Runs a slow experiment into a folder, for {@link KillResumeTest} to kill with SIGKILL. Arguments:
 * the folder, the number of runs, and to resume, "resume" and the number of runs the folder holds.
 * A resume refuses to run any of those again (a restart from scratch would) and prints
 * {@code calls N}, the runs it was asked for, when it ends.
 */
public final class KilledExperimentMain {
    static final long MASTER_SEED = 99;

    private KilledExperimentMain() {
    }

    public static void main(String[] args) {
        boolean resume = args.length > 2 && args[2].equals("resume");
        Set<Long> committed = new HashSet<>();
        for (long i = 0; resume && i < Long.parseLong(args[3]); i++) {
            committed.add(Seeds.runSeed(MASTER_SEED, i));
        }
        AtomicLong calls = new AtomicLong();
        RunModel model = (sc, seed) -> {
            if (committed.contains(seed)) {
                throw new IllegalStateException("run with seed " + seed + " is in the folder already");
            }
            calls.incrementAndGet();
            if (!resume) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return FakeModels.record(seed);
        };
        Experiment.builder(Scenarios.load("baseline")).runs(Long.parseLong(args[1])).masterSeed(MASTER_SEED)
                .blockSize(50).threads(2).outputDirectory(Path.of(args[0])).resume(resume).build()
                .run(model, ProgressListener.committed((saved, total) -> System.out.println("done " + saved)));
        System.out.println("calls " + calls.get());
    }
}
