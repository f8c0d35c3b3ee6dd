package org.offramp.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offramp.experiment.design.Bounds;
import org.offramp.experiment.design.ComparisonResult;
import org.offramp.experiment.design.Measure;
import org.offramp.scenario.Scenario;

/**
 * MODEL.md 9.3, "off-ramps need willing parties": an off-ramp, switched on alone (the other
 * off-ramps off), lowers WAR or raises DEAL where both sides are open to talks (the Leader's
 * refusal lifted and Washington's hard-liners weak, washington.hardliners 0.1): a one-sided 95%
 * paired bound excludes 0. With the refusal in force its effect is small: the 95% paired intervals
 * of its effect on DEAL and on WAR lie within ±2 percentage points.
 *
 * <p>All variants run in one comparison on common seeds (3,000 runs each, master seed
 * {@link Facts#SEED}).
 */
@Tag("slow")
class OffRampsNeedWillingPartiesTest {
    static final List<String> RAMPS = List.of("offramps.councilReferral", "offramps.unMediation",
            "offramps.moscowDialogue", "offramps.unFramework");
    static final List<String> TESTED = RAMPS;
    static final Measure WAR = Facts.m("WAR");
    static final Measure DEAL = Facts.m("DEAL");
    static ComparisonResult result;

    static Scenario noRamps(Scenario s) {
        for (String r : RAMPS) {
            s = s.with(r, 0);
        }
        return s;
    }

    static String name(String world, String ramp) {
        return world + "-" + ramp.substring(ramp.indexOf('.') + 1).toLowerCase();
    }

    @BeforeAll
    static void runAll() {
        Scenario refusal = noRamps(Facts.baseline());
        Scenario willing = noRamps(Facts.baseline().with("tehran.leaderRefusesTalks", 0)
                .with("washington.hardliners", 0.1));
        List<Object> variants = new ArrayList<>(List.of("refusal", refusal, "willing", willing));
        for (String ramp : TESTED) {
            variants.addAll(List.of(name("refusal", ramp), refusal.with(ramp, 1), name("willing", ramp),
                    willing.with(ramp, 1)));
        }
        result = Facts.compare(3000, List.of(WAR, DEAL), variants.toArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"offramps.councilReferral", "offramps.unMediation", "offramps.moscowDialogue",
        "offramps.unFramework"})
    void offRampHelpsOnlyWhereBothSidesAreOpen(String ramp) {
        String w = name("willing", ramp);
        String f = name("refusal", ramp);
        boolean dealUp = Facts.oneSided(result, w, "willing", DEAL).lower() > 0;
        boolean warDown = Facts.oneSided(result, w, "willing", WAR).upper() < 0;
        assertTrue(dealUp || warDown, ramp + " where both sides are open: "
                + Facts.describe(result, w, "willing", DEAL) + "; " + Facts.describe(result, w, "willing", WAR));
        for (Measure m : List.of(DEAL, WAR)) {
            Bounds b = result.pairedInterval(f, "refusal", m, 0.95);
            assertTrue(b.lower() > -0.02 && b.upper() < 0.02, ramp + " with the refusal in force: "
                    + Facts.describe(result, f, "refusal", m) + ", 95% interval " + b);
        }
    }
}
