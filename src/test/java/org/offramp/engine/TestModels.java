package org.offramp.engine;

import org.offramp.experiment.PortableModel;
import java.util.HashSet;
import java.util.Set;
import org.offramp.experiment.FakeModels;
import org.offramp.model.RunRecord;

/** Deterministic, serializable stand-ins for the model (as in the experiment tests): every field of the record is a function of the seed. */
public final class TestModels {
    private TestModels() {
    }

    /** A record made from the seed alone: the experiment tests' stand-in, so both suites fake the same model. */
    public static RunRecord record(long seed) {
        return FakeModels.record(seed);
    }

    /** The well-behaved fake model. */
    public static final PortableModel GOOD = (scenario, seed) -> record(seed);

    /** A model that throws for the given seeds and behaves otherwise. */
    public static PortableModel failingFor(Set<Long> seeds) {
        Set<Long> bad = new HashSet<>(seeds); // a serializable copy travels with the lambda
        return (scenario, seed) -> {
            if (bad.contains(seed)) {
                throw new IllegalStateException("model broke on seed " + seed);
            }
            return record(seed);
        };
    }
}
