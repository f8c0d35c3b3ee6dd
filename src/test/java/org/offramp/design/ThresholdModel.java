package org.offramp.design;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.offramp.experiment.RunModel;
import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Rung;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.StandoffSchema;
import org.offramp.standoff.Successor;
import org.offramp.standoff.Trigger;

/**
 * A fast stand-in model with known shares and perfect common random numbers: a uniform {@code u}
 * drawn from the seed alone decides the ending: WAR when {@code u < 0.5 (1 - restraint)}, DEAL when
 * {@code u >= 0.9}, STALEMATE otherwise. So WAR's
 * share is {@code 0.5 (1 - restraint)} exactly in expectation, and two scenarios on the same seed are
 * discordant only for {@code u} between their thresholds.
 */
final class ThresholdModel {
    static final RunModel MODEL = (s, seed) -> StandoffSchema.SCHEMA.toRecord(run(s, seed));

    private ThresholdModel() {
    }

    static double u(long seed) {
        return new SplittableRandom(seed).nextDouble();
    }

    static StandoffRecord run(Scenario s, long seed) {
        double u = u(seed);
        double war = 0.5 * (1 - s.get("washington.restraint"));
        Outcome o = u < war ? Outcome.WAR : u >= 0.9 ? Outcome.DEAL : Outcome.STALEMATE;
        Trigger t = Arrays.stream(Trigger.values()).filter(x -> x.outcome() == o).findFirst().orElseThrow();
        int[] first = new int[Rung.COUNT];
        Arrays.fill(first, -1);
        int highest = o == Outcome.WAR ? 7 : 3;
        for (int r = 0; r <= highest; r++) {
            first[r] = r;
        }
        return new StandoffRecord(seed, o, o == Outcome.STALEMATE ? 540 : (int) (u * 500), t, highest, first,
                o == Outcome.WAR, false, (int) (u * 40), 0, 0, -1, -1, 0, -1, -1, -1, -1, o == Outcome.DEAL ? 10 : -1,
                Successor.NONE, -1, ElectionResult.values()[0], 0, 0, 0.5, 0.5, 0.85, 12, 72, new int[Action.COUNT]);
    }
}
