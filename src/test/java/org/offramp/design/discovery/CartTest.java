package org.offramp.design.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CartTest {

    @Test
    void aHandComputedTreeSplitsWhereTheGiniDropsMost() {
        // x = 1..8, of interest at 4..7. Root (n = 8, w = 4): n g = 2 * 4 * 4 / 8 = 4.
        // Split at 3.5: left {1,2,3} pure; right {4..8} w = 4: 2 * 4 * 1 / 5 = 1.6 -> decrease 2.4.
        // Split at 4.5: 1.5 + 1.5 -> decrease 1; at 7.5: 3.43 + 0 -> 0.57. So 3.5 wins;
        // the right child then splits at 7.5 into two pure leaves (decrease 1.6).
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {0, 0, 0, 1, 1, 1, 1, 0};
        DiscoveryTable table = DiscoveryTable.builder().factor(FactorSpec.real("x", 0, 10), x).outcome("WAR", y).build();
        CartTree tree = Cart.builder().minLeafShare(0).build().fit(table);
        CartNode root = tree.nodes().get(0);
        assertEquals(0, root.factor());
        assertEquals(3.5, root.threshold(), 0);
        assertEquals(0.5, root.gini(), 1e-15);
        CartNode right = tree.nodes().get(root.right());
        assertEquals(7.5, right.threshold(), 0);
        assertEquals(3, tree.leafCount());
        List<String> rules = tree.rules().stream().map(CartRule::text).toList();
        assertEquals(List.of("x < 3.5 \u2192 WAR 0% (n = 3)", "3.5 <= x < 7.5 \u2192 WAR 100% (n = 4)",
                "x >= 7.5 \u2192 WAR 0% (n = 1)"), rules);
        assertEquals(1.0, tree.predict(table, 4), 0);
        assertEquals(0.0, tree.predict(table, 7), 0);
    }

    @Test
    void theMinimumLeafKeepsSmallLeavesOut() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {0, 0, 0, 1, 1, 1, 1, 0};
        DiscoveryTable table = DiscoveryTable.builder().factor(FactorSpec.real("x", 0, 10), x).outcome("WAR", y).build();
        // with leaves of at least 2 rows the split at 7.5 (1 row on the right) is not allowed
        CartTree tree = Cart.builder().minLeaf(2).minLeafShare(0).build().fit(table);
        for (CartRule r : tree.rules()) {
            assertTrue(r.rows() >= 2, r.text());
        }
        assertEquals(0, tree.nodes().stream().filter(n -> n.threshold() == 7.5).count());
    }

    @Test
    void theMinimumImpurityDecreaseIsPerRowOfTheTable() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] y = {0, 0, 0, 1, 1, 1, 1, 0};
        DiscoveryTable table = DiscoveryTable.builder().factor(FactorSpec.real("x", 0, 10), x).outcome("WAR", y).build();
        // the root split lowers n g by 2.4 (0.3 per row of 8), the second by 1.6 (0.2 per row)
        assertEquals(3, Cart.builder().minLeafShare(0).minImpurityDecrease(0.19).build().fit(table).leafCount());
        assertEquals(2, Cart.builder().minLeafShare(0).minImpurityDecrease(0.21).build().fit(table).leafCount());
        assertEquals(1, Cart.builder().minLeafShare(0).minImpurityDecrease(0.31).build().fit(table).leafCount());
        assertEquals(1, Cart.builder().maxDepth(0).build().fit(table).leafCount());
        assertEquals(List.of("all cases \u2192 WAR 50% (n = 8)"),
                Cart.builder().maxDepth(0).build().fit(table).rules().stream().map(CartRule::text).toList());
    }

    @Test
    void levelsAreSplitByTheirOrderedSharePrefix() {
        // shares: a 3/4, b 0, c 1, d 1/4. Ordered b, d, a, c: the best prefix is {b, d} (1 of 8
        // against 7 of 8): n g = 1.75 + 1.75 = 3.5, from 8: decrease 4.5; {b} alone: 5.33, decrease 2.67.
        String[] c = new String[16];
        double[] y = new double[16];
        String[] levels = {"a", "b", "c", "d"};
        int[] interest = {3, 0, 4, 1};
        for (int l = 0; l < 4; l++) {
            for (int i = 0; i < 4; i++) {
                c[4 * l + i] = levels[l];
                y[4 * l + i] = i < interest[l] ? 1 : 0;
            }
        }
        DiscoveryTable table = DiscoveryTable.builder()
                .factor(FactorSpec.categorical("c", List.of(levels)), c).outcome("WAR", y).build();
        CartTree tree = Cart.builder().maxDepth(1).minLeafShare(0).build().fit(table);
        assertEquals(List.of("b", "d"), tree.nodes().get(0).leftLevels());
        assertEquals(List.of("c in {b, d} \u2192 WAR 12.5% (n = 8)", "c in {a, c} \u2192 WAR 87.5% (n = 8)"),
                tree.rules().stream().map(CartRule::text).toList());
    }

    @Test
    void findsAKnownSplitAmongNoiseFactors() {
        SplittableRandom rnd = new SplittableRandom(5);
        int n = 2000;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        boolean[] b = new boolean[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rnd.nextDouble();
            x2[i] = rnd.nextDouble();
            b[i] = rnd.nextBoolean();
            y[i] = x2[i] > 0.6;
        }
        DiscoveryTable table = DiscoveryTable.builder().factor(FactorSpec.real("x1", 0, 1), x1)
                .factor(FactorSpec.real("x2", 0, 1), x2).factor(FactorSpec.bool("b"), b).outcome("WAR", y).build();
        CartTree tree = Cart.builder().build().fit(table);
        CartNode root = tree.nodes().get(0);
        assertEquals(1, root.factor(), "the root splits on x2");
        assertEquals(0.6, root.threshold(), 0.005);
        assertEquals(3, tree.nodes().size(), "two pure leaves: " + tree.toText());
    }

    @Test
    void theRulesOfTheKnownBoxNameItsFactors() {
        DiscoveryTable table = Synthetic.knownBox(2000, 0.0, 7);
        // leaves of 1% (20 rows): the default 5% would forbid the last split, on c, of 188 rows
        CartTree tree = Cart.builder().maxDepth(4).minLeafShare(0.01).build().fit(table);
        CartRule war = tree.rules().stream().max((a, b) -> Double.compare(a.share(), b.share())).orElseThrow();
        assertTrue(war.share() > 0.95, war.text());
        List<String> named = war.conditions().stream().map(cd -> cd.factor().name()).sorted().toList();
        assertEquals(List.of("c", "x1", "x2"), named, war.text());
        for (CartRule.Condition cd : war.conditions()) {
            switch (cd.factor().name()) {
                case "x1" -> {
                    assertEquals(0.2, cd.lower(), 0.02);
                    assertEquals(0.5, cd.upper(), 0.02);
                }
                case "x2" -> assertEquals(0.7, cd.lower(), 0.02);
                default -> assertEquals(List.of("a", "b"), cd.levels());
            }
        }
        assertTrue(tree.toText().startsWith("all cases: WAR"), tree.toText());
    }
}
