package org.offramp.experiment;

import org.offramp.standoff.StandoffRecord;
import org.offramp.scenario.Scenario;

/**
 * What the experiment engine runs: one run of a model for a scenario and a seed.
 *
 * <pre>{@code
 * RunModel model = Simulation::run;
 * }</pre>
 *
 * <p>Contract: the record must be a pure function of {@code (scenario, seed)} (no clock, no global
 * random, no state kept between calls), and {@link #run} must be safe to call from several threads
 * at once. The engine relies on both for its guarantee that results do not depend on the thread
 * count. An exception thrown by {@code run} is a failed run (see {@link Experiment#keepGoing()}).
 */
@FunctionalInterface
public interface RunModel {

    /** Runs the model once for {@code scenario} with {@code seed}. */
    StandoffRecord run(Scenario scenario, long seed);
}
