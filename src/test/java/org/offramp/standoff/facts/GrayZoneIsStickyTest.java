package org.offramp.standoff.facts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Measure;
import org.offramp.standoff.StandoffSchema;
import org.offramp.stats.Interval;

/**
 * Fact 1 of docs/ODD.md, "neither side wants a raging fire": WAR is not the most likely ending of
 * the baseline, and the gray zone is sticky. 300 runs on common seeds (master seed
 * {@link Facts#SEED}); both claims must hold, each at the 5% level (an intersection–union test):
 * <ul>
 * <li>STALEMATE is the most frequent ending: its 95% Wilson lower bound exceeds the 95% Wilson upper
 *     bound of WAR, DEAL and CHAOS (non-overlapping intervals, a conservative test);</li>
 * <li>the capitals' fear of war is what holds it: with neither Washington nor Tehran weighing the
 *     risk of war ({@code washington.weight.risk} and {@code tehran.weight.risk} 0), STALEMATE falls
 *     (one-sided 95% paired upper bound below 0). A model without that term in the common utility
 *     would fail this claim, and one without Washington's restraint penalty the first (its WAR
 *     overtakes STALEMATE).</li>
 * </ul>
 */
@Tag("slow")
class GrayZoneIsStickyTest {

    @Test
    void stalemateIsTheMostFrequentEndingBecauseNeitherCapitalWantsWar() {
        ComparisonResult r = Facts.compare(300, Measure.endings(StandoffSchema.SCHEMA), "baseline", Facts.baseline(),
                "fearless", Facts.baseline().with("washington.weight.risk", 0).with("tehran.weight.risk", 0));
        Interval stalemate = r.share("baseline", Facts.m("STALEMATE")).wilson();
        List<Executable> claims = new ArrayList<>();
        for (String o : List.of("WAR", "DEAL", "CHAOS")) {
            Interval other = r.share("baseline", Facts.m(o)).wilson();
            claims.add(() -> assertTrue(stalemate.lower() > other.upper(), "STALEMATE " + stalemate + " must exceed "
                    + o + " " + other + " (95% Wilson intervals, " + r.runs() + " runs, master seed " + Facts.SEED + ")"));
        }
        Measure m = Facts.m("STALEMATE");
        claims.add(() -> assertTrue(Facts.oneSided(r, "fearless", "baseline", m).upper() < 0,
                Facts.describe(r, "fearless", "baseline", m)));
        // assertAll: a failure names every claim that failed, not just the first
        assertAll(claims);
    }
}
