package org.offramp.standoff.facts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Measure;
import org.offramp.stats.ConfidenceIntervals;

/**
 * Fact 6 of docs/ODD.md: removing the Leader alone (a forced succession on day 30,
 * {@code succession.forcedDay} 30) does not make a DEAL likely. The baseline and the forced
 * succession run on common seeds (1,000 runs, master seed {@link Facts#SEED}); three claims must all
 * hold, each at the 5% level (an intersection–union test, so 5% for the whole):
 * <ul>
 * <li>the succession does something: it raises DEAL against the baseline (one-sided 95% paired
 *     lower bound above 0), so a {@code forcedDay} that removed no one would fail;</li>
 * <li>but not to "likely": the DEAL share after the succession has a one-sided 95% Wilson upper
 *     bound below 10%;</li>
 * <li>and STALEMATE stays the usual ending: its one-sided 95% Wilson lower bound exceeds 50%.</li>
 * </ul>
 */
@Tag("slow")
class SuccessionAloneTest {

    @Test
    void forcedSuccessionRaisesDealsButDoesNotMakeOneLikely() {
        Measure deal = Facts.m("DEAL");
        Measure stalemate = Facts.m("STALEMATE");
        ComparisonResult r = Facts.compare(1000, List.of(deal, stalemate),
                "baseline", Facts.baseline(),
                "leader-removed", Facts.baseline().with("succession.forcedDay", 30));
        double dealUpper = ConfidenceIntervals.wilson(r.share("leader-removed", deal).count(), r.runs(),
                Facts.ONE_SIDED_95).upper();
        double stalemateLower = ConfidenceIntervals.wilson(r.share("leader-removed", stalemate).count(), r.runs(),
                Facts.ONE_SIDED_95).lower();
        assertAll(
            () -> assertTrue(Facts.oneSided(r, "leader-removed", "baseline", deal).lower() > 0,
                    "a forced succession must raise DEAL: " + Facts.describe(r, "leader-removed", "baseline", deal)),
            () -> assertTrue(dealUpper < 0.10, "DEAL after a forced succession, one-sided 95% upper bound " + dealUpper
                    + ": " + Facts.describe(r, "leader-removed", "baseline", deal)),
            () -> assertTrue(stalemateLower > 0.5, "STALEMATE after a forced succession, one-sided 95% lower bound "
                    + stalemateLower + ": " + r.share("leader-removed", stalemate)));
    }
}
