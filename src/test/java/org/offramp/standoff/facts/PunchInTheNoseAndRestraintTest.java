package org.offramp.standoff.facts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Measure;

/**
 * Fact 5 of docs/ODD.md: a stronger "punch in the nose" appetite (washington.punchInTheNose 0.3 to
 * 0.6) raises WAR, and a stronger presidential restraint (washington.restraint 0.8 to 0.9) lowers
 * it. Both claims must hold, each by a one-sided 95% paired bound on common seeds excluding 0 in
 * the stated direction (an intersection–union test, so 5% for the whole; 400 runs, master seed
 * {@link Facts#SEED}).
 */
@Tag("slow")
class PunchInTheNoseAndRestraintTest {
    static final int RUNS = 400;

    @Test
    void punchRaisesWarAndRestraintLowersIt() {
        Measure war = Facts.m("WAR");
        ComparisonResult r = Facts.compare(RUNS, List.of(war),
                "baseline", Facts.baseline(),
                "more-punch", Facts.baseline().with("washington.punchInTheNose", 0.6),
                "more-restraint", Facts.baseline().with("washington.restraint", 0.9));
        assertAll(
            () -> assertTrue(Facts.oneSided(r, "more-punch", "baseline", war).lower() > 0,
                    Facts.describe(r, "more-punch", "baseline", war)),
            () -> assertTrue(Facts.oneSided(r, "more-restraint", "baseline", war).upper() < 0,
                    Facts.describe(r, "more-restraint", "baseline", war)));
    }
}
