package org.offramp.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offramp.random.RandomStream;

/** The documented rule and levels of {@link Beliefs}, {@link Lenses} and {@link RevealedTruth}. */
class BeliefsTest {
    private static final double EPS = 1e-12;

    @Test
    void startsFromThePriorForEveryOrderedPair() {
        Beliefs b = new Beliefs(4, 0.4, 0.2, 0.1);
        for (int o = 0; o < 4; o++) {
            for (int t = 0; t < 4; t++) {
                assertEquals(0.4, b.hostility(o, t), EPS);
                assertEquals(0.2, b.resolveSd(o, t), EPS);
            }
            assertEquals(0, b.provocation(o), EPS);
            assertEquals(Beliefs.NEVER, b.triggerDay(o));
            assertFalse(b.triggerLive(o, 0, 30));
        }
    }

    @Test
    void oneObservationMovesOnlyItsOrderedPairByTheRule() {
        Beliefs b = new Beliefs(3, 0.5, 0.25, 0.1);
        b.observe(0, 2, 0.9, 0.2, 0.4, 0.01);
        double k = 0.04;
        assertEquals(0.5 + k * 0.4, b.hostility(0, 2), EPS);
        assertEquals(0.5 - k * 0.3, b.resolve(0, 2), EPS);
        assertEquals(Math.sqrt((1 - k) * (1 - k) * 0.0625 + k * k * 0.01), b.hostilitySd(0, 2), EPS);
        assertEquals(0.5, b.hostility(2, 0), EPS, "beliefs are not symmetric");
        assertEquals(0.5, b.hostility(0, 1), EPS);
        assertEquals(0.25, b.resolveSd(1, 2), EPS);
    }

    @Test
    void aNoiselessUnbiasedObserverConvergesGeometricallyToTheTruth() {
        double m = 0.05;
        Beliefs b = new Beliefs(2, 0.5, 0.25, m);
        RevealedTruth truth = new RevealedTruth(2, m);
        for (int n = 1; n <= 200; n++) {
            b.observe(1, 0, 0.9, 0.9, 1.0, 0.0);
            truth.record(0, 0.9, 0.9, 1.0);
            assertEquals(-0.4 * Math.pow(1 - m, n), b.hostility(1, 0) - truth.hostility(0), 1e-12, "after " + n);
        }
    }

    @Test
    void aBiasedObserverSettlesExactlyOneBiasAwayFromTheTruth() {
        double m = 0.1;
        double bias = 0.07;
        Lenses lenses = new Lenses(2).set(0, 1, bias, 0.0);
        RandomStream s = new RandomStream(7, 1, 0, 1);
        Beliefs b = new Beliefs(2, 0.5, 0.25, m);
        for (int n = 1; n <= 300; n++) {
            b.observe(0, 1, lenses.perceive(0, 1, 0.6, s), 0.6, 1.0, lenses.noiseVariance(0, 1));
            assertEquals(0.6 + bias + (0.5 - 0.6 - bias) * Math.pow(1 - m, n), b.hostility(0, 1), 1e-12);
        }
        assertEquals(0, b.hostilitySd(0, 1), 1e-12, "the observer does not know its bias: no variance from it");
    }

    /**
     * The stationary error of a noisy observer has mean 0 and sd sigma sqrt(m / (2 - m)). 200,000
     * observations at a fixed seed; the error is autocorrelated with lag-1 correlation 1 - m, so the
     * effective sample is about n m / (2 - m) = 10,500: the sd's relative standard error is then
     * under 1 %, and the tolerances (4 % on the sd, 4 standard errors on the mean) hold at better
     * than the 0.1 % level.
     */
    @Test
    void aNoisyObserversErrorHasTheStationarySpread() {
        double m = 0.1;
        double sigma = 0.12;
        Lenses lenses = new Lenses(2).set(1, 0, 0.0, sigma);
        RandomStream s = new RandomStream(20190517L, 3, 1, 0);
        Beliefs b = new Beliefs(2, 0.5, 0.25, m);
        double sum = 0;
        double sumSq = 0;
        int count = 0;
        for (int day = 0; day < 200_500; day++) {
            s.startDay(day);
            b.observe(1, 0, lenses.perceive(1, 0, 0.3, s), 0.3, 1.0, lenses.noiseVariance(1, 0));
            if (day >= 500) {
                double e = b.hostility(1, 0) - 0.3;
                sum += e;
                sumSq += e * e;
                count++;
            }
        }
        double mean = sum / count;
        double sd = Math.sqrt(sumSq / count - mean * mean);
        double expected = sigma * Math.sqrt(m / (2 - m));
        assertEquals(expected, sd, 0.04 * expected, "stationary sd");
        assertEquals(0, mean, 4 * expected / Math.sqrt(count * m / (2 - m)), "stationary mean");
        // and the belief's own variance settles at the same level, exactly
        assertEquals(expected, b.hostilitySd(1, 0), 1e-12);
    }

    @Test
    void byPrecisionWithoutDriftIsTheNormalPosterior() {
        Beliefs b = new Beliefs(2, 0.5, 0.2, 0.1);
        double v0 = 0.04;
        double q = 0.01;
        b.observeByPrecision(0, 1, 0.9, 0.1, 1.0, q, 0.0);
        double mean = (0.5 / v0 + 0.9 / q) / (1 / v0 + 1 / q);
        assertEquals(mean, b.hostility(0, 1), EPS);
        assertEquals((0.5 / v0 + 0.1 / q) / (1 / v0 + 1 / q), b.resolve(0, 1), EPS);
        assertEquals(Math.sqrt(1 / (1 / v0 + 1 / q)), b.hostilitySd(0, 1), EPS);
        // a vague observation moves a firm belief little; a precise one moves a vague belief far
        Beliefs firm = new Beliefs(2, 0.5, 0.01, 0.1);
        firm.observeByPrecision(0, 1, 1.0, 1.0, 1.0, 1.0, 0.0);
        assertTrue(firm.hostility(0, 1) - 0.5 < 0.001);
        Beliefs vague = new Beliefs(2, 0.5, 1.0, 0.1);
        vague.observeByPrecision(0, 1, 1.0, 1.0, 1.0, 0.0001, 0.0);
        assertTrue(1.0 - vague.hostility(0, 1) < 0.001);
    }

    @Test
    void byPrecisionWithDriftSettlesAtTheStationaryVariance() {
        double q = 0.02;
        double drift = 0.001;
        Beliefs b = new Beliefs(2, 0.5, 0.25, 0.1);
        for (int n = 0; n < 500; n++) {
            b.observeByPrecision(1, 0, 0.4, 0.4, 1.0, q, drift);
        }
        double p = (-drift + Math.sqrt(drift * drift + 4 * drift * q)) / 2;
        assertEquals(Math.sqrt(p), b.hostilitySd(1, 0), 1e-12);
        assertEquals(0.4, b.hostility(1, 0), 1e-9, "a constant signal is learnt");
        assertThrows(IllegalArgumentException.class, () -> b.observeByPrecision(0, 1, 0.5, 0.5, 1, 0, 0));
    }

    @Test
    void provocationFadesAndTriggersStayLiveForTheirMemory() {
        Beliefs b = new Beliefs(2, 0.5, 0.25, 0.1);
        b.feelProvocation(0, 1.0, 0.2);
        assertEquals(0.2, b.provocation(0), EPS);
        for (int d = 0; d < 10; d++) {
            b.feelProvocation(0, 0.0, 0.2);
        }
        assertEquals(0.2 * Math.pow(0.8, 10), b.provocation(0), EPS);
        b.fireTrigger(1, 12);
        assertTrue(b.triggerLive(1, 12, 7));
        assertTrue(b.triggerLive(1, 18, 7));
        assertFalse(b.triggerLive(1, 19, 7));
        assertFalse(b.stateTriggerLive(1, 12, 7), "an ordinary trigger is no state trigger");
        b.fireStateTrigger(1, 20);
        assertTrue(b.stateTriggerLive(1, 20, 1));
        assertEquals(20, b.triggerDay(1), "a state trigger fires the ordinary one too");
    }

    @Test
    void badArgumentsAreRefusedNamingTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Beliefs(2, 0.5, 0.2, 0))
                .getMessage().contains("memory must be in (0, 1], but was 0.0"));
        assertThrows(IllegalArgumentException.class, () -> new Beliefs(0, 0.5, 0.2, 0.1));
        Beliefs b = new Beliefs(2, 0.5, 0.2, 0.1);
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> b.hostility(0, 2))
                .getMessage().contains("but was 2"));
        assertThrows(IllegalArgumentException.class, () -> b.observe(0, 1, 0.5, 0.5, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> b.feelProvocation(0, 1.2, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new Lenses(2).set(0, 1, 0, -1));
    }

    @Test
    void revealedTruthStartsAtTheFirstAct() {
        RevealedTruth t = new RevealedTruth(2, 0.5);
        assertFalse(t.known(1));
        t.record(1, 0.8, 0.4, 1.0);
        assertTrue(t.known(1));
        assertEquals(0.8, t.hostility(1), EPS);
        t.record(1, 0.0, 0.0, 0.5);
        assertEquals(0.8 * 0.75, t.hostility(1), EPS);
        assertEquals(0.4 * 0.75, t.resolve(1), EPS);
    }
}
