package org.offramp.design.discovery;

import java.util.List;
import java.util.SplittableRandom;

/** Synthetic tables whose box of interest is known, for the PRIM, CART and RSA tests. */
final class Synthetic {
    private Synthetic() {
    }

    /**
     * n rows: x1..x4 uniform on [0, 1], k an integer in [0, 9], b a boolean, c a category among
     * a, b, c; the case is of interest iff 0.2 <= x1 <= 0.5, x2 >= 0.7 and c in {a, b}, with each
     * label flipped with probability {@code noise}.
     */
    static DiscoveryTable knownBox(int n, double noise, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] x3 = new double[n];
        double[] x4 = new double[n];
        double[] k = new double[n];
        boolean[] b = new boolean[n];
        String[] c = new String[n];
        boolean[] y = new boolean[n];
        String[] levels = {"a", "b", "c"};
        for (int i = 0; i < n; i++) {
            x1[i] = rnd.nextDouble();
            x2[i] = rnd.nextDouble();
            x3[i] = rnd.nextDouble();
            x4[i] = rnd.nextDouble();
            k[i] = rnd.nextInt(10);
            b[i] = rnd.nextBoolean();
            c[i] = levels[rnd.nextInt(3)];
            boolean in = x1[i] >= 0.2 && x1[i] <= 0.5 && x2[i] >= 0.7 && !c[i].equals("c");
            y[i] = rnd.nextDouble() < noise ? !in : in;
        }
        return DiscoveryTable.builder()
                .factor(FactorSpec.real("x1", 0, 1), x1)
                .factor(FactorSpec.real("x2", 0, 1), x2)
                .factor(FactorSpec.real("x3", 0, 1), x3)
                .factor(FactorSpec.real("x4", 0, 1), x4)
                .factor(FactorSpec.integer("k", 0, 9), k)
                .factor(FactorSpec.bool("b"), b)
                .factor(FactorSpec.categorical("c", List.of(levels)), c)
                .outcome("WAR", y)
                .build();
    }
}
