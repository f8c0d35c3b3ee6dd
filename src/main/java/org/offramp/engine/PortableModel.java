package org.offramp.engine;

import java.io.Serializable;
import org.offramp.experiment.RunModel;
import org.offramp.standoff.sim.Simulation;

/**
 * A {@link RunModel} that can be shipped to another JVM (a Spark executor): a method reference or
 * lambda whose target type is this interface is serializable, provided everything it captures is.
 *
 * <pre>{@code
 * PortableModel m = Simulation::run;                 // or PortableModel.SIMULATION
 * PortableModel custom = (scenario, seed) -> Simulation.run(scenario, seed, MyRules.all());
 * }</pre>
 *
 * <p>The contract of {@link RunModel} holds: the record is a pure function of (scenario, seed), and
 * {@link #run} is safe to call from several threads at once.
 */
@FunctionalInterface
public interface PortableModel extends RunModel, Serializable {
    /** The library's model with the built-in decision rules. */
    PortableModel SIMULATION = Simulation::run;
}
