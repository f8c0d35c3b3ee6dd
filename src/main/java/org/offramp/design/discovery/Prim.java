package org.offramp.design.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.offramp.random.Seeds;

/**
 * The Patient Rule Induction Method for scenario discovery (Friedman and Fisher 1999; Bryant and
 * Lempert 2010), following the EMA Workbench's {@code prim.py} (Kwakkel 2017): it looks for a box
 * in factor space where the cases of interest (e.g. runs ending in WAR) are dense.
 *
 * <pre>{@code
 * Prim prim = Prim.builder().peelAlpha(0.05).massMin(0.05).threshold(0.8).build();
 * PrimTrajectory t = prim.find(table);                     // peel, then paste
 * int chosen = BoxSelector.maxCoverage(0.8).select(t);    // a point on the trade-off
 * BoxInspection box = t.inspect(chosen);                  // limits and quasi-p-values
 * PrimCovering boxes = prim.cover(table, 3, BoxSelector.maxCoverage(0.8));
 * PrimStability s = prim.stability(t, chosen, 10, 0.5, 42);
 * }</pre>
 *
 * <p><b>Peeling.</b> From the whole declared space, each step considers, for every factor, the
 * candidate boxes that remove a slice: for a real factor, the rows below the {@code peelAlpha}
 * quantile or above the {@code 1 - peelAlpha} quantile of its values in the box (the quantile as
 * the EMA Workbench and sdtoolkit take it: the midpoint between the order statistic and the next
 * distinct value, so that ties are peeled together); for an integer factor, the same with the
 * limit moved to a whole observed value, and at least the lowest (highest) value present removed;
 * for a boolean or categorical factor, each level in the box removed in turn. The candidate with
 * the best {@link PrimObjective} score is taken (ties: the one restricting fewer factors, then the
 * first in column order, upper side before lower, levels in declared order), as long as its score
 * is positive, it removes rows and its mass stays at least {@code massMin}.
 *
 * <p><b>Pasting.</b> From the last peeled box, each step considers widening one restricted side
 * to the {@code pasteAlpha} quantile of the values just outside it (among the rows that meet the
 * other limits), or adding back one level; the best candidate is taken while it adds rows, raises
 * the mean and scores positive.
 *
 * <p><b>Selection, inspection, covering, stability.</b> Every box on the way is kept on the
 * {@link PrimTrajectory}; a {@link BoxSelector} picks one, {@link PrimTrajectory#inspect(int)}
 * gives its limits with quasi-p-values, {@link #cover} repeats the search on the rows outside the
 * boxes found, and {@link #stability} resamples.
 *
 * <p>The search is deterministic: it reads no clock and draws no random number, and
 * {@link #stability} draws only from its seed. Immutable and thread-safe.
 */
public final class Prim {
    private final double peelAlpha;
    private final double pasteAlpha;
    private final double massMin;
    private final double threshold;
    private final PrimObjective objective;
    private final boolean paste;

    private Prim(Builder b) {
        this.peelAlpha = b.peelAlpha;
        this.pasteAlpha = b.pasteAlpha;
        this.massMin = b.massMin;
        this.threshold = b.threshold;
        this.objective = b.objective;
        this.paste = b.paste;
    }

    /**
     * A builder with the EMA Workbench's defaults: peel and paste alpha 0.05, minimum mass 0.05,
     * the {@link PrimObjective#LENIENT1} objective, pasting on, and a density threshold of 0.8 for
     * covering.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the share of a box's rows one peel removes along one side} */
    public double peelAlpha() {
        return peelAlpha;
    }

    /** {@return the share of the rows outside a side that one paste adds back} */
    public double pasteAlpha() {
        return pasteAlpha;
    }

    /** {@return the least mass (share of all rows) a box may keep} */
    public double massMin() {
        return massMin;
    }

    /** {@return the least density of a box that covering keeps} */
    public double threshold() {
        return threshold;
    }

    /** {@return the objective that scores peels and pastes} */
    public PrimObjective objective() {
        return objective;
    }

    /** {@return whether the search pastes after peeling} */
    public boolean pastes() {
        return paste;
    }

    /**
     * Peels and pastes one box on all rows of a table.
     *
     * @param table the table
     * @return the trajectory
     */
    public PrimTrajectory find(DiscoveryTable table) {
        Objects.requireNonNull(table, "table");
        int[] all = new int[table.rows()];
        Arrays.setAll(all, i -> i);
        return new Search(table, all).run();
    }

    /**
     * Peels and pastes one box on some rows of a table; coverage and mass stay relative to the
     * whole table.
     *
     * @param table the table
     * @param rows  the rows to search, distinct and in range; at least one
     * @return the trajectory
     * @throws IllegalArgumentException if the rows are empty, repeated or out of range
     */
    public PrimTrajectory find(DiscoveryTable table, int[] rows) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rows, "rows");
        return new Search(table, checkedRows(table, rows)).run();
    }

    private static int[] checkedRows(DiscoveryTable table, int[] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("rows must hold at least one row, but was empty");
        }
        int[] sorted = rows.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 0 || sorted[i] >= table.rows()) {
                throw new IllegalArgumentException("rows must be in [0, " + table.rows() + "), but held " + sorted[i]);
            }
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("rows must be distinct, but " + sorted[i] + " appears twice");
            }
        }
        return sorted;
    }

    /**
     * Finds boxes in turn: each search runs on the rows outside the boxes found before, and its
     * selected box is kept while it is at least {@link #threshold()} dense.
     *
     * @param table    the table
     * @param maxBoxes the most boxes to find, at least 1
     * @param selector chooses each box on its trajectory
     * @return the boxes and why covering stopped
     * @throws IllegalArgumentException if {@code maxBoxes < 1} or the selector returns an index
     *                                  outside its trajectory
     */
    public PrimCovering cover(DiscoveryTable table, int maxBoxes, BoxSelector selector) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(selector, "selector");
        if (maxBoxes < 1) {
            throw new IllegalArgumentException("maxBoxes must be >= 1, but was " + maxBoxes);
        }
        boolean[] removed = new boolean[table.rows()];
        List<PrimCovering.CoveredBox> boxes = new ArrayList<>();
        double[] y = table.outcomeView();
        for (int k = 0; k < maxBoxes; k++) {
            int[] remaining = new int[table.rows()];
            int n = 0;
            double interest = 0;
            for (int r = 0; r < table.rows(); r++) {
                if (!removed[r]) {
                    remaining[n++] = r;
                    interest += y[r];
                }
            }
            if (n == 0) {
                return new PrimCovering(boxes, PrimCovering.StopReason.NO_ROWS_LEFT, Optional.empty(), threshold);
            }
            if (interest == 0) {
                return new PrimCovering(boxes, PrimCovering.StopReason.NO_INTEREST_LEFT, Optional.empty(), threshold);
            }
            PrimTrajectory t = new Search(table, Arrays.copyOf(remaining, n)).run();
            int selected = selector.select(t);
            if (selected < 0 || selected >= t.size()) {
                throw new IllegalArgumentException("the selector chose box " + selected + ", but the trajectory has "
                        + t.size() + " boxes (0 to " + (t.size() - 1) + ")");
            }
            if (t.step(selected).density() < threshold) {
                return new PrimCovering(boxes, PrimCovering.StopReason.BELOW_THRESHOLD, Optional.of(t), threshold);
            }
            boxes.add(new PrimCovering.CoveredBox(k + 1, t, selected, t.inspect(selected)));
            for (int r : t.rowsIn(selected)) {
                removed[r] = true;
            }
        }
        return new PrimCovering(boxes, PrimCovering.StopReason.MAX_BOXES, Optional.empty(), threshold);
    }

    /**
     * Resampling stability of a selected box's restricted factors (the EMA Workbench's
     * {@code resample}): PRIM runs with these options on {@code resamples} random subsets of the
     * trajectory's rows, each holding {@code fraction} of them (drawn without replacement, resample
     * {@code k} from {@code Seeds.runSeed(seed, k)}).
     *
     * @param trajectory the trajectory the box was selected on
     * @param selected   the index of the selected box
     * @param resamples  the number of resamples, at least 1
     * @param fraction   the share of rows in a resample, in (0, 1]
     * @param seed       the seed of the resamples
     * @return the scores
     * @throws IllegalArgumentException if an argument is out of range
     */
    public PrimStability stability(PrimTrajectory trajectory, int selected, int resamples, double fraction,
                                   long seed) {
        Objects.requireNonNull(trajectory, "trajectory");
        if (selected < 0 || selected >= trajectory.size()) {
            throw new IllegalArgumentException("selected must be in [0, " + trajectory.size() + "), but was " + selected);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, but was " + resamples);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], but was " + fraction);
        }
        DiscoveryTable table = trajectory.table();
        int d = table.factorCount();
        PrimStep target = trajectory.step(selected);
        int[] base = trajectory.baseRows();
        int m = Math.max(1, (int) Math.floor(base.length * fraction));
        int[] coverageCount = new int[d];
        int[] densityCount = new int[d];
        for (int k = 0; k < resamples; k++) {
            int[] sample = new Rng(Seeds.runSeed(seed, k)).sample(base, m);
            // Sorted, so that a resample's result does not depend on the order its rows were drawn.
            Arrays.sort(sample);
            PrimTrajectory t = find(table.select(sample));
            Box nearCoverage = nearest(t, target, true);
            Box nearDensity = nearest(t, target, false);
            for (int f = 0; f < d; f++) {
                if (nearCoverage.isRestricted(f)) {
                    coverageCount[f]++;
                }
                if (nearDensity.isRestricted(f)) {
                    densityCount[f]++;
                }
            }
        }
        boolean[] restricted = new boolean[d];
        double[] byCoverage = new double[d];
        double[] byDensity = new double[d];
        for (int f = 0; f < d; f++) {
            restricted[f] = target.box().isRestricted(f);
            byCoverage[f] = (double) coverageCount[f] / resamples;
            byDensity[f] = (double) densityCount[f] / resamples;
        }
        return new PrimStability(table.factors(), byCoverage, byDensity, restricted, resamples, fraction, seed);
    }

    /**
     * The box on a trajectory nearest to the target in coverage (or density). Ties go to the box
     * nearest in the other statistic, then to the earlier box. The EMA Workbench takes the first
     * box on a tie; without label noise, every box of a peel that loses no case of interest has
     * coverage 1, and the first of them is the unrestricted start, which would score every factor 0.
     */
    private static Box nearest(PrimTrajectory t, PrimStep target, boolean byCoverage) {
        int best = 0;
        double bestGap = Double.POSITIVE_INFINITY;
        double bestOther = Double.POSITIVE_INFINITY;
        for (int i = 0; i < t.size(); i++) {
            PrimStep s = t.step(i);
            double gap = byCoverage ? Math.abs(s.coverage() - target.coverage())
                    : Math.abs(s.density() - target.density());
            double other = byCoverage ? Math.abs(s.density() - target.density())
                    : Math.abs(s.coverage() - target.coverage());
            if (gap < bestGap || (gap == bestGap && other < bestOther)) {
                bestGap = gap;
                bestOther = other;
                best = i;
            }
        }
        return t.step(best).box();
    }

    /**
     * The quantile of sorted data as the EMA Workbench's {@code get_quantile} (after sdtoolkit)
     * takes it: at position {@code (n - 1) q}, the midpoint between the order statistic on one
     * side and the next distinct value on the other, so that tied values fall on the same side.
     *
     * @param sorted the data, ascending, at least one value
     * @param q      the quantile, in (0, 1)
     * @return the quantile
     */
    static double quantile(double[] sorted, double q) {
        double position = (sorted.length - 1) * q;
        int lo = (int) Math.floor(position);
        int hi = (int) Math.ceil(position);
        if (q > 0.5) {
            while (sorted[lo] == sorted[hi] && lo > 0) {
                lo--;
            }
        } else {
            while (sorted[lo] == sorted[hi] && hi < sorted.length - 1) {
                hi++;
            }
        }
        return (sorted[lo] + sorted[hi]) / 2;
    }

    /** One search: a trajectory from the whole space through peeling and pasting. */
    private final class Search {
        private final DiscoveryTable table;
        private final int[] base;
        private final double[] y;
        private final List<PrimStep> steps = new ArrayList<>();
        private Box box;
        private int[] in;
        private double sumIn;

        Search(DiscoveryTable table, int[] base) {
            this.table = table;
            this.base = base;
            this.y = table.outcomeView();
        }

        PrimTrajectory run() {
            box = Box.unrestricted(table.factors());
            in = base;
            sumIn = sum(in);
            record(PrimStep.Phase.START);
            while (peelOnce()) {
                record(PrimStep.Phase.PEEL);
            }
            int peelingEnd = steps.size() - 1;
            if (paste) {
                while (pasteOnce()) {
                    record(PrimStep.Phase.PASTE);
                }
            }
            return new PrimTrajectory(table, base, steps, peelingEnd);
        }

        private void record(PrimStep.Phase phase) {
            int n = in.length;
            double total = table.interestTotal();
            double coverage = total > 0 ? Math.min(1.0, sumIn / total) : 0.0;
            double density = n > 0 ? Math.min(1.0, sumIn / n) : 0.0;
            steps.add(new PrimStep(steps.size(), phase, box, n, sumIn, coverage, density,
                    (double) n / table.rows(), box.restrictedCount()));
        }

        private double sum(int[] rows) {
            double s = 0;
            for (int r : rows) {
                s += y[r];
            }
            return s;
        }

        /** A candidate box with its row count and outcome sum. */
        private record Candidate(Box box, int n, double sum, double score, int restricted) {
        }

        private Candidate better(Candidate best, Candidate c) {
            if (best == null || c.score > best.score || (c.score == best.score && c.restricted < best.restricted)) {
                return c;
            }
            return best;
        }

        private Candidate candidate(Box b, int[] rows) {
            int n = 0;
            double s = 0;
            for (int r : rows) {
                if (b.containsUnchecked(table, r)) {
                    n++;
                    s += y[r];
                }
            }
            return new Candidate(b, n, s, objective.score(in.length, sumIn, n, s), b.restrictedCount());
        }

        private boolean peelOnce() {
            Candidate best = null;
            for (int f = 0; f < table.factorCount(); f++) {
                FactorSpec spec = table.factor(f);
                double[] col = table.columnView(f);
                if (spec.type().isNumeric()) {
                    double[] xs = new double[in.length];
                    for (int i = 0; i < in.length; i++) {
                        xs[i] = col[in[i]];
                    }
                    Arrays.sort(xs);
                    if (xs[0] == xs[xs.length - 1]) {
                        continue; // one value left: nothing to peel
                    }
                    Box upper;
                    Box lower;
                    if (spec.type() == FactorType.REAL) {
                        upper = box.withUpper(f, quantile(xs, 1 - peelAlpha));
                        lower = box.withLower(f, quantile(xs, peelAlpha));
                    } else {
                        upper = box.withUpper(f, integerUpperPeel(xs));
                        lower = box.withLower(f, integerLowerPeel(xs));
                    }
                    best = better(best, candidate(upper, in));
                    best = better(best, candidate(lower, in));
                } else {
                    long mask = box.levelMask(f);
                    if (Long.bitCount(mask) < 2) {
                        continue;
                    }
                    for (int l = 0; l < spec.levelCount(); l++) {
                        if ((mask & (1L << l)) != 0) {
                            best = better(best, candidate(box.withLevels(f, mask & ~(1L << l)), in));
                        }
                    }
                }
            }
            if (best == null || !(best.score > 0) || best.n >= in.length
                    || (double) best.n / table.rows() < massMin) {
                return false;
            }
            accept(best, in);
            return true;
        }

        /**
         * The new upper limit of an integer peel: the largest value at or below the ceiling of the
         * upper quantile, or, when that removes nothing, the largest value below the maximum.
         */
        private double integerUpperPeel(double[] xs) {
            double cut = Math.ceil(quantile(xs, 1 - peelAlpha));
            double max = xs[xs.length - 1];
            double limit = Double.NEGATIVE_INFINITY;
            for (double x : xs) {
                if (x <= cut && (cut < max || x < max)) {
                    limit = Math.max(limit, x);
                }
            }
            return limit;
        }

        /** The mirror of {@link #integerUpperPeel}. */
        private double integerLowerPeel(double[] xs) {
            double cut = Math.floor(quantile(xs, peelAlpha));
            double min = xs[0];
            double limit = Double.POSITIVE_INFINITY;
            for (double x : xs) {
                if (x >= cut && (cut > min || x > min)) {
                    limit = Math.min(limit, x);
                }
            }
            return limit;
        }

        private boolean pasteOnce() {
            Candidate best = null;
            for (int f : box.restrictedFactors()) {
                FactorSpec spec = table.factor(f);
                if (spec.type().isNumeric()) {
                    Box others = box.without(f);
                    if (box.restrictsLower(f)) {
                        double[] below = outside(others, f, true);
                        double value = below.length == 0 ? spec.lower() : quantile(below, 1 - pasteAlpha);
                        if (spec.type() == FactorType.INTEGER) {
                            value = Math.floor(value);
                        }
                        if (value < box.lower(f)) {
                            best = better(best, candidate(box.withLower(f, Math.max(value, spec.lower())), base));
                        }
                    }
                    if (box.restrictsUpper(f)) {
                        double[] above = outside(others, f, false);
                        double value = above.length == 0 ? spec.upper() : quantile(above, pasteAlpha);
                        if (spec.type() == FactorType.INTEGER) {
                            value = Math.ceil(value);
                        }
                        if (value > box.upper(f)) {
                            best = better(best, candidate(box.withUpper(f, Math.min(value, spec.upper())), base));
                        }
                    }
                } else {
                    long mask = box.levelMask(f);
                    for (int l = 0; l < spec.levelCount(); l++) {
                        if ((mask & (1L << l)) == 0) {
                            best = better(best, candidate(box.withLevels(f, mask | (1L << l)), base));
                        }
                    }
                }
            }
            if (best == null || !(best.score > 0) || best.n <= in.length
                    || (double) best.n / table.rows() < massMin
                    || !(best.sum / best.n > sumIn / in.length)) {
                return false;
            }
            accept(best, base);
            return true;
        }

        /**
         * The sorted values of factor {@code f} of the search's rows that meet every other limit and
         * lie at or below the lower limit ({@code below}) or at or above the upper one: the data a
         * paste on that side draws from, as in the EMA Workbench.
         */
        private double[] outside(Box others, int f, boolean below) {
            double[] col = table.columnView(f);
            double[] v = new double[base.length];
            int n = 0;
            for (int r : base) {
                double x = col[r];
                if ((below ? x <= box.lower(f) : x >= box.upper(f)) && others.containsUnchecked(table, r)) {
                    v[n++] = x;
                }
            }
            double[] out = Arrays.copyOf(v, n);
            Arrays.sort(out);
            return out;
        }

        private void accept(Candidate c, int[] from) {
            int[] rows = new int[c.n];
            int n = 0;
            for (int r : from) {
                if (c.box.containsUnchecked(table, r)) {
                    rows[n++] = r;
                }
            }
            box = c.box;
            in = rows;
            sumIn = c.sum;
        }
    }

    /**
     * Collects the options of a {@link Prim}. Not thread-safe.
     */
    public static final class Builder {
        private double peelAlpha = 0.05;
        private double pasteAlpha = 0.05;
        private double massMin = 0.05;
        private double threshold = 0.8;
        private PrimObjective objective = PrimObjective.LENIENT1;
        private boolean paste = true;

        private Builder() {
        }

        /**
         * The share of a box's rows one peel removes along one side (default 0.05).
         *
         * @param alpha in (0, 0.5)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder peelAlpha(double alpha) {
            this.peelAlpha = open("peelAlpha", alpha);
            return this;
        }

        /**
         * The share of the rows just outside a side that one paste adds back (default 0.05).
         *
         * @param alpha in (0, 0.5)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder pasteAlpha(double alpha) {
            this.pasteAlpha = open("pasteAlpha", alpha);
            return this;
        }

        private static double open(String field, double alpha) {
            if (!(alpha > 0 && alpha < 0.5)) {
                throw new IllegalArgumentException(field + " must be in (0, 0.5), but was " + alpha);
            }
            return alpha;
        }

        /**
         * The least mass (share of all rows) a box may keep (default 0.05).
         *
         * @param mass in [0, 1)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder massMin(double mass) {
            if (!(mass >= 0 && mass < 1)) {
                throw new IllegalArgumentException("massMin must be in [0, 1), but was " + mass);
            }
            this.massMin = mass;
            return this;
        }

        /**
         * The least density of a box that covering keeps (default 0.8).
         *
         * @param density in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder threshold(double density) {
            if (!(density >= 0 && density <= 1)) {
                throw new IllegalArgumentException("threshold must be in [0, 1], but was " + density);
            }
            this.threshold = density;
            return this;
        }

        /**
         * The objective (default {@link PrimObjective#LENIENT1}).
         *
         * @param objective the objective
         * @return this builder
         */
        public Builder objective(PrimObjective objective) {
            this.objective = Objects.requireNonNull(objective, "objective");
            return this;
        }

        /**
         * Whether to paste after peeling (default true).
         *
         * @param paste whether to paste
         * @return this builder
         */
        public Builder paste(boolean paste) {
            this.paste = paste;
            return this;
        }

        /**
         * Builds the configured PRIM.
         *
         * @return the PRIM
         */
        public Prim build() {
            return new Prim(this);
        }
    }

    @Override
    public String toString() {
        return "Prim[peelAlpha=" + peelAlpha + ", pasteAlpha=" + pasteAlpha + ", massMin=" + massMin
                + ", threshold=" + threshold + ", objective=" + objective + ", paste=" + paste + "]";
    }
}
