package org.offramp.design.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A classification tree (CART; Breiman, Friedman, Olshen and Stone 1984) for an outcome of
 * interest, grown by Gini impurity, whose leaves read as rules. It complements PRIM: a tree
 * partitions the whole space, PRIM looks for one dense box at a time.
 *
 * <pre>{@code
 * CartTree tree = Cart.builder().maxDepth(3).minLeafShare(0.05).build().fit(table);
 * for (CartRule rule : tree.rules()) {
 *     System.out.println(rule.text()); // x1 < 0.42 and punch = true → WAR 61% (n = 412)
 * }
 * }</pre>
 *
 * <p><b>Growing.</b> A node of {@code n} rows whose outcome sums to {@code w} has Gini impurity
 * {@code g = 2 p (1 - p)} with {@code p = w / n}; an outcome given as a share counts as a fraction of a case
 * of interest. Each split is the one that most lowers {@code n g - nL gL - nR gR}:
 * for a real or integer factor, a threshold halfway between two consecutive distinct values
 * ({@code value < threshold} goes left); for a boolean or categorical factor, a subset of its
 * levels, searched by sorting the node's levels by their share of interest and trying every
 * prefix, which for two classes finds the best of all subsets (Breiman et al. 1984, section
 * 9.4). Ties go to the first factor in column order, then the smallest threshold or prefix. A node
 * becomes a leaf at {@code maxDepth}, when it is pure, when no split leaves at least
 * {@code minLeaf} rows on each side, or when the best split lowers the impurity, per row of the
 * whole table, by less than {@code minImpurityDecrease}. No pruning: depth and leaf size keep the
 * tree readable.
 *
 * <p>Deterministic; immutable and thread-safe.
 */
public final class Cart {
    private final int maxDepth;
    private final int minLeaf;
    private final double minLeafShare;
    private final double minImpurityDecrease;

    private Cart(Builder b) {
        this.maxDepth = b.maxDepth;
        this.minLeaf = b.minLeaf;
        this.minLeafShare = b.minLeafShare;
        this.minImpurityDecrease = b.minImpurityDecrease;
    }

    /**
     * A builder with defaults: depth at most 4, leaves of at least 5% of the rows (as the EMA
     * Workbench's CART sets its minimum leaf from its {@code mass_min} of 0.05) and at least one row,
     * any positive impurity decrease.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Grows a tree on a table.
     *
     * @param table the table
     * @return the tree
     */
    public CartTree fit(DiscoveryTable table) {
        Objects.requireNonNull(table, "table");
        int leaf = Math.max(minLeaf, (int) Math.ceil(minLeafShare * table.rows() - 1e-9));
        List<CartNode> nodes = new ArrayList<>();
        int[] all = new int[table.rows()];
        Arrays.setAll(all, i -> i);
        grow(table, all, 0, leaf, nodes);
        return new CartTree(table.factors(), table.outcomeName(), nodes);
    }

    /** Grows the subtree of the given rows; returns its root's id. */
    private int grow(DiscoveryTable table, int[] rows, int depth, int leaf, List<CartNode> nodes) {
        double[] y = table.outcomeView();
        double w = 0;
        for (int r : rows) {
            w += y[r];
        }
        int n = rows.length;
        double share = w / n;
        double gini = gini(w, n);
        int id = nodes.size();
        nodes.add(null); // reserve the id, so that a parent precedes its children
        Split best = null;
        if (depth < maxDepth && gini > 0 && n >= 2 * leaf) {
            for (int f = 0; f < table.factorCount(); f++) {
                Split s = table.factor(f).type().isNumeric()
                        ? numericSplit(table, f, rows, w, leaf) : levelSplit(table, f, rows, w, leaf);
                if (s != null && (best == null || s.decrease > best.decrease)) {
                    best = s;
                }
            }
        }
        if (best == null || best.decrease <= 1e-12 * n || best.decrease / table.rows() < minImpurityDecrease) {
            nodes.set(id, new CartNode(id, depth, n, w, share, gini, -1, Double.NaN, List.of(), -1, -1));
            return id;
        }
        int[] left = new int[n];
        int[] right = new int[n];
        int nl = 0;
        int nr = 0;
        for (int r : rows) {
            if (best.goesLeft(table.value(best.factor, r))) {
                left[nl++] = r;
            } else {
                right[nr++] = r;
            }
        }
        int l = grow(table, Arrays.copyOf(left, nl), depth + 1, leaf, nodes);
        int rr = grow(table, Arrays.copyOf(right, nr), depth + 1, leaf, nodes);
        List<String> leftLevels = new ArrayList<>();
        FactorSpec spec = table.factor(best.factor);
        if (!spec.type().isNumeric()) {
            for (int lv = 0; lv < spec.levelCount(); lv++) {
                if ((best.leftMask & (1L << lv)) != 0) {
                    leftLevels.add(spec.levels().get(lv));
                }
            }
        }
        nodes.set(id, new CartNode(id, depth, n, w, share, gini, best.factor, best.threshold, leftLevels, l, rr));
        return id;
    }

    /** {@code n} times the Gini impurity of a node with outcome sum {@code w}: {@code 2 w (n - w) / n}. */
    static double weightedGini(double w, int n) {
        return n == 0 ? 0.0 : 2.0 * w * (n - w) / n;
    }

    private static double gini(double w, int n) {
        double p = w / n;
        return 2.0 * p * (1.0 - p);
    }

    /** A candidate split with the decrease of {@code n g} it achieves. */
    private record Split(int factor, double threshold, long leftMask, boolean numeric, double decrease) {
        boolean goesLeft(double value) {
            return numeric ? value < threshold : (leftMask & (1L << (int) value)) != 0;
        }
    }

    private static Split numericSplit(DiscoveryTable table, int f, int[] rows, double w, int leaf) {
        int n = rows.length;
        double[] col = table.columnView(f);
        double[] y = table.outcomeView();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = rows[i];
        }
        // Stable sort by value; equal values keep row order, so sums are formed the same way every time.
        Arrays.sort(order, (a, b) -> Double.compare(col[a], col[b]));
        double parent = weightedGini(w, n);
        double wl = 0;
        Split best = null;
        for (int i = 1; i < n; i++) {
            wl += y[order[i - 1]];
            double prev = col[order[i - 1]];
            double next = col[order[i]];
            if (i < leaf || n - i < leaf || prev == next) {
                continue;
            }
            double decrease = parent - weightedGini(wl, i) - weightedGini(w - wl, n - i);
            if (best == null || decrease > best.decrease) {
                double t = prev + (next - prev) / 2;
                // Between two adjacent doubles the midpoint rounds to one of them; the split must
                // still send prev left and next right.
                if (!(t > prev)) {
                    t = next;
                }
                best = new Split(f, t, 0L, true, decrease);
            }
        }
        return best;
    }

    private static Split levelSplit(DiscoveryTable table, int f, int[] rows, double w, int leaf) {
        FactorSpec spec = table.factor(f);
        int levels = spec.levelCount();
        double[] col = table.columnView(f);
        double[] y = table.outcomeView();
        int[] count = new int[levels];
        double[] sum = new double[levels];
        for (int r : rows) {
            int lv = (int) col[r];
            count[lv]++;
            sum[lv] += y[r];
        }
        List<Integer> present = new ArrayList<>();
        for (int lv = 0; lv < levels; lv++) {
            if (count[lv] > 0) {
                present.add(lv);
            }
        }
        if (present.size() < 2) {
            return null;
        }
        // Sorted by share of interest (ties by level index): for two classes the best subset split
        // is a prefix of this order.
        present.sort((a, b) -> {
            int c = Double.compare(sum[a] / count[a], sum[b] / count[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int n = rows.length;
        double parent = weightedGini(w, n);
        int nl = 0;
        double wl = 0;
        long mask = 0;
        Split best = null;
        for (int k = 0; k < present.size() - 1; k++) {
            int lv = present.get(k);
            nl += count[lv];
            wl += sum[lv];
            mask |= 1L << lv;
            if (nl < leaf || n - nl < leaf) {
                continue;
            }
            double decrease = parent - weightedGini(wl, nl) - weightedGini(w - wl, n - nl);
            if (best == null || decrease > best.decrease) {
                best = new Split(f, Double.NaN, mask, false, decrease);
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "Cart[maxDepth=" + maxDepth + ", minLeaf=" + minLeaf + ", minLeafShare=" + minLeafShare
                + ", minImpurityDecrease=" + minImpurityDecrease + "]";
    }

    /**
     * Collects the options of a {@link Cart}. Not thread-safe.
     */
    public static final class Builder {
        private int maxDepth = 4;
        private int minLeaf = 1;
        private double minLeafShare = 0.05;
        private double minImpurityDecrease = 0.0;

        private Builder() {
        }

        /**
         * The deepest a leaf may lie (default 4; the root is at depth 0).
         *
         * @param depth in [0, 30]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxDepth(int depth) {
            if (depth < 0 || depth > 30) {
                throw new IllegalArgumentException("maxDepth must be in [0, 30], but was " + depth);
            }
            this.maxDepth = depth;
            return this;
        }

        /**
         * The fewest rows a leaf may hold (default 1); the larger of this and
         * {@link #minLeafShare(double)} applies.
         *
         * @param rows at least 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder minLeaf(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("minLeaf must be >= 1, but was " + rows);
            }
            this.minLeaf = rows;
            return this;
        }

        /**
         * The smallest share of all rows a leaf may hold (default 0.05).
         *
         * @param share in [0, 0.5]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder minLeafShare(double share) {
            if (!(share >= 0 && share <= 0.5)) {
                throw new IllegalArgumentException("minLeafShare must be in [0, 0.5], but was " + share);
            }
            this.minLeafShare = share;
            return this;
        }

        /**
         * The least decrease of Gini impurity per row of the table a split must achieve (default 0).
         *
         * @param decrease at least 0
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder minImpurityDecrease(double decrease) {
            if (!(decrease >= 0) || Double.isInfinite(decrease)) {
                throw new IllegalArgumentException("minImpurityDecrease must be finite and >= 0, but was " + decrease);
            }
            this.minImpurityDecrease = decrease;
            return this;
        }

        /**
         * Builds the configured tree learner.
         *
         * @return the learner
         */
        public Cart build() {
            return new Cart(this);
        }
    }
}
