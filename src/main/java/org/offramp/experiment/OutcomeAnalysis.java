package org.offramp.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.offramp.experiment.aggregate.DayHistogram;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.model.Endings;
import org.offramp.model.Model;
import org.offramp.model.Scenario;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * How an experiment's runs ended, read for a reader: the horizon ending named for what it is ("no
 * ending by day 540"), every ending broken down by the triggers that produced it, the share of each
 * ending had the horizon been shorter, and the cumulative incidence of each ending with pointwise
 * intervals. Numbers only: {@code summary.json}, the console table, the charts and the report show
 * them, each in its own way.
 *
 * <pre>{@code
 * OutcomeAnalysis a = OutcomeAnalysis.of(result);
 * a.horizon().meaning();                 // "STALEMATE — no ending by day 540"
 * a.triggers().get(0).shareOfEnding();   // the share of WAR runs that open war held ended
 * a.byHorizon().get(0).shares()[0];      // the share of WAR had the horizon been 90 days
 * a.incidence(0, 540).lower()[180];      // the lower bound of WAR's cumulative incidence on day 180
 * }</pre>
 *
 * <p><b>Time.</b> Every run is followed until it ends or reaches the horizon, so nothing is censored:
 * the cumulative incidence of an ending by day {@code t} is a plain binomial share (runs that ended in
 * it on or before day {@code t}, over completed runs), and its pointwise interval is the binomial
 * (Wilson) interval of that share. For the same reason the shares had the horizon been {@code h < H}
 * days come from the same runs at no cost: a run that ended in an ending other than the horizon's
 * before day {@code h} would have ended so with the shorter horizon too, and every other run would
 * have reached it. This holds when a model's course does not look ahead to its horizon, as a model's
 * horizon is meant to be a stopping day, not a fact its actors know. All shares are conditional on
 * the horizon: a longer one lets some runs of the horizon ending end otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutcomeAnalysis {
    /** Calendar horizons offered for the share-by-horizon view when shorter than the run's horizon. */
    private static final int[] STANDARD_HORIZONS = {90, 180, 365, 730, 1095, 1460, 1825, 2190, 2555, 2920, 3285};

    private final Endings endings;
    private final ExperimentAggregate aggregate;
    private final double level;
    private final Horizon horizon;
    private final List<TriggerShare> triggers;
    private final List<HorizonShares> byHorizon;

    /**
     * The horizon and the ending that means "no ending by the horizon".
     *
     * @param day         the horizon's day: the model's declared horizon for the scenario or, for a
     *                    model without one, the latest day a run ended on (0 without runs)
     * @param declared    whether the model declares the horizon (rather than it being the latest day seen)
     * @param ending      the horizon ending's name, e.g. {@code STALEMATE}
     * @param endingLabel its label, e.g. "stalemate: the gray zone persists"
     */
    public record Horizon(int day, boolean declared, String ending, String endingLabel) {
        /**
         * Checks the arguments.
         *
         * @param day         the horizon's day: the model's declared horizon for the scenario or, for a
         *                    model without one, the latest day a run ended on (0 without runs)
         * @param declared    whether the model declares the horizon (rather than it being the latest day seen)
         * @param ending      the horizon ending's name, e.g. {@code STALEMATE}
         * @param endingLabel its label, e.g. "stalemate: the gray zone persists"
         */
        public Horizon {
            Objects.requireNonNull(ending, "ending");
            Objects.requireNonNull(endingLabel, "endingLabel");
        }

        /**
         * The horizon ending named for what it is.
         *
         * @return e.g. "STALEMATE — no ending by day 540"
         */
        public String meaning() {
            return ending + " \u2014 " + condition();
        }

        /**
         * What the horizon ending means, without its name.
         *
         * @return e.g. "no ending by day 540"
         */
        public String condition() {
            return declared ? "no ending by day " + day : "no ending by the end of the run";
        }

        /**
         * The sentence that says what every share is conditional on.
         *
         * @return e.g. "Shares are conditional on the 540-day horizon: ..."
         */
        public String note() {
            String h = declared ? "the " + day + "-day horizon" : "the horizon";
            return "Shares are conditional on " + h + ": with a longer one some " + ending
                    + " runs could end otherwise.";
        }
    }

    /**
     * The runs one trigger ended.
     *
     * @param trigger             the trigger's name
     * @param description         its description
     * @param ending              the name of the ending it produces
     * @param count               the runs it ended
     * @param share               their share of completed runs (NaN without completed runs)
     * @param wilson              the Wilson interval of {@code share}
     * @param clopperPearson      the Clopper–Pearson interval of {@code share}
     * @param shareOfEnding       their share of the runs that ended in {@code ending} (NaN when none did)
     * @param shareOfEndingWilson the Wilson interval of {@code shareOfEnding}
     */
    public record TriggerShare(String trigger, String description, String ending, long count, double share,
                               Interval wilson, Interval clopperPearson, double shareOfEnding,
                               Interval shareOfEndingWilson) {
    }

    /**
     * The shares of the endings had the horizon been {@code horizon} days.
     *
     * @param horizon the horizon in days
     * @param counts  runs per ending, in the endings' order
     * @param shares  shares of completed runs, in the endings' order
     * @param wilson  their Wilson intervals
     */
    public record HorizonShares(int horizon, long[] counts, double[] shares, List<Interval> wilson) {
        /**
         * Copies the arguments.
         *
         * @param horizon the horizon in days
         * @param counts  runs per ending, in the endings' order
         * @param shares  shares of completed runs, in the endings' order
         * @param wilson  their Wilson intervals
         */
        public HorizonShares {
            counts = counts.clone();
            shares = shares.clone();
            wilson = List.copyOf(wilson);
        }

        /** {@return the runs per ending, a copy} */
        @Override
        public long[] counts() {
            return counts.clone();
        }

        /** {@return the share of completed runs per ending, a copy} */
        @Override
        public double[] shares() {
            return shares.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HorizonShares h && horizon == h.horizon && Arrays.equals(counts, h.counts)
                    && Arrays.equals(shares, h.shares) && wilson.equals(h.wilson);
        }

        @Override
        public int hashCode() {
            return Objects.hash(horizon, Arrays.hashCode(counts), wilson);
        }

        @Override
        public String toString() {
            return "HorizonShares[" + horizon + " days, " + Arrays.toString(counts) + "]";
        }
    }

    /**
     * The cumulative incidence of one ending, day by day from day 0, with pointwise Wilson bounds.
     *
     * @param ending the ending's name
     * @param share  the share of completed runs ended in it on or before each day
     * @param lower  the lower bound on each day
     * @param upper  the upper bound on each day
     */
    public record IncidenceCurve(String ending, double[] share, double[] lower, double[] upper) {
        /**
         * Copies the arrays.
         *
         * @param ending the ending's name
         * @param share  the share of completed runs ended in it on or before each day
         * @param lower  the lower bound on each day
         * @param upper  the upper bound on each day
         */
        public IncidenceCurve {
            share = share.clone();
            lower = lower.clone();
            upper = upper.clone();
        }

        /** {@return the cumulative share by day, from day 0; a copy} */
        @Override
        public double[] share() {
            return share.clone();
        }

        /** {@return the lower interval bounds by day, a copy} */
        @Override
        public double[] lower() {
            return lower.clone();
        }

        /** {@return the upper interval bounds by day, a copy} */
        @Override
        public double[] upper() {
            return upper.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IncidenceCurve c && ending.equals(c.ending) && Arrays.equals(share, c.share)
                    && Arrays.equals(lower, c.lower) && Arrays.equals(upper, c.upper);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ending, Arrays.hashCode(share));
        }

        @Override
        public String toString() {
            return "IncidenceCurve[" + ending + ", " + share.length + " days]";
        }
    }

    private OutcomeAnalysis(Endings endings, ExperimentAggregate aggregate, double level, Horizon horizon) {
        this.endings = endings;
        this.aggregate = aggregate;
        this.level = level;
        this.horizon = horizon;
        this.triggers = triggerShares();
        this.byHorizon = sharesByHorizon();
    }

    /**
     * The analysis of a finished experiment.
     *
     * @param result the result
     * @return its analysis
     */
    public static OutcomeAnalysis of(ExperimentResult result) {
        Objects.requireNonNull(result, "result");
        Experiment e = result.experiment();
        return of(e.model(), e.scenario(), result.aggregate(), e.confidenceLevel());
    }

    /**
     * The analysis of an aggregate of runs of {@code scenario}.
     *
     * @param model     the model that made the runs
     * @param scenario  the scenario they ran (for the model's horizon)
     * @param aggregate the runs' aggregate; read, not kept beyond this object's life (do not change it)
     * @param level     the confidence level of the intervals, in (0, 1)
     * @return the analysis
     * @throws IllegalArgumentException if the aggregate is of another model's schema
     */
    public static OutcomeAnalysis of(Model<?> model, Scenario scenario, ExperimentAggregate aggregate, double level) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(aggregate, "aggregate");
        if (aggregate.schema() != model.record()) {
            throw new IllegalArgumentException("the aggregate is of another model's schema (" + aggregate.endings()
                    + "); this model is " + model.name());
        }
        Endings endings = model.endings();
        var declared = model.horizon(scenario);
        int lastSeen = 0;
        for (int o = 0; o < endings.count(); o++) {
            lastSeen = Math.max(lastSeen, aggregate.days(o).maxDay());
        }
        Horizon h = new Horizon(declared.isPresent() ? declared.getAsInt() : lastSeen, declared.isPresent(),
                endings.horizon().name(), endings.horizon().label());
        return new OutcomeAnalysis(endings, aggregate, level, h);
    }

    /** {@return the horizon and its ending} */
    public Horizon horizon() {
        return horizon;
    }

    /** {@return the confidence level of the intervals, in (0, 1)} */
    public double confidenceLevel() {
        return level;
    }

    /** {@return the completed runs, the denominator of every share} */
    public long completed() {
        return aggregate.completed();
    }

    /**
     * Every trigger of the model, in its declared order (so grouped by ending as the model declares
     * them), with the runs it ended.
     *
     * @return the breakdown; unmodifiable
     */
    public List<TriggerShare> triggers() {
        return triggers;
    }

    /**
     * The triggers of one ending.
     *
     * @param ending an ending's name
     * @return its triggers' shares, in declared order
     */
    public List<TriggerShare> triggersOf(String ending) {
        return triggers.stream().filter(t -> t.ending().equals(ending)).toList();
    }

    /**
     * The horizons of the share-by-horizon view: the calendar horizons of 90, 180 and 365 days and
     * whole years that are shorter than the horizon, then the horizon; a horizon of 180 days or less
     * gets its quarters instead (for 540: 90, 180, 365, 540).
     *
     * @param horizonDay the horizon
     * @return the horizons, increasing, the last one {@code horizonDay}
     */
    public static int[] horizons(int horizonDay) {
        List<Integer> hs = new ArrayList<>();
        if (horizonDay > 180) {
            for (int h : STANDARD_HORIZONS) {
                if (h < horizonDay) {
                    hs.add(h);
                }
            }
        } else {
            for (int q = 1; q <= 3; q++) {
                int h = (int) Math.round(horizonDay * q / 4.0);
                if (h >= 1 && h < horizonDay && (hs.isEmpty() || hs.get(hs.size() - 1) < h)) {
                    hs.add(h);
                }
            }
        }
        hs.add(Math.max(0, horizonDay));
        return hs.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The shares of the endings had the horizon been each of {@link #horizons(int)}, the last the
     * experiment's own (its actual shares).
     *
     * @return one entry per horizon; unmodifiable
     */
    public List<HorizonShares> byHorizon() {
        return byHorizon;
    }

    /**
     * The shares of the endings had the horizon been {@code h} days: a run that ended in an ending
     * other than the horizon's on a day before {@code h} keeps it; every other run counts for the
     * horizon ending. At the experiment's own horizon (or beyond it) these are the actual shares.
     *
     * @param h the horizon in days, at least 0
     * @return the shares
     * @throws IllegalArgumentException if {@code h} is negative
     */
    public HorizonShares sharesAt(int h) {
        if (h < 0) {
            throw new IllegalArgumentException("the horizon must be >= 0 days, but was " + h);
        }
        int n = endings.count();
        long[] counts = new long[n];
        long completed = aggregate.completed();
        if (h >= horizon.day()) {
            counts = aggregate.outcomeCounts();
        } else {
            long ended = 0;
            for (int o = 0; o < n; o++) {
                if (o != endings.horizonIndex()) {
                    counts[o] = h == 0 ? 0 : aggregate.days(o).countUpTo(h - 1);
                    ended += counts[o];
                }
            }
            counts[endings.horizonIndex()] = completed - ended;
        }
        double[] shares = new double[n];
        List<Interval> wilson = new ArrayList<>();
        for (int o = 0; o < n; o++) {
            shares[o] = completed == 0 ? Double.NaN : (double) counts[o] / completed;
            wilson.add(ConfidenceIntervals.wilson(counts[o], completed, level));
        }
        return new HorizonShares(h, counts, shares, wilson);
    }

    /**
     * The endings whose cumulative incidence is drawn: all but the horizon's, which happens only at
     * the horizon (its incidence would be one step there).
     *
     * @return ending indices, in order
     */
    public int[] incidenceEndings() {
        int[] out = new int[endings.count() - 1];
        int k = 0;
        for (int o = 0; o < endings.count(); o++) {
            if (o != endings.horizonIndex()) {
                out[k++] = o;
            }
        }
        return out;
    }

    /**
     * The cumulative incidence of one ending from day 0 to {@code lastDay}, with pointwise Wilson
     * bounds at the analysis's confidence level (all zero without completed runs).
     *
     * @param ending  an ending's index
     * @param lastDay the last day, at least 0
     * @return the curve, {@code lastDay + 1} days long
     * @throws IllegalArgumentException if the ending or the day is out of range
     */
    public IncidenceCurve incidence(int ending, int lastDay) {
        if (ending < 0 || ending >= endings.count()) {
            throw new IllegalArgumentException("ending must be in [0, " + endings.count() + "), but was " + ending);
        }
        if (lastDay < 0) {
            throw new IllegalArgumentException("lastDay must be >= 0, but was " + lastDay);
        }
        long completed = aggregate.completed();
        double[] share = new double[lastDay + 1];
        double[] lower = new double[lastDay + 1];
        double[] upper = new double[lastDay + 1];
        DayHistogram h = aggregate.days(ending);
        long cum = 0;
        Interval last = null;
        long lastCum = -1;
        for (int d = 0; d <= lastDay; d++) {
            cum += h.count(d);
            if (completed == 0) {
                continue;
            }
            share[d] = (double) cum / completed;
            if (cum != lastCum) {
                // Curves are flat most days: compute the interval only when the count changes.
                last = ConfidenceIntervals.wilson(cum, completed, level);
                lastCum = cum;
            }
            lower[d] = last.lower();
            upper[d] = last.upper();
        }
        return new IncidenceCurve(endings.get(ending).name(), share, lower, upper);
    }

    /**
     * A share as a percentage with one decimal, for tables: {@code 7.4%}; {@code -} for NaN.
     *
     * @param share a share in [0, 1] or NaN
     * @return the text
     */
    public static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private List<TriggerShare> triggerShares() {
        List<TriggerShare> out = new ArrayList<>();
        long completed = aggregate.completed();
        for (int t = 0; t < endings.triggers().size(); t++) {
            Endings.Trigger tr = endings.triggers().get(t);
            long c = aggregate.triggerCount(t);
            long ofEnding = aggregate.outcomeCount(endings.endingOf(t));
            out.add(new TriggerShare(tr.name(), tr.description(), tr.ending(), c,
                    completed == 0 ? Double.NaN : (double) c / completed,
                    ConfidenceIntervals.wilson(c, completed, level),
                    ConfidenceIntervals.clopperPearson(c, completed, level),
                    ofEnding == 0 ? Double.NaN : (double) c / ofEnding,
                    ConfidenceIntervals.wilson(c, ofEnding, level)));
        }
        return List.copyOf(out);
    }

    private List<HorizonShares> sharesByHorizon() {
        List<HorizonShares> out = new ArrayList<>();
        for (int h : horizons(horizon.day())) {
            out.add(sharesAt(h));
        }
        return List.copyOf(out);
    }
}
