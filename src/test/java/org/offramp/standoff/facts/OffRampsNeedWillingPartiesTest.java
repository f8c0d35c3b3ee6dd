package org.offramp.standoff.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offramp.design.Measure;
import org.offramp.model.Scenario;

/**
 * Fact 3 of docs/ODD.md, "off-ramps need willing parties": an off-ramp lowers WAR or raises DEAL
 * only where both sides are open to talks. Tested as an interaction on common seeds: the off-ramp's
 * effect where both sides are willing minus its effect with the Leader's refusal in force.
 *
 * <p>Both worlds switch every other off-ramp off and weaken Washington's hard-liners
 * ({@code washington.hardliners} 0.1, as in the shipped {@code deal-prone} scenario), so Washington's
 * openness, (1 − 0.1) × 0.8 = 0.72, clears {@code offramps.washingtonOpenness} (0.5): Washington
 * joins a dialogue or framework and answers the Council's call. At the baseline's 0.6 its openness is
 * 0.32 and no off-ramp can reach it, whatever Tehran does. The worlds then differ in the Leader's
 * refusal alone ({@code tehran.leaderRefusesTalks}), so the interaction isolates it.
 *
 * <p>For each off-ramp and run {@code i}, with {@code x} the run's ending in each arm,
 * {@code D_i = (willing+ramp − willing) − (refusal+ramp − refusal)}; the fact holds if the mean of
 * {@code D} for DEAL is above 0 or the mean for WAR below 0. Either suffices, so each is a one-sided
 * test at 2.5% (Bonferroni; 5% for the pair), with a normal interval for the mean of the 2,000
 * independent {@code D_i}. The fact must hold on two independent master seeds ({@link Facts#SEED},
 * {@link Facts#SECOND_SEED}), each at that level.
 */
@Tag("slow")
class OffRampsNeedWillingPartiesTest {
    static final int RUNS = 3000;
    static final List<String> RAMPS = List.of("offramps.councilReferral", "offramps.unMediation",
            "offramps.moscowDialogue", "offramps.unFramework");
    static final Measure WAR = Facts.m("WAR");
    static final Measure DEAL = Facts.m("DEAL");
    /** Per seed and measure: [arm][run], arms as in {@link #arms()}. */
    static final Map<Long, Map<Measure, boolean[][]>> RESULTS = new LinkedHashMap<>();

    static Scenario noRamps(Scenario s) {
        for (String r : RAMPS) {
            s = s.with(r, 0);
        }
        return s;
    }

    /** refusal, willing, then for each ramp refusal+ramp and willing+ramp. */
    static List<Scenario> arms() {
        Scenario open = noRamps(Facts.baseline()).with("washington.hardliners", 0.1);
        Scenario refusal = open.with("tehran.leaderRefusesTalks", 1);
        Scenario willing = open.with("tehran.leaderRefusesTalks", 0);
        List<Scenario> arms = new ArrayList<>(List.of(refusal, willing));
        for (String ramp : RAMPS) {
            arms.add(refusal.with(ramp, 1));
            arms.add(willing.with(ramp, 1));
        }
        return arms;
    }

    @BeforeAll
    static void runAll() {
        List<Scenario> arms = arms();
        for (long seed : new long[] {Facts.SEED, Facts.SECOND_SEED}) {
            boolean[][][] x = Facts.perRun(seed, RUNS, List.of(WAR, DEAL), arms);
            RESULTS.put(seed, Map.of(WAR, x[0], DEAL, x[1]));
        }
    }

    static List<Arguments> rampsAndSeeds() {
        List<Arguments> a = new ArrayList<>();
        for (String ramp : RAMPS) {
            a.add(Arguments.of(ramp, Facts.SEED));
            a.add(Arguments.of(ramp, Facts.SECOND_SEED));
        }
        return a;
    }

    @ParameterizedTest(name = "{0}, master seed {1}")
    @MethodSource("rampsAndSeeds")
    void offRampHelpsMoreWhereBothSidesAreWilling(String ramp, long seed) {
        int k = RAMPS.indexOf(ramp);
        int refusalRamp = 2 + 2 * k;
        int willingRamp = refusalRamp + 1;
        boolean[][] deal = RESULTS.get(seed).get(DEAL);
        boolean[][] war = RESULTS.get(seed).get(WAR);
        Facts.Contrast dealUp = Facts.interaction(deal[willingRamp], deal[1], deal[refusalRamp], deal[0],
                Facts.ONE_SIDED_975);
        Facts.Contrast warDown = Facts.interaction(war[willingRamp], war[1], war[refusalRamp], war[0],
                Facts.ONE_SIDED_975);
        assertTrue(dealUp.bounds().lower() > 0 || warDown.bounds().upper() < 0, ramp + ", master seed " + seed
                + ", " + RUNS + " runs: willing-world effect minus refusal-world effect, one-sided 97.5% bounds: DEAL "
                + dealUp + " (willing " + share(deal[willingRamp]) + " vs " + share(deal[1]) + ", refusal "
                + share(deal[refusalRamp]) + " vs " + share(deal[0]) + "); WAR " + warDown + " (willing "
                + share(war[willingRamp]) + " vs " + share(war[1]) + ", refusal " + share(war[refusalRamp]) + " vs "
                + share(war[0]) + ")");
    }

    private static String share(boolean[] x) {
        int n = 0;
        for (boolean b : x) {
            n += b ? 1 : 0;
        }
        return String.format(java.util.Locale.ROOT, "%.4f", n / (double) x.length);
    }
}
