package org.offramp.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A wargame the library can run: its parameters, its endings, what it records of each run, how to
 * run one seed and how to tell that run as a story. The engines, the policy designs, the results
 * folders, the charts, the notebooks and the command line work with any model through this
 * interface alone.
 *
 * <pre>{@code
 * Model<?> model = Models.get("standoff");          // or Models.defaultModel()
 * Scenario s = Scenarios.load(model, "baseline");
 * RunRecord row = model.record().toRecord(model.run(s, 42L));
 * model.replay(s, 42L).story().forEach(System.out::println);
 * }</pre>
 *
 * <h2>Contract</h2>
 * <ul>
 * <li>{@link #run} is a pure function of (scenario, seed): no clock, no global random numbers, no
 *     state kept between calls; the same arguments give the same record on any thread or machine.
 *     It is safe to call from several threads at once.</li>
 * <li>{@link #replay} makes the same run, with its story: its record equals {@link #run}'s.</li>
 * <li>The scenario passed is one of this model ({@code scenario.parameters() == parameters()}).</li>
 * <li>A model is found with {@link java.util.ServiceLoader}: list the implementing class in
 *     {@code META-INF/services/org.offramp.model.Model}; it needs a public constructor without
 *     arguments. It is {@link Serializable}, so that a cluster engine can ship it to its workers;
 *     {@link #parameters()}, {@link #endings()} and {@link #record()} should return constants.</li>
 * </ul>
 *
 * @param <R> the model's typed record of one run
 */
public interface Model<R> extends Serializable {
    /** What a model's name must look like: it is written in files ({@code model: standoff}). */
    java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

    /** {@return the model's name, lower case ({@code [a-z][a-z0-9-]*}); files name their model with it} */
    String name();

    /** {@return what the model represents, in one line (for {@code offramp models})} */
    String title();

    /** {@return the model's parameter registry: unit, default, range and reason of every parameter} */
    Parameters parameters();

    /** {@return how the model's runs end: its outcome categories and their triggers} */
    Endings endings();

    /** {@return what the model records of a run: the ending, day and trigger, and its declared metrics} */
    RecordSchema<R> record();

    /** {@return the scenarios the model ships with; {@code baseline} at least} */
    ScenarioCatalog scenarios();

    /**
     * One run.
     *
     * @param scenario a scenario of this model
     * @param seed     the run's seed
     * @return the model's record of the run
     */
    R run(Scenario scenario, long seed);

    /**
     * The same run as {@link #run}, with its story.
     *
     * @param scenario a scenario of this model
     * @param seed     the run's seed
     * @return the record and the story
     */
    Replay<R> replay(Scenario scenario, long seed);

    /**
     * The calendar date of day 0, for stories and chart axes; empty for a model without a calendar.
     *
     * @return the date, or empty
     */
    default Optional<LocalDate> startDate() {
        return Optional.empty();
    }

    /**
     * The last day a run of {@code scenario} can reach (the day of the horizon ending), when the
     * model has a fixed horizon; charts of days of ending span it.
     *
     * @param scenario a scenario of this model
     * @return the day, or empty when the model has no fixed horizon
     */
    default OptionalInt horizon(Scenario scenario) {
        return OptionalInt.empty();
    }

    /**
     * The keys of the model's actors, in order, which a scenario file without {@code extends} lists
     * under {@code actors:}; empty when the model's scenarios name no actors.
     *
     * @return the keys, possibly empty
     */
    default List<String> actors() {
        return List.of();
    }

    /**
     * Whether this is the default model: the model of files that name none. Exactly one installed
     * model is.
     *
     * @return true for the default model
     */
    default boolean isDefault() {
        return false;
    }

    /**
     * The scenario in which every parameter has its default ({@link Scenario#defaults(Model)}).
     *
     * @return the scenario
     */
    default Scenario defaults() {
        return Scenario.defaults(this);
    }

    /**
     * The random-number and maths work of one day of the model's baseline without the model (see
     * {@link BareDay}), for benchmarks; empty when the model offers none.
     *
     * @param seed the run seed of the streams the loop draws from
     * @return the bare day, or empty
     */
    default Optional<BareDay> bareDay(long seed) {
        return Optional.empty();
    }

    /**
     * One run as the core sees it: {@code record().toRecord(run(scenario, seed))}.
     *
     * @param scenario a scenario of this model
     * @param seed     the run's seed
     * @return the generic record
     * @throws IllegalArgumentException if the model's record holds an invalid value (see {@link RecordSchema#toRecord})
     */
    default RunRecord runRecord(Scenario scenario, long seed) {
        return record().toRecord(run(scenario, seed));
    }
}
