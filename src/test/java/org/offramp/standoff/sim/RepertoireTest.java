package org.offramp.standoff.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.offramp.standoff.Action;
import org.offramp.standoff.StandoffRecord;

/**
 * Every action of every actor is taken, over 300 runs of the fixed master seed. Two are rare in the
 * baseline by design, so they are looked for where the scenario allows them: Tehran accepts talks
 * only while the Leader's refusal is overcome (pain and cover both above their thresholds), and
 * Washington eases sanctions only in talks or under a new administration, which takes office four
 * days before the horizon. In {@code deal-prone} the Leader does not refuse and talks open often,
 * so both are common there.
 */
class RepertoireTest {
    static final int RUNS = 300;
    /** The actions the baseline allows only rarely, by design. */
    static final Set<Action> NEED_TALKS = EnumSet.of(Action.ACCEPT_TALKS, Action.EASE_SANCTIONS);

    private static List<Action> neverTaken(List<StandoffRecord> runs, Set<Action> actions) {
        List<Action> missing = new ArrayList<>();
        for (Action a : actions) {
            int total = 0;
            for (StandoffRecord r : runs) {
                total += r.count(a);
            }
            if (total == 0) {
                missing.add(a);
            }
        }
        return missing;
    }

    @Test
    void everyActionButTheTalksOnesOccursInTheBaseline() {
        Set<Action> others = EnumSet.allOf(Action.class);
        others.removeAll(NEED_TALKS);
        List<Action> missing = neverTaken(Ensembles.runs("baseline", RUNS), others);
        assertTrue(missing.isEmpty(), "never taken in " + RUNS + " baseline runs: " + missing);
    }

    @Test
    void acceptingTalksAndEasingSanctionsOccurWhereBothSidesWantTalks() {
        List<Action> missing = neverTaken(Ensembles.runs("deal-prone", RUNS), NEED_TALKS);
        assertEquals(List.of(), missing, "never taken in " + RUNS + " deal-prone runs");
    }
}
