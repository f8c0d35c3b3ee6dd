package org.offramp.standoff.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogitChoiceTest {
    private static final double NO = Double.NEGATIVE_INFINITY;
    private static final double EPS = 1e-12;

    private static double[] probabilities(double[] u, double beta) {
        double[] p = new double[u.length];
        LogitChoice.probabilities(u, u.length, beta, p);
        return p;
    }

    @Test
    void betaZeroIsUniformOverAvailableActions() {
        double[] p = probabilities(new double[] {3.0, NO, -7.0, 0.5, NO}, 0);
        assertEquals(1.0 / 3, p[0], EPS);
        assertEquals(0, p[1], 0);
        assertEquals(1.0 / 3, p[2], EPS);
        assertEquals(1.0 / 3, p[3], EPS);
        assertEquals(0, p[4], 0);
    }

    @Test
    void probabilitiesFollowTheLogitRuleAndSumToOne() {
        double[] u = {0.2, 1.0, NO, -0.5};
        double beta = 4;
        double[] p = probabilities(u, beta);
        double z = Math.exp(beta * 0.2) + Math.exp(beta * 1.0) + Math.exp(beta * -0.5);
        assertEquals(Math.exp(beta * 0.2) / z, p[0], EPS);
        assertEquals(Math.exp(beta * 1.0) / z, p[1], EPS);
        assertEquals(0, p[2], 0);
        assertEquals(Math.exp(beta * -0.5) / z, p[3], EPS);
        assertEquals(1, p[0] + p[1] + p[2] + p[3], EPS);
    }

    @Test
    void largeUtilitiesDoNotOverflow() {
        double[] p = probabilities(new double[] {1000, 999}, 50);
        assertEquals(1, p[0] + p[1], EPS);
        assertTrue(p[0] > 0.999);
    }

    @Test
    void largeBetaPicksTheArgmax() {
        double[] u = {0.1, 0.9, NO, 0.85};
        double[] scratch = new double[4];
        for (double uniform = 0; uniform < 1; uniform += 0.001) {
            assertEquals(1, LogitChoice.choose(u, 4, 1000, uniform, scratch), "uniform " + uniform);
        }
        assertEquals(1, LogitChoice.choose(u, 4, 1000, Math.nextDown(1.0), scratch));
    }

    @Test
    void unavailableActionsAreNeverChosen() {
        double[] u = {NO, 0.0, NO, 0.0, NO};
        double[] scratch = new double[5];
        int[] seen = new int[5];
        for (int i = 0; i < 1000; i++) {
            seen[LogitChoice.choose(u, 5, 0, i / 1000.0, scratch)]++;
        }
        seen[LogitChoice.choose(u, 5, 0, Math.nextDown(1.0), scratch)]++;
        assertEquals(0, seen[0] + seen[2] + seen[4]);
        assertEquals(500, seen[1]);
        assertEquals(501, seen[3]);
    }

    @Test
    void chooseInvertsTheCumulativeProbabilities() {
        double[] u = {0.3, -0.2, 0.7, NO, 0.0};
        double beta = 2;
        double[] p = probabilities(u, beta);
        double[] scratch = new double[5];
        int k = 100_000;
        int[] seen = new int[5];
        for (int i = 0; i < k; i++) {
            seen[LogitChoice.choose(u, 5, beta, (i + 0.5) / k, scratch)]++;
        }
        for (int j = 0; j < 5; j++) {
            // a grid of k uniforms gives each action its probability to within one grid step
            assertEquals(p[j], seen[j] / (double) k, 1.0 / k + EPS, "action " + j);
        }
    }

    @Test
    void onlyTheFirstNUtilitiesCount() {
        double[] u = {0.0, 0.0, 100.0};
        double[] scratch = new double[3];
        for (double uniform = 0; uniform < 1; uniform += 0.01) {
            assertNotEquals(2, LogitChoice.choose(u, 2, 5, uniform, scratch));
        }
    }

    @Test
    void noAvailableActionIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> LogitChoice.choose(new double[] {NO, NO}, 2, 1, 0.5, new double[2]));
    }

    @Test
    void theUniformPicksTheActionWhoseCumulativeShareFirstExceedsIt() {
        // two equal actions: [0, 0.5) picks the first, [0.5, 1) the second
        double[] u = {1.0, 1.0};
        double[] scratch = new double[2];
        assertEquals(0, LogitChoice.choose(u, 2, 3.0, 0.0, scratch));
        assertEquals(0, LogitChoice.choose(u, 2, 3.0, Math.nextDown(0.5), scratch));
        assertEquals(1, LogitChoice.choose(u, 2, 3.0, 0.5, scratch));
        assertEquals(1, LogitChoice.choose(u, 2, 3.0, Math.nextDown(1.0), scratch));
    }

    @Test
    void anUnavailableActionIsNeverChosenEvenWhenRoundingLeavesTheSumShort() {
        // ten equal shares of 0.1 add up to 0.9999999999999999 in doubles, no more than the largest uniform;
        // the draw then falls to the last available action, never to the unavailable one after it
        double[] u = new double[11];
        u[10] = NO;
        double[] scratch = new double[11];
        double acc = 0;
        for (int i = 0; i < 10; i++) {
            acc += 0.1;
        }
        assertTrue(!(Math.nextDown(1.0) < acc), "the premise: the shares leave nothing for the largest uniform");
        assertEquals(9, LogitChoice.choose(u, 11, 1.0, Math.nextDown(1.0), scratch));
        double[] first = {NO, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NO};
        assertEquals(10, LogitChoice.choose(first, 12, 1.0, Math.nextDown(1.0), new double[12]));
        assertEquals(1, LogitChoice.choose(first, 12, 1.0, 0.0, new double[12]), "an unavailable first action is skipped");
    }
}
