package org.offramp.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.offramp.experiment.design.ComparisonResult;
import org.offramp.experiment.design.Measure;
import org.offramp.stats.Interval;

/**
 * MODEL.md 9.1, "neither side wants a raging fire": in the baseline WAR is not the most likely
 * ending, and the gray zone is sticky: STALEMATE is the most frequent ending. Tested at the 95%
 * level: STALEMATE's Wilson lower bound exceeds every other ending's Wilson upper bound.
 */
@Tag("slow")
class GrayZoneIsStickyTest {

    @Test
    void stalemateIsTheMostFrequentEndingAndWarIsNot() {
        // A comparison of the baseline with itself yields its shares on the fixed seeds.
        ComparisonResult r = Facts.compare(2000, Measure.OUTCOMES, "baseline", Facts.baseline(), "same",
                Facts.baseline());
        Interval stalemate = r.share("baseline", Facts.m("STALEMATE")).wilson();
        for (String o : List.of("WAR", "DEAL", "CHAOS")) {
            Interval other = r.share("baseline", Facts.m(o)).wilson();
            assertTrue(stalemate.lower() > other.upper(), "STALEMATE " + stalemate + " must exceed " + o + " " + other);
        }
        assertTrue(r.share("same", Facts.m("WAR")).count() == r.share("baseline", Facts.m("WAR")).count(),
                "equal scenarios on common seeds must give equal counts");
    }
}
