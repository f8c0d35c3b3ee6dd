package org.offramp.design.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTableTest {

    @Test
    void aValueOutsideItsFactorsRangeIsNamedWithRowAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiscoveryTable.builder()
                .factor(FactorSpec.real("restraint", 0, 1), new double[] {0.5, 1.5}));
        assertEquals("restraint[row 1] must be a real number in [0, 1], but was 1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DiscoveryTable.builder()
                .factor(FactorSpec.integer("delay", 0, 30), new double[] {2.5}));
        assertEquals("delay[row 0] must be a whole number in [0, 30], but was 2.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DiscoveryTable.builder()
                .factor(FactorSpec.categorical("policy", List.of("a", "b")), new String[] {"a", "z"}));
        assertEquals("policy[row 1] must be one of [a, b], but was \"z\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DiscoveryTable.builder()
                .outcome("WAR", new double[] {0.5, Double.NaN}));
        assertEquals("WAR[row 1] must be in [0, 1], but was NaN", e.getMessage());
    }

    @Test
    void columnsMustMatchInLengthAndNames() {
        DiscoveryTable.Builder b = DiscoveryTable.builder().factor(FactorSpec.real("x", 0, 1), new double[] {0.1, 0.2})
                .outcome("WAR", new double[] {1});
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().startsWith("x has 2 values, but the outcome WAR has 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DiscoveryTable.builder()
                .factor(FactorSpec.real("x", 0, 1), new double[] {0.1})
                .factor(FactorSpec.bool("x"), new boolean[] {true}));
        assertThrows(IllegalStateException.class, () -> DiscoveryTable.builder().outcome("W", new double[] {1}).build());
    }

    @Test
    void factorSpecsCheckTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> FactorSpec.real("x", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> FactorSpec.real("x", 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> FactorSpec.categorical("c", List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> FactorSpec.categorical("c", List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> FactorSpec.real(" ", 0, 1));
        assertEquals("true", FactorSpec.bool("b").valueText(1));
        assertEquals("0.42", FactorSpec.real("x", 0, 1).valueText(0.42));
    }

    @Test
    void theOutcomeIsBinaryOrShares() {
        DiscoveryTable binary = DiscoveryTable.builder().factor(FactorSpec.bool("b"), new boolean[] {true, false, true})
                .outcome("WAR", new boolean[] {true, false, false}).build();
        assertTrue(binary.isBinary());
        assertEquals(1.0, binary.interestTotal());
        DiscoveryTable shares = DiscoveryTable.builder().factor(FactorSpec.bool("b"), new boolean[] {true, false})
                .outcome("WAR", new double[] {0.25, 0.5}).build();
        assertFalse(shares.isBinary());
        assertEquals(0.75, shares.interestTotal());
        DiscoveryTable two = binary.select(new int[] {2, 0});
        assertArrayEquals(new double[] {0, 1}, two.outcome());
        assertArrayEquals(new double[] {1, 1}, two.column(0));
        assertEquals(0, binary.indexOf("b"));
        assertThrows(IllegalArgumentException.class, () -> binary.indexOf("nope"));
    }

    @Test
    void aBoxDescribesItsRestrictions() {
        List<FactorSpec> f = List.of(FactorSpec.real("x", 0, 1), FactorSpec.integer("k", 0, 9), FactorSpec.bool("b"),
                FactorSpec.categorical("c", List.of("p", "q", "r")));
        Box all = Box.unrestricted(f);
        assertEquals("all cases", all.describe());
        Box box = all.withLower(0, 0.25).withUpper(1, 4).withLevels(2, 0b10).withLevels(3, 0b011);
        assertEquals("x >= 0.25 and k <= 4 and b = true and c in {p, q}", box.describe());
        assertEquals(List.of(0, 1, 2, 3), box.restrictedFactors());
        assertEquals("0.1 <= x <= 0.25", all.withLower(0, 0.1).withUpper(0, 0.25).condition(0));
        DiscoveryTable t = DiscoveryTable.builder()
                .factor(f.get(0), new double[] {0.3, 0.2})
                .factor(f.get(1), new double[] {4, 4})
                .factor(f.get(2), new boolean[] {true, true})
                .factor(f.get(3), new String[] {"q", "q"})
                .outcome("W", new double[] {1, 0}).build();
        assertTrue(box.contains(t, 0));
        assertFalse(box.contains(t, 1), "x = 0.2 is below the lower limit");
    }
}
