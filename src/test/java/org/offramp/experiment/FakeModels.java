package org.offramp.experiment;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import org.offramp.model.RunRecord;
import org.offramp.standoff.Action;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Rung;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.StandoffSchema;
import org.offramp.standoff.Successor;
import org.offramp.standoff.Trigger;

/**
 * Deterministic stand-ins for the standoff: every field of the record is a function of the seed, and
 * the record is the standoff's (its schema, its runs.csv columns), so the engines see what they see
 * of the real model.
 */
public final class FakeModels {
    private static final Trigger[] TRIGGERS = Trigger.values();

    private FakeModels() {
    }

    /** A record made from the seed alone, as the engines see it. */
    public static RunRecord record(long seed) {
        return StandoffSchema.SCHEMA.toRecord(standoffRecord(seed));
    }

    /** A standoff record made from the seed alone (SplittableRandom's algorithm is specified, so it is the same everywhere). */
    public static StandoffRecord standoffRecord(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int u = rnd.nextInt(100);
        Outcome outcome = u < 15 ? Outcome.WAR : u < 27 ? Outcome.DEAL : u < 35 ? Outcome.CHAOS : Outcome.STALEMATE;
        Trigger trigger;
        do {
            trigger = TRIGGERS[rnd.nextInt(TRIGGERS.length)];
        } while (trigger.outcome() != outcome);
        int day = outcome == Outcome.STALEMATE ? 540 : rnd.nextInt(540);
        int highest = outcome == Outcome.WAR ? 6 + rnd.nextInt(2) : rnd.nextInt(6);
        int[] first = new int[Rung.COUNT];
        Arrays.fill(first, -1);
        for (int r = 0; r <= highest; r++) {
            first[r] = Math.min(day, r * 10 + rnd.nextInt(10));
        }
        boolean blows = highest >= 5;
        int[] actions = new int[Action.COUNT];
        for (int a = 0; a < actions.length; a++) {
            actions[a] = rnd.nextInt(20);
        }
        return new StandoffRecord(seed, outcome, day, trigger, highest, first, blows, blows && outcome != Outcome.WAR,
                rnd.nextInt(12), rnd.nextInt(3), rnd.nextInt(2), rnd.nextInt(4) - 1, rnd.nextInt(3) - 1,
                rnd.nextInt(3), rnd.nextInt(5) - 1, rnd.nextInt(5) - 1, rnd.nextInt(5) - 1, rnd.nextInt(5) - 1,
                rnd.nextInt(5) - 1, Successor.values()[rnd.nextInt(3)], rnd.nextInt(540) - 1,
                ElectionResult.values()[rnd.nextInt(3)], rnd.nextInt(300), rnd.nextInt(3000),
                rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble(), 1 + rnd.nextDouble() * 11,
                60 + rnd.nextDouble() * 100, actions);
    }

    /** The well-behaved fake model. */
    static final RunModel GOOD = (scenario, seed) -> record(seed);

    /** A model that throws for the given seeds and behaves otherwise. */
    static RunModel failingFor(Set<Long> seeds) {
        return (scenario, seed) -> {
            if (seeds.contains(seed)) {
                throw new IllegalStateException("model broke on seed " + seed);
            }
            return record(seed);
        };
    }
}
