package org.offramp.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.offramp.experiment.design.ComparisonResult;
import org.offramp.experiment.design.Measure;

/**
 * MODEL.md 9.5: a stronger "punch in the nose" appetite (washington.punchInTheNose 0.3 to 0.6)
 * raises WAR, and a stronger presidential restraint (washington.restraint 0.8 to 0.9) lowers it.
 * One-sided 95% paired bounds on common seeds exclude 0 in the stated direction.
 */
@Tag("slow")
class PunchInTheNoseAndRestraintTest {

    @Test
    void punchRaisesWarAndRestraintLowersIt() {
        Measure war = Facts.m("WAR");
        ComparisonResult r = Facts.compare(2000, List.of(war),
                "baseline", Facts.baseline(),
                "more-punch", Facts.baseline().with("washington.punchInTheNose", 0.6),
                "more-restraint", Facts.baseline().with("washington.restraint", 0.9));
        assertTrue(Facts.oneSided(r, "more-punch", "baseline", war).lower() > 0,
                Facts.describe(r, "more-punch", "baseline", war));
        assertTrue(Facts.oneSided(r, "more-restraint", "baseline", war).upper() < 0,
                Facts.describe(r, "more-restraint", "baseline", war));
    }
}
