package org.offramp.perception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offramp.random.RandomStream;

/** The exact probabilities of {@link Attribution}, checked by frequency at a fixed seed. */
class AttributionTest {
    private static final int AUTHOR = 2;
    private static final int SCAPEGOAT = 1;

    /**
     * 200,000 attributions at accuracy 0.6 and scapegoat share 0.5: the author 0.6, the scapegoat
     * 0.2, no one 0.2. Each frequency is within 5 binomial standard errors (a two-sided level below
     * 1e-6 for each).
     */
    @Test
    void frequenciesMatchTheStatedProbabilities() {
        int n = 200_000;
        int[] counts = new int[3];
        RandomStream s = new RandomStream(42, 9, 0, 0);
        for (int i = 0; i < n; i++) {
            int who = Attribution.attribute(AUTHOR, 0.6, SCAPEGOAT, 0.5, s);
            counts[who == AUTHOR ? 0 : who == SCAPEGOAT ? 1 : 2]++;
            assertTrue(who == AUTHOR || who == SCAPEGOAT || who == Attribution.NOBODY);
        }
        double[] p = {0.6, 0.2, 0.2};
        for (int k = 0; k < 3; k++) {
            double se = Math.sqrt(p[k] * (1 - p[k]) / n);
            assertEquals(p[k], counts[k] / (double) n, 5 * se, "outcome " + k);
        }
    }

    @Test
    void certainAccuracyAlwaysNamesTheAuthorAndZeroNeverDoes() {
        RandomStream s = new RandomStream(1, 1, 1, 1);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(AUTHOR, Attribution.attribute(AUTHOR, 1.0, SCAPEGOAT, 1.0, s));
            int miss = Attribution.attribute(AUTHOR, 0.0, SCAPEGOAT, 1.0, s);
            assertEquals(SCAPEGOAT, miss);
            assertTrue(Attribution.misattributed(AUTHOR, miss));
            assertEquals(Attribution.NOBODY, Attribution.attribute(AUTHOR, 0.0, Attribution.NOBODY, 1.0, s));
        }
        assertFalse(Attribution.misattributed(AUTHOR, Attribution.NOBODY), "blaming no one is no misattribution");
    }

    @Test
    void everyCallDrawsTwoNumbersWhateverItsResult() {
        RandomStream a = new RandomStream(5, 2, 0, 0);
        RandomStream b = new RandomStream(5, 2, 0, 0);
        Attribution.attribute(AUTHOR, 1.0, SCAPEGOAT, 0.5, a);
        Attribution.attribute(AUTHOR, 0.0, Attribution.NOBODY, 0.0, b);
        assertEquals(a.nextLong(), b.nextLong(), "the streams stay aligned");
    }

    @Test
    void probabilitiesOutsideTheUnitIntervalAreRefused() {
        RandomStream s = new RandomStream(5, 2, 0, 0);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Attribution.attribute(AUTHOR, 1.2, SCAPEGOAT, 0.5, s)).getMessage().contains("1.2"));
        assertThrows(IllegalArgumentException.class, () -> Attribution.attribute(-1, 0.5, SCAPEGOAT, 0.5, s));
    }
}
