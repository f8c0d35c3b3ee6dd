package org.offramp.standoff.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.Trigger;
import org.offramp.standoff.perception.Beliefs;
import org.offramp.standoff.perception.RevealedTruth;
import org.offramp.standoff.world.World;

/**
 * Beliefs against the revealed truth after whole runs (Beliefs' class description): no noise, no bias
 * and perfect attribution converge to the truth; noise alone leaves an error of mean 0 and standard
 * deviation sigma sqrt(m / (2 - m)); a bias b leaves an error of b.
 *
 * <p>Attribution errors are switched off throughout (attribution.errorScale 0): an unattributed act
 * makes its author look as if it held and a misattributed one adds an observation of someone else,
 * either of which would move a belief away from the truth by design.
 */
class PerceptionConvergenceTest {
    private static final long MASTER = 20190517L;
    private static final double TIGHT = 1e-6;

    /** The scenario with perfect attribution, no perception bias and no bluff. */
    private static Scenario unbiased(Scenario s) {
        for (Actor o : Actor.ALL) {
            for (Actor t : Actor.ALL) {
                if (o != t) {
                    s = s.with(Params.hostilityBias(o, t), 0).with(Params.resolveBias(o, t), 0);
                }
            }
            s = s.with(Params.bluff(o), 0);
        }
        return s.with(Params.ATTRIBUTION_ERROR_SCALE, 0);
    }

    /** The first runs of {@code s} (by run index under the fixed master) that reach the horizon. */
    private static List<World> runsToHorizon(Scenario s, int wanted) {
        List<World> worlds = new ArrayList<>();
        for (int i = 0; worlds.size() < wanted; i++) {
            assertTrue(i < 10 * wanted, "too few runs of " + s.name() + " reach the horizon");
            World w = Driver.runWorld(s, Seeds.runSeed(MASTER, i));
            if (w.record().trigger() == Trigger.HORIZON) {
                assertEquals(s.integer(Params.HORIZON), w.record().day());
                worlds.add(w);
            }
        }
        return worlds;
    }

    @Test
    void withoutNoiseBiasOrAttributionErrorBeliefsConvergeToTheTruth() {
        Scenario s = unbiased(Scenarios.load("gray-zone")).with(Params.PERCEPTION_NOISE_SCALE, 0);
        double prior = s.get(Params.PERCEPTION_PRIOR_MEAN);
        for (World w : runsToHorizon(s, 3)) {
            Beliefs b = w.beliefs();
            RevealedTruth truth = w.truth();
            boolean truthLeftThePrior = false;
            for (Actor o : Actor.ALL) {
                for (Actor t : Actor.ALL) {
                    if (o == t) {
                        continue;
                    }
                    assertEquals(truth.hostility(t), b.hostility(o, t), TIGHT, o + "'s belief of " + t + "'s hostility");
                    assertEquals(truth.resolve(t), b.resolve(o, t), TIGHT, o + "'s belief of " + t + "'s resolve");
                    truthLeftThePrior |= Math.abs(truth.hostility(t) - prior) > 0.01
                            && Math.abs(truth.resolve(t) - prior) > 0.01;
                }
            }
            // otherwise "converged" could just mean "never moved"
            assertTrue(truthLeftThePrior, "the truth stayed at the prior");
        }
    }

    /**
     * With noise only, the final error of each (observer, target) belief is a linear function of that
     * pair's own noise draws alone: with every observation weighing 1 (credibility 1, so cheap talk too)
     * the gain is the constant m, and the error obeys e' = (1 - m) e + m sigma eps whatever the signals
     * and hence whatever the decisions. Pairs use separate streams and each day's draws restart, so
     * the standardized errors of all pairs, of hostility and resolve, and of all runs are independent
     * standard normal draws (the deterministic start has decayed by (1 - m)^300 < 2e-7 in runs of
     * 300 days or more). Tested at the 0.1% level (two-sided), for the mean and for the variance.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.2})
    void withNoiseOnlyTheErrorHasMeanZeroAndTheStationarySd(double m) {
        Scenario s = unbiased(Scenarios.load("gray-zone")).with(Params.PERCEPTION_MEMORY, m);
        for (Actor a : Actor.ALL) {
            s = s.with(Params.credibility(a), 1.0);
        }
        double scale = s.get(Params.PERCEPTION_NOISE_SCALE);
        List<Double> z = new ArrayList<>();
        int runs = 0;
        for (int i = 0; runs < 20; i++) {
            World w = Driver.runWorld(s, Seeds.runSeed(MASTER, 1000 + i));
            if (w.record().day() < 300) {
                continue;
            }
            runs++;
            for (Actor o : Actor.ALL) {
                for (Actor t : Actor.ALL) {
                    if (o == t) {
                        continue;
                    }
                    double sigma = s.get(Params.noise(o, t)) * scale / 20.0;
                    double sd = sigma * Math.sqrt(m / (2 - m));
                    // the belief's own uncertainty is exactly the stationary one
                    assertEquals(sd, w.beliefs().hostilitySd(o, t), 1e-9, o + " about " + t);
                    assertEquals(sd, w.beliefs().resolveSd(o, t), 1e-9, o + " about " + t);
                    z.add((w.beliefs().hostility(o, t) - w.truth().hostility(t)) / sd);
                    z.add((w.beliefs().resolve(o, t) - w.truth().resolve(t)) / sd);
                }
            }
        }
        int n = z.size();
        double mean = z.stream().mapToDouble(Double::doubleValue).sum() / n;
        double sumSq = z.stream().mapToDouble(x -> x * x).sum();
        assertEquals(0, mean, 3.2905 / Math.sqrt(n), "mean standardized error over " + n + " (0.1% level)");
        // sum of n squared standard normals is chi-square with n degrees of freedom
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(n);
        double lo = chi2.inverseCumulativeProbability(0.0005);
        double hi = chi2.inverseCumulativeProbability(0.9995);
        assertTrue(sumSq > lo && sumSq < hi, "sum of squared standardized errors " + sumSq + " outside ["
                + lo + ", " + hi + "], the 0.1% acceptance region: the error sd is not sigma sqrt(m / (2 - m))");
    }

    @Test
    void withABiasTheErrorConvergesToTheBias() {
        double resolveBias = -0.2;
        double hostilityBias = 0.15;
        Scenario s = unbiased(Scenarios.load("gray-zone")).with(Params.PERCEPTION_NOISE_SCALE, 0)
                .with(Params.resolveBias(Actor.WASHINGTON, Actor.TEHRAN), resolveBias)
                .with(Params.hostilityBias(Actor.TEHRAN, Actor.WASHINGTON), hostilityBias);
        for (World w : runsToHorizon(s, 2)) {
            for (Actor o : Actor.ALL) {
                for (Actor t : Actor.ALL) {
                    if (o == t) {
                        continue;
                    }
                    double hb = o == Actor.TEHRAN && t == Actor.WASHINGTON ? hostilityBias : 0;
                    double rb = o == Actor.WASHINGTON && t == Actor.TEHRAN ? resolveBias : 0;
                    assertEquals(hb, w.beliefs().hostility(o, t) - w.truth().hostility(t), TIGHT,
                            o + "'s hostility error about " + t);
                    assertEquals(rb, w.beliefs().resolve(o, t) - w.truth().resolve(t), TIGHT,
                            o + "'s resolve error about " + t);
                }
            }
        }
    }
}
