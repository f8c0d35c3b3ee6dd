package org.offramp.engine;

import org.offramp.experiment.Experiment;
import org.offramp.experiment.PortableModel;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRunner;

/**
 * The local engine ({@link ExperimentRunner}) behind the {@link Engine} interface: all of the
 * experiment's features (precision mode, resume, cancellation, progress) on one machine's cores.
 *
 * <p>Stateless and thread-safe.
 */
public final class LocalEngine implements Engine {
    /** The one instance. */
    public static final LocalEngine INSTANCE = new LocalEngine();

    private LocalEngine() {
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public ExperimentResult run(Experiment experiment, PortableModel model) {
        return ExperimentRunner.run(experiment, model);
    }
}
