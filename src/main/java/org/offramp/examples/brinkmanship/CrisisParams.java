package org.offramp.examples.brinkmanship;

import org.offramp.model.Param;
import org.offramp.model.Parameters;

/**
 * The parameters of the brinkmanship model, declared once with unit, default, valid range and
 * reason, as handles into the model's registry {@link #REGISTRY}. The model is a stylised crisis,
 * not a calibrated one: every default is an assumption, and its reason says what it assumes, so
 * that a reader can disagree with it and run the scenario that follows.
 *
 * <p>A scenario reads a value by handle: {@code scenario.get(CrisisParams.NOISE)}.
 */
public final class CrisisParams {
    // region registry
    private static final Parameters.Builder B = Parameters.builder(BrinkmanshipModel.NAME)
            .note("The model is stylised, not calibrated: each reason states the assumption behind its default.");

    /** The number of simulated days. */
    public static final Param HORIZON = B.integer("run.horizonDays", "days", 180, 1, 3650,
            "Assumption: half a year, long enough for a crisis to break or settle; a crisis still open then"
                    + " ends as a standoff.");
    /** The rung both sides stand on on day 0. */
    public static final Param START_RUNG = B.integer("ladder.startRung", "rung (0-5)", 2, 0, Ladder.TOP,
            "Assumption: the crisis starts with public warnings, before any force moves.");

    /** How badly a side reads the other's rung: the standard deviation of one day's observation. */
    public static final Param NOISE = B.real("perception.noise", "rungs (standard deviation)", 0.8, 0, 5,
            "Assumption: on a typical day a side misreads the other's posture by most of a rung (exercises"
                    + " look like preparations, statements are misquoted); 0 is perfect sight.");
    /** The weight of a new observation in a side's belief (exponential smoothing). */
    public static final Param MEMORY = B.real("perception.memory", "weight of a new observation (0-1)", 0.3,
            0.01, 1, "Assumption: a belief keeps half of an observation's weight after two days (0.7^2 = 0.49),"
                    + " so one alarming report moves it but does not make it.");

    /** How sharply a side prefers the move it values most (the logit choice's precision). */
    public static final Param RATIONALITY = B.real("decision.rationality", "1 / utility unit", 2, 0, 20,
            "Assumption: a side mostly, not always, takes the move it values most; 0 makes every move equally"
                    + " likely, 20 all but certain.");
    /** What a move up or down the ladder costs a side, against holding. */
    public static final Param MOVE_COST = B.real("decision.moveCost", "utility (rungs of hostility)", 1.5, 0, 10,
            "Assumption: a side moves only for a reason of more than a rung; with no gap between the sides it"
                    + " moves on about one day in ten.");
    /** Blue's taste for escalation, added to the value of a move up and taken from a move down. */
    public static final Param BLUE_HAWKISHNESS = B.real("blue.hawkishness", "utility (rungs of hostility)", 0,
            -3, 3, "Assumption: the two sides are alike; set it to make Blue the hawk (> 0) or the dove (< 0).");
    /** Red's taste for escalation, as {@link #BLUE_HAWKISHNESS} is Blue's. */
    public static final Param RED_HAWKISHNESS = B.real("red.hawkishness", "utility (rungs of hostility)", 0,
            -3, 3, "Assumption: the two sides are alike; set it to make Red the hawk (> 0) or the dove (< 0).");

    /** The probability that the mediator offers talks on a day when none are open. */
    public static final Param OFFER = B.real("mediator.offerProbability", "probability per day", 0.1, 0, 1,
            "Assumption: the mediator offers its good offices about once in ten days; 0 is no mediator.");
    /** A side accepts talks when its belief of the other's hostility is below this. */
    public static final Param ACCEPT_BELOW = B.real("talks.acceptBelow", "rung", 3, 0, 6,
            "Assumption: a side talks while it reads the other below mobilisation (rung 3), not to an adversary"
                    + " it believes is massing forces.");
    /** While talks are open, added to the value of stepping down the ladder. */
    public static final Param TALKS_PULL = B.real("talks.pull", "utility (rungs of hostility)", 0.5, 0, 5,
            "Assumption: open talks make a step down worth half a rung more, as a gesture the table rewards.");
    /** Talks settle the crisis when both sides read the other below this ... */
    public static final Param CALM_BELOW = B.real("settlement.calmBelow", "rung", 1.5, 0, 5,
            "Assumption: a settlement needs both sides to read the other at protests or calmer (below 1.5).");
    /** ... on this many consecutive days of open talks. */
    public static final Param CALM_DAYS = B.integer("settlement.calmDays", "days", 14, 1, 365,
            "Assumption: two weeks of calm at the table are what turn talks into a settlement.");

    /** A side that holds the top rung this many consecutive days is at war. */
    public static final Param DAYS_AT_TOP = B.integer("war.daysAtTop", "days", 3, 1, 365,
            "Assumption: three days of strikes are a war rather than a raid.");
    /** From this rung up, on both sides, an incident can start a war. */
    public static final Param INCIDENT_FROM = B.integer("incident.fromRung", "rung (0-5)", 4, 0, Ladder.TOP,
            "Assumption: forces close enough to collide (blockade, rung 4) on both sides can start a war no one"
                    + " chose.");
    /** The daily probability of such an incident. */
    public static final Param INCIDENT = B.real("incident.probability", "probability per day", 0.02, 0, 1,
            "Assumption: about one incident in fifty days of mutual blockade.");

    /** The registry: every parameter above, in order. */
    public static final Parameters REGISTRY = B.build();
    // endregion

    private CrisisParams() {
    }

    /**
     * A side's hawkishness parameter.
     *
     * @param side the side
     * @return {@link #BLUE_HAWKISHNESS} or {@link #RED_HAWKISHNESS}
     */
    public static Param hawkishness(Side side) {
        return side == Side.BLUE ? BLUE_HAWKISHNESS : RED_HAWKISHNESS;
    }
}
