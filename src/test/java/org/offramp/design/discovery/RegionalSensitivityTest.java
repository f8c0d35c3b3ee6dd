package org.offramp.design.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegionalSensitivityTest {

    @Test
    void handComputedDistancesAndPValues() {
        // with the outcome: x = 1, 2, 3; without: x = 4, 5: completely separated, D = 1,
        // P(D >= 1) = 2 / C(5, 2) = 0.2 (both orders that separate the groups).
        // c: with a, a, b; without b, b: TV = (|2/3 - 0| + |1/3 - 1|) / 2 = 2/3.
        DiscoveryTable table = DiscoveryTable.builder()
                .factor(FactorSpec.real("x", 0, 10), new double[] {1, 2, 3, 4, 5})
                .factor(FactorSpec.categorical("c", List.of("a", "b")), new String[] {"a", "a", "b", "b", "b"})
                .outcome("WAR", new double[] {1, 1, 1, 0, 0}).build();
        RsaResult rsa = RegionalSensitivity.analyze(table);
        assertEquals(3, rsa.withCount());
        assertEquals(2, rsa.withoutCount());
        RsaResult.Row x = rsa.row("x");
        assertEquals(1.0, x.distance(), 1e-12);
        assertEquals(0.2, x.pValue(), 1e-9);
        assertEquals(2.0, x.meanWith(), 1e-12);
        assertEquals(4.5, x.meanWithout(), 1e-12);
        RsaResult.Row c = rsa.row("c");
        assertEquals(RsaResult.Method.TOTAL_VARIATION, c.method());
        assertEquals(2.0 / 3, c.distance(), 1e-12);
        assertEquals("x", rsa.rows().get(0).factor().name(), "largest distance first");
    }

    @Test
    void tiesAreCountedInTheStatistic() {
        // with: 1, 2, 2, 3; without: 2, 2, 5. F_with - F_without: 0.25 at 1, 0.083 at 2, 0.333 at 3.
        DiscoveryTable table = DiscoveryTable.builder()
                .factor(FactorSpec.integer("k", 0, 9), new double[] {1, 2, 2, 3, 2, 2, 5})
                .outcome("WAR", new double[] {1, 1, 1, 1, 0, 0, 0}).build();
        assertEquals(1.0 / 3, RegionalSensitivity.analyze(table).row("k").distance(), 1e-12);
    }

    @Test
    void findsAKnownShiftAndLeavesTheNoiseAlone() {
        // with the outcome: s ~ U(0.3, 1); without: s ~ U(0, 0.7). The CDFs differ by 0.3 / 0.7 = 3/7
        // on [0.3, 0.7]. Noise ~ U(0, 1) in both.
        SplittableRandom rnd = new SplittableRandom(3);
        int n = 4000;
        double[] s = new double[n];
        double[] noise = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            s[i] = y[i] == 1 ? 0.3 + 0.7 * rnd.nextDouble() : 0.7 * rnd.nextDouble();
            noise[i] = rnd.nextDouble();
        }
        DiscoveryTable table = DiscoveryTable.builder().factor(FactorSpec.real("noise", 0, 1), noise)
                .factor(FactorSpec.real("s", 0, 1), s).outcome("WAR", y).build();
        RsaResult rsa = RegionalSensitivity.analyze(table);
        assertEquals("s", rsa.rows().get(0).factor().name());
        // the sup of the empirical difference lies a little above the true one: 0.05 allows for it
        assertEquals(3.0 / 7, rsa.row("s").distance(), 0.05);
        assertTrue(rsa.row("s").pValue() < 1e-6, "p = " + rsa.row("s").pValue());
        assertTrue(rsa.row("noise").distance() < 0.06, "D = " + rsa.row("noise").distance());
        assertTrue(rsa.row("noise").pValue() > 0.001, "p = " + rsa.row("noise").pValue());
    }

    @Test
    void bothGroupsMustBePresent() {
        DiscoveryTable table = DiscoveryTable.builder().factor(FactorSpec.real("x", 0, 1), new double[] {0.1, 0.2})
                .outcome("WAR", new double[] {0, 0}).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegionalSensitivity.analyze(table));
        assertTrue(e.getMessage().contains("but 0 of 2 runs had it"), e.getMessage());
    }
}
