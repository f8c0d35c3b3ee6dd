package org.offramp.standoff.sim;

import java.util.Objects;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.StandoffSchema;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.standoff.decision.Rules;
import org.offramp.standoff.world.Chronicle;
import org.offramp.standoff.world.World;

/**
 * Runs the standoff: one seeded run of a scenario, end to end, with the built-in decision rules or
 * others. {@link StandoffModel} offers the same runs through the library's model interface.
 *
 * <pre>{@code
 * Scenario baseline = Scenarios.load("baseline");
 * StandoffRecord r = Simulation.run(baseline, 42L);
 * System.out.println(r.outcome() + " on day " + r.day());
 * Replay<StandoffRecord> replay = Simulation.replay(baseline, 42L);   // the same run, with its story
 * replay.story().forEach(System.out::println);
 * }</pre>
 *
 * <p>A run is a pure function of (scenario, seed): the same arguments give the identical record and
 * story on any thread or machine. Methods are thread-safe (each call owns its state), so many runs
 * may proceed in parallel.
 */
public final class Simulation {
    private static final DecisionRule[] BUILT_IN = builtIn();

    private Simulation() {
    }

    private static DecisionRule[] builtIn() {
        DecisionRule[] r = new DecisionRule[Actor.COUNT];
        for (Actor a : Actor.ALL) {
            r[a.ordinal()] = Rules.of(a);
        }
        return r;
    }

    /** {@return the built-in decision rules, indexed by {@link Actor#ordinal()}; a fresh copy} */
    public static DecisionRule[] builtInRules() {
        return BUILT_IN.clone();
    }

    /**
     * One run without a story: the fast path for Monte Carlo experiments.
     *
     * @param scenario the scenario
     * @param seed     the run's seed
     * @return the run's record
     * @throws NullPointerException if {@code scenario} is null
     */
    public static StandoffRecord run(Scenario scenario, long seed) {
        return run(scenario, seed, BUILT_IN);
    }

    /**
     * One run with custom decision rules (for example an actor whose rule a researcher replaced).
     *
     * @param scenario the scenario
     * @param seed     the run's seed
     * @param rules    one rule per actor, indexed by {@link Actor#ordinal()}
     * @return the run's record
     * @throws NullPointerException     if {@code scenario}, {@code rules} or one of the rules is null
     * @throws IllegalArgumentException if {@code rules} does not hold one rule per actor
     */
    public static StandoffRecord run(Scenario scenario, long seed, DecisionRule[] rules) {
        check(scenario, rules);
        WargameState state = new WargameState(scenario, seed, Chronicle.OFF, rules);
        state.runToEnd();
        return state.world().record();
    }

    /**
     * One run with its story and its timeline (daily series and markers, {@link World#timeline()}).
     * The record equals {@link #run(Scenario, long)}'s for the same arguments.
     *
     * @param scenario the scenario
     * @param seed     the run's seed
     * @return the run's record and story
     * @throws NullPointerException if {@code scenario} is null
     */
    public static Replay<StandoffRecord> replay(Scenario scenario, long seed) {
        return replay(scenario, seed, BUILT_IN);
    }

    /**
     * One run with custom decision rules and its story.
     *
     * @param scenario the scenario
     * @param seed     the run's seed
     * @param rules    one rule per actor, indexed by {@link Actor#ordinal()}
     * @return the run's record and story
     * @throws NullPointerException     if {@code scenario}, {@code rules} or one of the rules is null
     * @throws IllegalArgumentException if {@code rules} does not hold one rule per actor
     */
    public static Replay<StandoffRecord> replay(Scenario scenario, long seed, DecisionRule[] rules) {
        check(scenario, rules);
        Chronicle story = Chronicle.recording();
        WargameState state = new WargameState(scenario, seed, story, rules);
        state.runToEnd();
        return new Replay<>(state.world().record(), story.events(), state.world().timeline());
    }

    /** The arguments' checks, at the boundary rather than deep inside a run. */
    static void check(Scenario scenario, DecisionRule[] rules) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(rules, "rules");
        if (scenario.parameters() != Params.REGISTRY) {
            throw new IllegalArgumentException("scenario must be a scenario of model " + StandoffSchema.NAME + ", but "
                    + scenario.name() + " is of model " + scenario.model().name());
        }
        if (rules.length != Actor.COUNT) {
            throw new IllegalArgumentException("rules must hold " + Actor.COUNT + " rules, one per actor in the order "
                    + Actor.keys() + ", but held " + rules.length);
        }
        for (Actor a : Actor.ALL) {
            Objects.requireNonNull(rules[a.ordinal()], "rules[" + a.ordinal() + "] (" + a.key() + ")");
        }
    }
}
