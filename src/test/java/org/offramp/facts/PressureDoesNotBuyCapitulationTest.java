package org.offramp.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.offramp.experiment.design.ComparisonResult;
import org.offramp.experiment.design.Measure;

/**
 * MODEL.md 9.2, "pressure does not buy capitulation": a DEAL within 180 days is rare in the
 * baseline (95% Wilson upper bound below 2%); Washington adding sanctions tranches readily
 * ({@code washington.propensity.addSanctions} from -2.2 to 0) raises that share by less than 2
 * percentage points (one-sided 95% paired bound), while it raises Iranian escalation (runs with at
 * least 20 IRGC and proxy attacks) and CHAOS (one-sided 95% paired lower bounds above 0).
 */
@Tag("slow")
class PressureDoesNotBuyCapitulationTest {

    @Test
    void sanctionsRaiseEscalationAndChaosButNotQuickDeals() {
        Measure deal180 = Facts.m("DEAL_BY_DAY_180");
        Measure chaos = Facts.m("CHAOS");
        Measure escalation = Facts.m("ATTACKS_AT_LEAST_20");
        ComparisonResult r = Facts.compare(3000, List.of(deal180, chaos, escalation),
                "baseline", Facts.baseline(),
                "more-sanctions", Facts.baseline().with("washington.propensity.addSanctions", 0));
        assertTrue(r.share("baseline", deal180).wilson().upper() < 0.02,
                "baseline DEAL by day 180 " + r.share("baseline", deal180));
        assertTrue(Facts.oneSided(r, "more-sanctions", "baseline", deal180).upper() < 0.02,
                Facts.describe(r, "more-sanctions", "baseline", deal180));
        assertTrue(Facts.oneSided(r, "more-sanctions", "baseline", escalation).lower() > 0,
                Facts.describe(r, "more-sanctions", "baseline", escalation));
        assertTrue(Facts.oneSided(r, "more-sanctions", "baseline", chaos).lower() > 0,
                Facts.describe(r, "more-sanctions", "baseline", chaos));
    }
}
