package org.offramp.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.offramp.experiment.design.ComparisonResult;
import org.offramp.experiment.design.Measure;

/**
 * MODEL.md 9.6: removing the Leader alone (a forced succession on day 30) does not make a DEAL
 * likely: the 95% Wilson upper bound of its DEAL share stays below 10%, and STALEMATE stays the
 * most frequent ending.
 */
@Tag("slow")
class SuccessionAloneTest {

    @Test
    void forcedSuccessionDoesNotMakeADealLikely() {
        Measure deal = Facts.m("DEAL");
        Measure stalemate = Facts.m("STALEMATE");
        ComparisonResult r = Facts.compare(2000, List.of(deal, stalemate),
                "baseline", Facts.baseline(),
                "leader-removed", Facts.baseline().with("succession.forcedDay", 30));
        assertTrue(r.share("leader-removed", deal).wilson().upper() < 0.10,
                "DEAL after a forced succession " + r.share("leader-removed", deal) + "; "
                        + Facts.describe(r, "leader-removed", "baseline", deal));
        assertTrue(r.share("leader-removed", stalemate).wilson().lower() > 0.5,
                "STALEMATE after a forced succession " + r.share("leader-removed", stalemate));
    }
}
