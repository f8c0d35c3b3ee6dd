package org.offramp.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Where a sweep puts its points in the space of its {@link Factor}s.
 *
 * <ul>
 * <li>{@link Grid}: the full factorial of every factor's levels, the last factor varying fastest.</li>
 * <li>{@link LatinHypercube}: {@code points} points; along every factor each of the {@code points}
 *     equal strata of its range holds exactly one point (McKay, Beckman and Conover 1979), at a
 *     uniform position inside its stratum. The permutations and positions come from a counter-based
 *     generator keyed by the seed (the sweep's master seed), so the design is reproducible.</li>
 * <li>{@link Sobol}: the first {@code points} points of the Sobol low-discrepancy sequence (Joe and
 *     Kuo direction numbers, Commons Math's {@code SobolSequenceGenerator}), skipping the all-zero
 *     first point.</li>
 * </ul>
 *
 * <p>Designs are immutable values and thread-safe.
 */
public sealed interface Design permits Design.Grid, Design.LatinHypercube, Design.Sobol {

    /**
     * The design points.
     *
     * @param factors the sweep's factors, in order
     * @return one array of factor values per point, in the factors' order
     */
    double[][] points(List<Factor> factors);

    /** {@return the design's name as experiment files write it: grid, latin-hypercube or sobol} */
    String type();

    /** The full factorial of the factors' levels. */
    record Grid() implements Design {
        @Override
        public double[][] points(List<Factor> factors) {
            List<double[]> out = new ArrayList<>();
            int k = factors.size();
            for (Factor f : factors) {
                if (f.levels().isEmpty()) {
                    throw new IllegalArgumentException("a grid needs levels for every factor, but " + f.path()
                            + " has none");
                }
            }
            int[] idx = new int[k];
            while (true) {
                double[] p = new double[k];
                for (int i = 0; i < k; i++) {
                    p[i] = factors.get(i).levels().get(idx[i]);
                }
                out.add(p);
                int i = k - 1;
                while (i >= 0 && ++idx[i] == factors.get(i).levels().size()) {
                    idx[i] = 0;
                    i--;
                }
                if (i < 0) {
                    return out.toArray(new double[0][]);
                }
            }
        }

        @Override
        public String type() {
            return "grid";
        }
    }

    /**
     * A Latin hypercube of {@code points} points.
     *
     * @param points the number of points, at least 1
     * @param seed   the seed of its permutations and positions
     */
    record LatinHypercube(int points, long seed) implements Design {
        /**
         * Checks the number of points.
         *
         * @param points the number of points, at least 1
         * @param seed   the seed of its permutations and positions
         */
        public LatinHypercube {
            if (points < 1) {
                throw new IllegalArgumentException("points must be >= 1, but was " + points);
            }
        }

        @Override
        public double[][] points(List<Factor> factors) {
            CrnRandom rnd = new CrnRandom(seed, 0x4C4853L);   // "LHS"
            double[][] out = new double[points][factors.size()];
            for (int d = 0; d < factors.size(); d++) {
                int[] perm = new int[points];
                for (int i = 0; i < points; i++) {
                    perm[i] = i;
                }
                for (int i = points - 1; i > 0; i--) {   // Fisher–Yates
                    int j = rnd.nextInt(i + 1);
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
                for (int i = 0; i < points; i++) {
                    out[i][d] = factors.get(d).at((perm[i] + rnd.nextDouble()) / points);
                }
            }
            return out;
        }

        @Override
        public String type() {
            return "latin-hypercube";
        }
    }

    /**
     * The Sobol sequence.
     *
     * @param points the number of points, at least 1
     */
    record Sobol(int points) implements Design {
        /**
         * Checks the number of points.
         *
         * @param points the number of points, at least 1
         */
        public Sobol {
            if (points < 1) {
                throw new IllegalArgumentException("points must be >= 1, but was " + points);
            }
        }

        @Override
        public double[][] points(List<Factor> factors) {
            double[][] u = unitSobol(points, factors.size());
            double[][] out = new double[points][factors.size()];
            for (int i = 0; i < points; i++) {
                for (int d = 0; d < factors.size(); d++) {
                    out[i][d] = factors.get(d).at(u[i][d]);
                }
            }
            return out;
        }

        @Override
        public String type() {
            return "sobol";
        }
    }

    /**
     * The first points of the Sobol sequence in the unit cube, without the all-zero first point.
     *
     * @param n    the number of points
     * @param dims the number of dimensions
     * @return {@code n} points of {@code dims} coordinates in [0, 1)
     */
    static double[][] unitSobol(int n, int dims) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(dims);
        // The first point is all zeros; skip it. (skipTo(1) would also return and consume point 1.)
        g.nextVector();
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = g.nextVector();
        }
        return out;
    }
}
