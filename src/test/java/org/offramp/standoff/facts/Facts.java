package org.offramp.standoff.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.offramp.design.Bounds;
import org.offramp.design.Comparison;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Measure;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.sim.StandoffModel;

/**
 * Shared set-up of the stylized-fact tests (the patterns of docs/ODD.md, section 1): the baseline,
 * fixed master seeds, comparisons on common random numbers, and one-sided paired bounds.
 *
 * <p>A one-sided 95% bound is a bound of the two-sided 90% Agresti–Min interval: "the effect is
 * positive at the 5% level" means its lower bound exceeds 0. A fact made of several claims that
 * must all hold is an intersection–union test: each claim at 5% keeps the whole at 5%. A fact that
 * holds if either of two claims holds tests each at 2.5% (Bonferroni), so the pair stays at 5%.
 *
 * <p>Several facts compare against the baseline on the same seeds; {@link #MODEL} runs each baseline
 * run once per test JVM and hands the same record to every later test.
 */
final class Facts {
    /** The master seed of every fact test; fixed, so the tests are deterministic. */
    static final long SEED = 20190517L;
    /** A second fixed master seed, for facts shown on two independent sets of runs. */
    static final long SECOND_SEED = 20200103L;
    /** Two-sided level whose bounds are one-sided 95% bounds. */
    static final double ONE_SIDED_95 = 0.90;
    /** Two-sided level whose bounds are one-sided 97.5% bounds: each half of a Bonferroni pair at 5%. */
    static final double ONE_SIDED_975 = 0.95;

    private static final Scenario BASELINE = Scenarios.load("baseline");
    private static final Map<Long, RunRecord> BASELINE_RUNS = new ConcurrentHashMap<>();

    /**
     * The model, with the baseline's runs remembered by seed: a run is a pure function of scenario
     * and seed, so a remembered record is the record a new run would give.
     */
    static final RunModel MODEL = (scenario, seed) -> {
        if (!scenario.equals(BASELINE)) {
            return StandoffModel.builtIn().runRecord(scenario, seed);
        }
        RunRecord r = BASELINE_RUNS.get(seed);
        if (r == null) {
            r = StandoffModel.builtIn().runRecord(scenario, seed);
            BASELINE_RUNS.putIfAbsent(seed, r);
        }
        return r;
    };

    private Facts() {
    }

    static Scenario baseline() {
        return BASELINE;
    }

    static Measure m(String name) {
        return Measure.parse(name);
    }

    /** Runs {@code variants} (name, scenario pairs; the first is the reference) on common seeds. */
    static ComparisonResult compare(long runs, List<Measure> measures, Object... namesAndScenarios) {
        return compare(SEED, runs, measures, namesAndScenarios);
    }

    /** As {@link #compare(long, List, Object...)}, with another master seed. */
    static ComparisonResult compare(long masterSeed, long runs, List<Measure> measures, Object... namesAndScenarios) {
        Comparison.Builder b = Comparison.builder().runs(runs).masterSeed(masterSeed).measures(measures);
        for (int i = 0; i < namesAndScenarios.length; i += 2) {
            b.variant((String) namesAndScenarios[i], (Scenario) namesAndScenarios[i + 1]);
        }
        return b.build().run(MODEL, ProgressListener.NONE);
    }

    /** The one-sided 95% paired bounds of {@code variant − other} for a measure. */
    static Bounds oneSided(ComparisonResult r, String variant, String other, Measure m) {
        return r.pairedInterval(variant, other, m, ONE_SIDED_95);
    }

    /** A description of a paired difference for assertion messages, with one-sided 95% bounds. */
    static String describe(ComparisonResult r, String variant, String other, Measure m) {
        return describe(r, variant, other, m, ONE_SIDED_95);
    }

    /** A description of a paired difference for assertion messages, with bounds at a two-sided level. */
    static String describe(ComparisonResult r, String variant, String other, Measure m, double level) {
        long[] bc = r.discordance(variant, other, m);
        Bounds b = r.pairedInterval(variant, other, m, level);
        return String.format(Locale.ROOT, "%s: %s %.4f vs %s %.4f, paired difference %+.4f, one-sided %.1f%% bounds "
                        + "[%+.4f, %+.4f], discordant %d/%d, %d runs, master seed %d",
                m, variant, r.share(variant, m).share(), other, r.share(other, m).share(),
                (bc[0] - bc[1]) / (double) r.runs(), 50 + 50 * level, b.lower(), b.upper(), bc[0], bc[1], r.runs(),
                r.comparison().masterSeed());
    }

    /**
     * Whether each run of each scenario has each measure: {@code result[m][s][i]} for measure
     * {@code m}, scenario {@code s} and run {@code i}, every scenario run with
     * {@code Seeds.runSeed(masterSeed, i)}, the seeds a {@link Comparison} uses.
     */
    static boolean[][][] perRun(long masterSeed, int runs, List<Measure> measures, List<Scenario> scenarios) {
        boolean[][][] x = new boolean[measures.size()][scenarios.size()][runs];
        IntStream.range(0, runs).parallel().forEach(i -> {
            long seed = Seeds.runSeed(masterSeed, i);
            for (int s = 0; s < scenarios.size(); s++) {
                RunRecord r = MODEL.run(scenarios.get(s), seed);
                for (int m = 0; m < measures.size(); m++) {
                    x[m][s][i] = measures.get(m).test(r);
                }
            }
        });
        return x;
    }

    /**
     * A difference of paired differences on common seeds: the mean over runs of
     * {@code (a − b) − (c − d)}, each run contributing one value in {-2, …, 2}, with its normal
     * interval at a two-sided level (the per-run values are independent across runs).
     *
     * @param estimate the mean
     * @param bounds   estimate ± z × sd / sqrt(n)
     * @param counts   how many runs have each per-run value -2, -1, 0, 1, 2
     */
    record Contrast(double estimate, Bounds bounds, long[] counts) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f], runs with values -2..2: %s", estimate,
                    bounds.lower(), bounds.upper(), java.util.Arrays.toString(counts));
        }
    }

    /** The contrast {@code (a − b) − (c − d)}; see {@link Contrast}. */
    static Contrast interaction(boolean[] a, boolean[] b, boolean[] c, boolean[] d, double level) {
        int n = a.length;
        long[] counts = new long[5];
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            int v = bit(a[i]) - bit(b[i]) - bit(c[i]) + bit(d[i]);
            counts[v + 2]++;
            sum += v;
            squares += v * v;
        }
        double mean = sum / n;
        double variance = (squares - n * mean * mean) / (n - 1);
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double h = z * Math.sqrt(Math.max(0, variance) / n);
        return new Contrast(mean, new Bounds(mean - h, mean + h), counts);
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
