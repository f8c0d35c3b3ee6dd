package org.offramp.perception;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offramp.random.RandomStream;

/**
 * Pins the perception package's documented contracts exactly: one update computed by hand from
 * each rule, every argument accepted or refused exactly at its documented limit, and the index
 * arithmetic of every ordered pair.
 */
class PerceptionContractTest {
    private static final double EPS = 1e-12;

    private static void refused(Class<? extends Throwable> type, String names, Runnable call) {
        Throwable e = assertThrows(type, call::run);
        assertTrue(e.getMessage().contains(names), () -> "message should name " + names + ": " + e.getMessage());
    }

    // ---- Beliefs: constructor ----

    @Test
    void beliefsConstructorLimits() {
        refused(IllegalArgumentException.class, "actors", () -> new Beliefs(0, 0.5, 0.1, 0.5));
        assertEquals(1, new Beliefs(1, 0.5, 0.1, 0.5).actors());
        refused(IllegalArgumentException.class, "memory", () -> new Beliefs(2, 0.5, 0.1, 0.0));
        refused(IllegalArgumentException.class, "memory", () -> new Beliefs(2, 0.5, 0.1, Math.nextUp(1.0)));
        assertEquals(1.0, new Beliefs(2, 0.5, 0.1, 1.0).memory());
        assertEquals(Double.MIN_VALUE, new Beliefs(2, 0.5, 0.1, Double.MIN_VALUE).memory());
        assertEquals(0.0, new Beliefs(2, 0.5, 0.0, 0.5).hostilitySd(0, 1));
        refused(IllegalArgumentException.class, "prior", () -> new Beliefs(2, 0.5, -Double.MIN_VALUE, 0.5));
        refused(IllegalArgumentException.class, "prior", () -> new Beliefs(2, 0.5, Double.NaN, 0.5));
        refused(IllegalArgumentException.class, "prior", () -> new Beliefs(2, 0.5, Double.POSITIVE_INFINITY, 0.5));
        refused(IllegalArgumentException.class, "prior", () -> new Beliefs(2, Double.NaN, 0.1, 0.5));
        refused(IllegalArgumentException.class, "prior", () -> new Beliefs(2, Double.NEGATIVE_INFINITY, 0.1, 0.5));
    }

    @Test
    void beliefsStartAtThePriorWithNoTriggerFired() {
        Beliefs b = new Beliefs(3, 0.4, 0.2, 0.25);
        assertEquals(3, b.actors());
        assertEquals(0.25, b.memory());
        for (int o = 0; o < 3; o++) {
            assertEquals(Beliefs.NEVER, b.triggerDay(o));
            assertEquals(Beliefs.NEVER, b.stateTriggerDay(o));
            assertEquals(0.0, b.provocation(o));
            assertFalse(b.triggerLive(o, 0, 30));
            assertFalse(b.stateTriggerLive(o, 0, 30));
            for (int t = 0; t < 3; t++) {
                assertEquals(0.4, b.hostility(o, t));
                assertEquals(0.4, b.resolve(o, t));
                assertEquals(0.2, b.hostilitySd(o, t), EPS);
                assertEquals(0.2, b.resolveSd(o, t), EPS);
            }
        }
    }

    // ---- Beliefs.observe ----

    @Test
    void observeMatchesTheDocumentedStepComputedByHand() {
        // memory 0.3, weight 0.5: k = 0.15; prior mean 0.5, variance 0.04, noise variance 0.04.
        Beliefs b = new Beliefs(2, 0.5, 0.2, 0.3);
        b.observe(0, 1, 0.9, 0.1, 0.5, 0.04);
        assertEquals(0.5 + 0.15 * 0.4, b.hostility(0, 1), EPS);          // 0.56
        assertEquals(0.5 - 0.15 * 0.4, b.resolve(0, 1), EPS);            // 0.44
        double v = 0.85 * 0.85 * 0.04 + 0.15 * 0.15 * 0.04;             // 0.0298
        assertEquals(Math.sqrt(v), b.hostilitySd(0, 1), EPS);
        assertEquals(Math.sqrt(v), b.resolveSd(0, 1), EPS);
        // the other pairs are untouched
        assertEquals(0.5, b.hostility(1, 0));
        assertEquals(0.5, b.hostility(0, 0));
        assertEquals(0.2, b.resolveSd(1, 1), EPS);
    }

    @Test
    void observeAcceptsAndRefusesExactlyAtItsLimits() {
        Beliefs b = new Beliefs(2, 0.5, 0.2, 0.5);
        assertDoesNotThrow(() -> b.observe(0, 1, 0.9, 0.9, 0.0, 0.0));
        assertEquals(0.5, b.hostility(0, 1), "weight 0 leaves the belief");
        assertDoesNotThrow(() -> b.observe(0, 1, 0.9, 0.9, 1.0, 0.0));
        assertEquals(0.7, b.hostility(0, 1), EPS);
        refused(IllegalArgumentException.class, "weight", () -> b.observe(0, 1, 0.9, 0.9, -Double.MIN_VALUE, 0.0));
        refused(IllegalArgumentException.class, "weight", () -> b.observe(0, 1, 0.9, 0.9, Math.nextUp(1.0), 0.0));
        refused(IllegalArgumentException.class, "weight", () -> b.observe(0, 1, 0.9, 0.9, Double.NaN, 0.0));
        refused(IllegalArgumentException.class, "noiseVariance",
                () -> b.observe(0, 1, 0.9, 0.9, 1.0, -Double.MIN_VALUE));
        refused(IllegalArgumentException.class, "noiseVariance", () -> b.observe(0, 1, 0.9, 0.9, 1.0, Double.NaN));
    }

    @Test
    void everyOrderedPairHasItsOwnBelief() {
        int n = 3;
        Beliefs b = new Beliefs(n, 0.0, 0.0, 1.0);
        for (int o = 0; o < n; o++) {
            for (int t = 0; t < n; t++) {
                b.observe(o, t, 10 * o + t, 100 + 10 * o + t, 1.0, (o * n + t + 1) * 0.01);
            }
        }
        for (int o = 0; o < n; o++) {
            for (int t = 0; t < n; t++) {
                assertEquals(10 * o + t, b.hostility(o, t), EPS);
                assertEquals(100 + 10 * o + t, b.resolve(o, t), EPS);
                // memory 1: the variance becomes the noise variance
                assertEquals(Math.sqrt((o * n + t + 1) * 0.01), b.hostilitySd(o, t), EPS);
                assertEquals(Math.sqrt((o * n + t + 1) * 0.01), b.resolveSd(o, t), EPS);
            }
        }
        for (int bad : new int[] {-1, n}) {
            refused(IndexOutOfBoundsException.class, "actor", () -> b.hostility(bad, 0));
            refused(IndexOutOfBoundsException.class, "actor", () -> b.hostility(0, bad));
            refused(IndexOutOfBoundsException.class, "actor", () -> b.provocation(bad));
            refused(IndexOutOfBoundsException.class, "actor", () -> b.fireTrigger(bad, 1));
        }
        refused(IndexOutOfBoundsException.class, "actor must be in [0, 2], but was 3", () -> b.resolve(3, 0));
    }

    // ---- Beliefs.observeByPrecision ----

    @Test
    void observeByPrecisionMatchesTheKalmanStepComputedByHand() {
        // prior variance 0.04 + drift 0.01 = 0.05; noise 0.05; weight 0.8: k = 0.8 * 0.05 / 0.1 = 0.4.
        Beliefs b = new Beliefs(2, 0.5, 0.2, 0.3);
        b.observeByPrecision(1, 0, 0.9, 0.1, 0.8, 0.05, 0.01);
        assertEquals(0.5 + 0.4 * 0.4, b.hostility(1, 0), EPS);          // 0.66
        assertEquals(0.5 - 0.4 * 0.4, b.resolve(1, 0), EPS);            // 0.34
        assertEquals(Math.sqrt(0.6 * 0.05), b.hostilitySd(1, 0), EPS);
        assertEquals(Math.sqrt(0.6 * 0.05), b.resolveSd(1, 0), EPS);
        assertEquals(0.5, b.hostility(0, 1));
    }

    @Test
    void observeByPrecisionTracksHostilityAndResolveVariancesSeparately() {
        Beliefs b = new Beliefs(2, 0.5, 0.2, 0.3);
        b.observe(0, 1, 0.5, 0.5, 1.0, 0.0);        // variance (0.7)^2 0.04 = 0.0196 for both
        b.observeByPrecision(0, 1, 1.0, 0.0, 1.0, 0.0196, 0.0);   // k = 0.5
        assertEquals(0.75, b.hostility(0, 1), EPS);
        assertEquals(0.25, b.resolve(0, 1), EPS);
        assertEquals(Math.sqrt(0.0098), b.hostilitySd(0, 1), EPS);
        assertEquals(Math.sqrt(0.0098), b.resolveSd(0, 1), EPS);
    }

    @Test
    void observeByPrecisionAcceptsAndRefusesExactlyAtItsLimits() {
        Beliefs b = new Beliefs(2, 0.5, 0.2, 0.5);
        assertDoesNotThrow(() -> b.observeByPrecision(0, 1, 0.9, 0.9, 0.0, 0.01, 0.0));
        assertEquals(0.5, b.hostility(0, 1));
        assertDoesNotThrow(() -> b.observeByPrecision(0, 1, 0.9, 0.9, 1.0, 0.04, 0.0));
        assertEquals(0.7, b.hostility(0, 1), EPS);
        refused(IllegalArgumentException.class, "weight",
                () -> b.observeByPrecision(0, 1, 0.9, 0.9, -Double.MIN_VALUE, 0.01, 0.0));
        refused(IllegalArgumentException.class, "weight",
                () -> b.observeByPrecision(0, 1, 0.9, 0.9, Math.nextUp(1.0), 0.01, 0.0));
        refused(IllegalArgumentException.class, "noiseVariance",
                () -> b.observeByPrecision(0, 1, 0.9, 0.9, 1.0, 0.0, 0.0));
        refused(IllegalArgumentException.class, "driftVariance",
                () -> b.observeByPrecision(0, 1, 0.9, 0.9, 1.0, 0.01, -Double.MIN_VALUE));
        assertDoesNotThrow(() -> b.observeByPrecision(0, 1, 0.9, 0.9, 1.0, Double.MIN_VALUE, 0.0));
    }

    // ---- Beliefs: provocation and triggers ----

    @Test
    void provocationFoldsAndFadesAsDocumented() {
        Beliefs b = new Beliefs(2, 0.5, 0.2, 0.5);
        b.feelProvocation(0, 0.8, 0.25);
        assertEquals(0.2, b.provocation(0), EPS);
        b.feelProvocation(0, 0.0, 0.5);
        assertEquals(0.1, b.provocation(0), EPS);
        assertEquals(0.0, b.provocation(1));
        assertDoesNotThrow(() -> b.feelProvocation(1, 1.0, 1.0));
        assertEquals(1.0, b.provocation(1));
        assertDoesNotThrow(() -> b.feelProvocation(1, 0.0, 0.0));
        assertEquals(1.0, b.provocation(1));
        refused(IllegalArgumentException.class, "severity", () -> b.feelProvocation(0, -Double.MIN_VALUE, 0.5));
        refused(IllegalArgumentException.class, "severity", () -> b.feelProvocation(0, Math.nextUp(1.0), 0.5));
        refused(IllegalArgumentException.class, "weight", () -> b.feelProvocation(0, 0.5, -Double.MIN_VALUE));
        refused(IllegalArgumentException.class, "weight", () -> b.feelProvocation(0, 0.5, Math.nextUp(1.0)));
    }

    @Test
    void triggersStayLiveForExactlyTheirMemory() {
        Beliefs b = new Beliefs(2, 0.5, 0.2, 0.5);
        b.fireTrigger(0, 10);
        assertEquals(10, b.triggerDay(0));
        assertEquals(Beliefs.NEVER, b.stateTriggerDay(0));
        assertTrue(b.triggerLive(0, 12, 3));
        assertFalse(b.triggerLive(0, 13, 3));
        assertFalse(b.stateTriggerLive(0, 12, 3));
        b.fireStateTrigger(1, 20);
        assertEquals(20, b.triggerDay(1));
        assertEquals(20, b.stateTriggerDay(1));
        assertTrue(b.stateTriggerLive(1, 20, 1));
        assertTrue(b.stateTriggerLive(1, 24, 5));
        assertFalse(b.stateTriggerLive(1, 25, 5));
        assertTrue(b.triggerLive(1, 24, 5));
        assertFalse(b.triggerLive(1, 25, 5));
        refused(IndexOutOfBoundsException.class, "actor", () -> b.fireStateTrigger(2, 1));
    }

    // ---- Lenses ----

    @Test
    void lensesConstructorLimits() {
        refused(IllegalArgumentException.class, "actors", () -> new Lenses(0));
        Lenses one = new Lenses(1);
        assertEquals(0.0, one.bias(0, 0));
        assertEquals(0.0, one.noiseVariance(0, 0));
    }

    @Test
    void everyOrderedPairHasItsOwnLens() {
        int n = 3;
        Lenses lenses = new Lenses(n);
        for (int o = 0; o < n; o++) {
            for (int t = 0; t < n; t++) {
                assertEquals(lenses, lenses.set(o, t, 10 * o + t, 0.5 * (o * n + t + 1)));
            }
        }
        for (int o = 0; o < n; o++) {
            for (int t = 0; t < n; t++) {
                assertEquals(10 * o + t, lenses.bias(o, t));
                double sd = 0.5 * (o * n + t + 1);
                assertEquals(sd * sd, lenses.noiseVariance(o, t), EPS);
            }
        }
        for (int bad : new int[] {-1, n}) {
            refused(IndexOutOfBoundsException.class, "actors", () -> lenses.bias(bad, 0));
            refused(IndexOutOfBoundsException.class, "actors", () -> lenses.bias(0, bad));
            refused(IndexOutOfBoundsException.class, "actors", () -> lenses.set(bad, 0, 0.0, 0.0));
            refused(IndexOutOfBoundsException.class, "actors", () -> lenses.set(0, bad, 0.0, 0.0));
        }
        refused(IndexOutOfBoundsException.class, "actors must be in [0, 2], but were 0 and 3",
                () -> lenses.noiseVariance(0, 3));
    }

    @Test
    void lensSetAcceptsAndRefusesExactlyAtItsLimits() {
        Lenses lenses = new Lenses(2);
        assertDoesNotThrow(() -> lenses.set(0, 1, -3.0, 0.0));
        assertEquals(-3.0, lenses.bias(0, 1));
        refused(IllegalArgumentException.class, "noiseSd", () -> lenses.set(0, 1, 0.0, -Double.MIN_VALUE));
        refused(IllegalArgumentException.class, "noiseSd", () -> lenses.set(0, 1, 0.0, Double.NaN));
        refused(IllegalArgumentException.class, "noiseSd", () -> lenses.set(0, 1, 0.0, Double.POSITIVE_INFINITY));
        refused(IllegalArgumentException.class, "bias", () -> lenses.set(0, 1, Double.NaN, 0.1));
        refused(IllegalArgumentException.class, "bias", () -> lenses.set(0, 1, Double.NEGATIVE_INFINITY, 0.1));
        assertEquals(-3.0, lenses.bias(0, 1), "a refused set changes nothing");
    }

    @Test
    void perceiveAddsBiasAndScaledNoiseFromOneDraw() {
        Lenses lenses = new Lenses(3).set(2, 1, 0.05, 0.125).set(1, 2, -0.4, 2.0);
        RandomStream stream = new RandomStream(7, 3, 2, 1);
        RandomStream twin = new RandomStream(7, 3, 2, 1);
        double z1 = twin.nextGaussian();
        double z2 = twin.nextGaussian();
        assertEquals(0.6 + 0.05 + 0.125 * z1, lenses.perceive(2, 1, 0.6, stream), EPS);
        assertEquals(0.3 - 0.4 + 2.0 * z2, lenses.perceive(1, 2, 0.3, stream), EPS);
        assertEquals(0.3, lenses.perceive(0, 2, 0.3, stream), "a clear lens adds nothing");
        twin.nextGaussian();   // ...but still draws
        assertEquals(twin.nextDouble(), stream.nextDouble(), "streams stay in step");
        refused(NullPointerException.class, "stream", () -> lenses.perceive(0, 1, 0.5, null));
    }

    // ---- Attribution ----

    @Test
    void attributionComparesStrictlyWithTheDrawnNumbers() {
        RandomStream twin = new RandomStream(11, 4, 0, 1);
        double u = twin.nextDouble();
        double v = twin.nextDouble();
        // accuracy equal to u: u < accuracy is false, so the author is missed;
        // share equal to v: v < share is false, so nobody is blamed.
        assertEquals(Attribution.NOBODY, Attribution.attribute(2, u, 0, v, new RandomStream(11, 4, 0, 1)));
        assertEquals(2, Attribution.attribute(2, Math.nextUp(u), 0, v, new RandomStream(11, 4, 0, 1)));
        assertEquals(0, Attribution.attribute(2, u, 0, Math.nextUp(v), new RandomStream(11, 4, 0, 1)));
        assertEquals(Attribution.NOBODY,
                Attribution.attribute(2, u, Attribution.NOBODY, 1.0, new RandomStream(11, 4, 0, 1)));
    }

    @Test
    void attributionAcceptsAndRefusesExactlyAtItsLimits() {
        RandomStream s = new RandomStream(3, 4, 0, 0);
        assertEquals(0, Attribution.attribute(0, 1.0, 1, 0.0, s));
        assertEquals(1, Attribution.attribute(0, 0.0, 1, 1.0, s));
        refused(IllegalArgumentException.class, "author", () -> Attribution.attribute(-1, 0.5, 1, 0.5, s));
        refused(IllegalArgumentException.class, "accuracy", () -> Attribution.attribute(0, -Double.MIN_VALUE, 1, 0.5, s));
        refused(IllegalArgumentException.class, "accuracy", () -> Attribution.attribute(0, Math.nextUp(1.0), 1, 0.5, s));
        refused(IllegalArgumentException.class, "scapegoatShare",
                () -> Attribution.attribute(0, 0.5, 1, -Double.MIN_VALUE, s));
        refused(IllegalArgumentException.class, "scapegoatShare",
                () -> Attribution.attribute(0, 0.5, 1, Math.nextUp(1.0), s));
        refused(NullPointerException.class, "stream", () -> Attribution.attribute(0, 0.5, 1, 0.5, null));
    }

    // ---- RevealedTruth ----

    @Test
    void revealedTruthConstructorLimits() {
        refused(IllegalArgumentException.class, "actors", () -> new RevealedTruth(0, 0.5));
        assertFalse(new RevealedTruth(1, 0.5).known(0));
        refused(IllegalArgumentException.class, "memory", () -> new RevealedTruth(2, 0.0));
        refused(IllegalArgumentException.class, "memory", () -> new RevealedTruth(2, Math.nextUp(1.0)));
        refused(IllegalArgumentException.class, "memory", () -> new RevealedTruth(2, Double.NaN));
        assertDoesNotThrow(() -> new RevealedTruth(2, 1.0));
    }

    @Test
    void revealedTruthStartsAtTheFirstActThenStepsByTheBeliefRule() {
        RevealedTruth truth = new RevealedTruth(2, 0.3);
        assertEquals(0.0, truth.hostility(1));
        truth.record(1, 0.5, 0.5, 0.2);
        assertTrue(truth.known(1));
        assertFalse(truth.known(0));
        assertEquals(0.5, truth.hostility(1));
        assertEquals(0.5, truth.resolve(1));
        truth.record(1, 0.9, 0.1, 0.5);               // k = 0.15
        assertEquals(0.56, truth.hostility(1), EPS);
        assertEquals(0.44, truth.resolve(1), EPS);
        assertEquals(0.0, truth.resolve(0));
    }
}
