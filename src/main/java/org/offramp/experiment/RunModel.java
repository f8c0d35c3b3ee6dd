package org.offramp.experiment;

import java.util.Objects;
import org.offramp.model.Model;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;

/**
 * What the engines run: one run of a model for a scenario and a seed, as a {@link RunRecord} of
 * the model's schema.
 *
 * <pre>{@code
 * RunModel m = RunModel.of(Models.get("standoff"));        // a model's runs
 * RunModel custom = RunModel.of(StandoffModel.withRules(rules));
 * }</pre>
 *
 * <p>Contract: the record must be a pure function of {@code (scenario, seed)} (no clock, no global
 * random, no state kept between calls), be of the schema of the scenario's model, and {@link #run}
 * must be safe to call from several threads at once. The engines rely on these for their guarantee
 * that results do not depend on the thread count. An exception thrown by {@code run} is a failed run
 * (see {@link Experiment#keepGoing()}).
 */
@FunctionalInterface
public interface RunModel {

    /**
     * Runs the model once.
     *
     * @param scenario the scenario
     * @param seed     the run's seed
     * @return the run's record
     */
    RunRecord run(Scenario scenario, long seed);

    /**
     * The runs of {@code model}: {@code model.runRecord(scenario, seed)}.
     *
     * @param model the model
     * @return the run model
     * @throws NullPointerException if {@code model} is null
     */
    static RunModel of(Model<?> model) {
        Objects.requireNonNull(model, "model");
        return model::runRecord;
    }
}
