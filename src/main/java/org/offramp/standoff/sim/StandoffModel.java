package org.offramp.standoff.sim;

import java.io.ObjectStreamException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.offramp.model.BareDay;
import org.offramp.model.Endings;
import org.offramp.model.Model;
import org.offramp.model.Parameters;
import org.offramp.model.RecordSchema;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.ScenarioCatalog;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.StandoffSchema;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.standoff.world.Chronicle;

/**
 * The US–Iran standoff of May 2019 as a library {@link Model}: the flagship, and the default model
 * of files that name none. Registered in {@code META-INF/services/org.offramp.model.Model}.
 *
 * <pre>{@code
 * Model<StandoffRecord> standoff = StandoffModel.builtIn();          // = Models.get("standoff")
 * Model<StandoffRecord> mine = StandoffModel.withRules(StandoffModel.rulesWith(Actor.TEHRAN, myRule));
 * ExperimentResult r = Experiment.builder(scenario).runs(10_000).masterSeed(42).build()
 *         .run(RunModel.of(mine));
 * }</pre>
 *
 * <p>Immutable and thread-safe; serializable (with its rules, which must then be serializable too)
 * for a cluster engine.
 */
public final class StandoffModel implements Model<StandoffRecord> {
    private static final long serialVersionUID = 1L;
    private static final StandoffModel BUILT_IN = new StandoffModel();
    /** The embedded scenarios, read once. */
    private static final ScenarioCatalog CATALOG = ScenarioCatalog.resources(StandoffModel.class,
            "/org/offramp/standoff/scenarios/");

    /** The rules of each actor, or null for the built-in rules. */
    private final DecisionRule[] rules;

    /** The model with the built-in decision rules; the constructor {@link java.util.ServiceLoader} calls. */
    public StandoffModel() {
        this.rules = null;
    }

    private StandoffModel(DecisionRule[] rules) {
        this.rules = rules;
    }

    /** {@return the model with the built-in decision rules} */
    public static StandoffModel builtIn() {
        return BUILT_IN;
    }

    /**
     * The model with other decision rules, for comparisons of rules on common random numbers.
     *
     * @param rules one rule per actor, indexed by {@link Actor#ordinal()}; copied
     * @return the model
     * @throws IllegalArgumentException if there is not one non-null rule per actor
     */
    public static StandoffModel withRules(DecisionRule[] rules) {
        Objects.requireNonNull(rules, "rules");
        if (rules.length != Actor.COUNT) {
            throw new IllegalArgumentException("rules must hold one rule per actor (" + Actor.COUNT + ": "
                    + Actor.keys() + "), but had " + rules.length);
        }
        DecisionRule[] copy = rules.clone();
        for (Actor a : Actor.ALL) {
            if (copy[a.ordinal()] == null) {
                throw new IllegalArgumentException("rules[" + a.ordinal() + "] (" + a.key() + ") must not be null");
            }
        }
        return new StandoffModel(copy);
    }

    /**
     * The built-in rules with {@code actor}'s replaced by {@code rule}; a fresh array.
     *
     * @param actor the actor whose rule changes
     * @param rule  its new rule
     * @return the rules, indexed by {@link Actor#ordinal()}
     */
    public static DecisionRule[] rulesWith(Actor actor, DecisionRule rule) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(rule, "rule");
        DecisionRule[] r = Simulation.builtInRules();
        r[actor.ordinal()] = rule;
        return r;
    }

    /** {@return the rules this model runs with, indexed by {@link Actor#ordinal()}; a fresh array} */
    public DecisionRule[] rules() {
        return rules == null ? Simulation.builtInRules() : rules.clone();
    }

    @Override
    public String name() {
        return StandoffSchema.NAME;
    }

    @Override
    public String title() {
        return "The US-Iran gray-zone standoff of May 2019: six actors, an escalation ladder, four off-ramps";
    }

    @Override
    public Parameters parameters() {
        return Params.REGISTRY;
    }

    @Override
    public Endings endings() {
        return StandoffSchema.ENDINGS;
    }

    @Override
    public RecordSchema<StandoffRecord> record() {
        return StandoffSchema.SCHEMA;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return CATALOG;
    }

    @Override
    public StandoffRecord run(Scenario scenario, long seed) {
        return rules == null ? Simulation.run(scenario, seed) : Simulation.run(scenario, seed, rules);
    }

    @Override
    public Replay<StandoffRecord> replay(Scenario scenario, long seed) {
        return rules == null ? Simulation.replay(scenario, seed) : Simulation.replay(scenario, seed, rules);
    }

    @Override
    public Optional<LocalDate> startDate() {
        return Optional.of(Chronicle.DAY_ZERO);
    }

    @Override
    public OptionalInt horizon(Scenario scenario) {
        return OptionalInt.of(scenario.integer(Params.HORIZON));
    }

    @Override
    public List<String> actors() {
        return Actor.ALL.stream().map(Actor::key).toList();
    }

    /** A day of the baseline's random numbers and maths alone ({@link StandoffBareDay}). */
    @Override
    public Optional<BareDay> bareDay(long seed) {
        return Optional.of(new StandoffBareDay(seed));
    }

    @Override
    public boolean isDefault() {
        return true;
    }

    /**
     * The built-in model stays one instance after a trip through serialization.
     *
     * @return {@link #BUILT_IN} for the built-in model, this model otherwise
     * @throws java.io.ObjectStreamException never; declared by the serialization protocol
     */
    private Object readResolve() throws ObjectStreamException {
        return rules == null ? BUILT_IN : this;
    }

    @Override
    public String toString() {
        return "StandoffModel[" + (rules == null ? "built-in rules" : "custom rules") + "]";
    }
}
