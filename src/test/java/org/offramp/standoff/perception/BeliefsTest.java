package org.offramp.standoff.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offramp.standoff.Actor;

/** The documented update rule of {@link Beliefs}, checked against hand-computed values. */
class BeliefsTest {
    private static final double EPS = 1e-12;
    private static final Actor W = Actor.WASHINGTON;
    private static final Actor T = Actor.TEHRAN;

    @Test
    void startsFromThePrior() {
        Beliefs b = new Beliefs(0.4, 0.2, 0.1);
        for (Actor o : Actor.ALL) {
            for (Actor t : Actor.ALL) {
                assertEquals(0.4, b.hostility(o, t), EPS);
                assertEquals(0.4, b.resolve(o, t), EPS);
                assertEquals(0.2, b.hostilitySd(o, t), EPS);
                assertEquals(0.2, b.resolveSd(o, t), EPS);
            }
            assertEquals(0, b.provocation(o), EPS);
            assertTrue(b.triggerDay(o) < -1_000_000, "no trigger has fired");
        }
    }

    @Test
    void oneObservationMovesMeanAndVarianceByTheRule() {
        double memory = 0.1;
        Beliefs b = new Beliefs(0.5, 0.25, memory);
        double w = 0.4;
        double q = 0.01;
        b.observe(W, T, 0.9, 0.2, w, q);
        double k = memory * w;
        assertEquals(0.5 + k * (0.9 - 0.5), b.hostility(W, T), EPS);
        assertEquals(0.5 + k * (0.2 - 0.5), b.resolve(W, T), EPS);
        double v = (1 - k) * (1 - k) * 0.0625 + k * k * q;
        assertEquals(Math.sqrt(v), b.hostilitySd(W, T), EPS);
        assertEquals(Math.sqrt(v), b.resolveSd(W, T), EPS);
    }

    @Test
    void anObservationTouchesOnlyItsOrderedPair() {
        Beliefs b = new Beliefs(0.5, 0.25, 0.2);
        b.observe(W, T, 1.0, 1.0, 1.0, 0.0);
        for (Actor o : Actor.ALL) {
            for (Actor t : Actor.ALL) {
                if (o != W || t != T) {
                    assertEquals(0.5, b.hostility(o, t), EPS, o + " about " + t);
                    assertEquals(0.25, b.resolveSd(o, t), EPS, o + " about " + t);
                }
            }
        }
        assertEquals(0.6, b.hostility(W, T), EPS);
        assertEquals(0.5, b.hostility(T, W), EPS, "beliefs are not symmetric");
    }

    @Test
    void convergesGeometricallyToAConstantSignal() {
        double m = 0.05;
        Beliefs b = new Beliefs(0.5, 0.25, m);
        double s = 0.9;
        for (int n = 1; n <= 200; n++) {
            b.observe(T, W, s, s, 1.0, 0.0);
            assertEquals((0.5 - s) * Math.pow(1 - m, n), b.hostility(T, W) - s, 1e-12, "after " + n);
        }
    }

    @Test
    void varianceSettlesAtTheStationaryNoiseVariance() {
        // with gain k = m, v* solves v = (1 - m)^2 v + m^2 q, i.e. v* = q m / (2 - m)
        double m = 0.2;
        double q = 0.04;
        Beliefs b = new Beliefs(0.5, 0.25, m);
        for (int n = 0; n < 300; n++) {
            b.observe(W, T, 0.5, 0.5, 1.0, q);
        }
        assertEquals(Math.sqrt(q * m / (2 - m)), b.hostilitySd(W, T), 1e-12);
        assertEquals(Math.sqrt(q * m / (2 - m)), b.resolveSd(W, T), 1e-12);
    }

    @Test
    void cheapTalkWeighsLess() {
        Beliefs costly = new Beliefs(0.5, 0.25, 0.1);
        Beliefs talk = new Beliefs(0.5, 0.25, 0.1);
        costly.observe(W, T, 1, 1, 1.0, 0);
        talk.observe(W, T, 1, 1, 0.3, 0);
        assertEquals(0.55, costly.hostility(W, T), EPS);
        assertEquals(0.515, talk.hostility(W, T), EPS);
    }

    @Test
    void memoryOneCopiesTheSignal() {
        Beliefs b = new Beliefs(0.5, 0.25, 1.0);
        b.observe(W, T, 0.8, 0.3, 1.0, 0.01);
        assertEquals(0.8, b.hostility(W, T), EPS);
        assertEquals(0.3, b.resolve(W, T), EPS);
        assertEquals(0.1, b.hostilitySd(W, T), EPS);
    }

    @Test
    void provocationAndTriggers() {
        Beliefs b = new Beliefs(0.5, 0.25, 0.1);
        b.feelProvocation(W, 1.0, 0.15);
        assertEquals(0.15, b.provocation(W), EPS);
        b.feelProvocation(W, 0.0, 0.15);
        assertEquals(0.15 * 0.85, b.provocation(W), EPS);
        assertEquals(0, b.provocation(T), EPS);
        b.fireTrigger(T, 12);
        assertEquals(12, b.triggerDay(T));
        assertTrue(b.triggerDay(W) < 0);
    }

    @Test
    void memoryOutsideZeroOneIsRejectedNamingTheValue() {
        for (double bad : new double[] {0, -0.1, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Beliefs(0.5, 0.25, bad));
            assertTrue(e.getMessage().contains("memory") && e.getMessage().contains(String.valueOf(bad)), e.getMessage());
        }
    }

    @Test
    void revealedTruthStartsAtTheFirstActThenFollowsTheSameRule() {
        RevealedTruth t = new RevealedTruth(0.1);
        t.record(T, 0.9, 0.7, 0.3);
        assertEquals(0.9, t.hostility(T), EPS, "the first act is taken as it is, whatever its weight");
        assertEquals(0.7, t.resolve(T), EPS);
        t.record(T, 0.5, 0.2, 0.5);
        assertEquals(0.9 + 0.05 * (0.5 - 0.9), t.hostility(T), EPS);
        assertEquals(0.7 + 0.05 * (0.2 - 0.7), t.resolve(T), EPS);
        assertEquals(0, t.hostility(W), EPS);
    }

    @Test
    void everyOrderedPairKeepsItsOwnBelief() {
        // each ordered pair observes its own signal with its own noise, so a mixed-up index for any
        // observer (not only the first) reads another pair's mean or spread
        Beliefs b = new Beliefs(0.5, 0.25, 0.5);
        int n = Actor.COUNT;
        for (Actor o : Actor.ALL) {
            for (Actor t : Actor.ALL) {
                int pair = o.ordinal() * n + t.ordinal();
                b.observe(o, t, pair / 100.0, 1 - pair / 100.0, 1.0, pair / 1000.0);
            }
        }
        for (Actor o : Actor.ALL) {
            for (Actor t : Actor.ALL) {
                int pair = o.ordinal() * n + t.ordinal();
                String who = o + " about " + t;
                assertEquals(0.5 + 0.5 * (pair / 100.0 - 0.5), b.hostility(o, t), EPS, who);
                assertEquals(0.5 + 0.5 * (1 - pair / 100.0 - 0.5), b.resolve(o, t), EPS, who);
                double sd = Math.sqrt(0.25 * 0.0625 + 0.25 * pair / 1000.0);
                assertEquals(sd, b.hostilitySd(o, t), EPS, who);
                assertEquals(sd, b.resolveSd(o, t), EPS, who);
            }
        }
    }

    @Test
    void aStateTriggerIsATriggerAndIsKeptApart() {
        Beliefs b = new Beliefs(0.5, 0.25, 0.1);
        for (Actor o : Actor.ALL) {
            assertTrue(b.stateTriggerDay(o) < -1_000_000, "no state trigger has fired for " + o);
        }
        b.fireTrigger(W, 3);
        assertEquals(3, b.triggerDay(W));
        assertTrue(b.stateTriggerDay(W) < -1_000_000, "a trigger by a proxy is no state trigger");
        b.fireStateTrigger(T, 9);
        assertEquals(9, b.stateTriggerDay(T));
        assertEquals(9, b.triggerDay(T));
        b.fireStateTrigger(W, 11);
        assertEquals(11, b.stateTriggerDay(W));
        assertEquals(11, b.triggerDay(W));
        assertEquals(9, b.stateTriggerDay(T), "each actor has its own");
    }
}
