package org.offramp.notebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;
import org.offramp.model.Outcome;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.Differences;
import org.offramp.output.chart.GroupedShares;
import org.offramp.scenario.Scenario;

/**
 * Scenarios run on the same seeds and compared with a reference run by run: common random numbers.
 *
 * <pre>{@code
 * Scenario base = Scenarios.load("baseline");
 * Comparison c = Comparison.run(base.named("baseline", ""),
 *         List.of(base.with("offramps.unMediation", 0).named("no-mediation", "")), 3_000, 20190517L);
 * List<PairedDifference> d = c.differences(0, 0.95);   // no-mediation - baseline, per outcome
 * c.differencesChart(0, 0.95, Path.of("charts"), "no-mediation");
 * }</pre>
 *
 * <p>Every scenario is run with the same master seed, so run {@code i} has the same seed in each
 * and the library's keyed random streams give each scenario the same draws wherever their
 * histories agree (see {@code docs/architecture.md}); the runs are paired by index. Scenarios are
 * told apart by name, so names must be distinct ({@link Scenario#named(String, String)}).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Comparison {
    private final RunTable reference;
    private final List<RunTable> variants;

    private Comparison(RunTable reference, List<RunTable> variants) {
        this.reference = reference;
        this.variants = variants;
    }

    /**
     * Runs the reference and each variant for {@code runs} runs with {@code masterSeed}, on all cores.
     *
     * @throws IllegalArgumentException if there is no variant, the names are not distinct, or runs is
     *                                  out of range (see {@link RunTable#run(Scenario, int, long)})
     * @throws org.offramp.experiment.RunFailedException if a run fails
     */
    public static Comparison run(Scenario reference, List<Scenario> variants, int runs, long masterSeed) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(variants, "variants");
        checkNames(reference, variants.stream().map(v -> Objects.requireNonNull(v, "variant")).toList());
        if (runs < 2) {
            throw new IllegalArgumentException("runs must be >= 2 to pair, but was " + runs);
        }
        RunTable ref = RunTable.run(reference, runs, masterSeed);
        List<RunTable> vs = new ArrayList<>();
        for (Scenario v : variants) {
            vs.add(RunTable.run(v, runs, masterSeed));
        }
        return new Comparison(ref, List.copyOf(vs));
    }

    /**
     * Compares tables already run, for example with custom decision rules.
     *
     * @throws IllegalArgumentException if there is no variant, the names are not distinct, or a
     *                                  variant's runs do not have the reference's seeds
     */
    public static Comparison of(RunTable reference, List<RunTable> variants) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(variants, "variants");
        List<Scenario> scenarios = new ArrayList<>();
        for (RunTable v : variants) {
            Objects.requireNonNull(v, "variant");
            if (v.size() != reference.size() || v.masterSeed() != reference.masterSeed()) {
                throw new IllegalArgumentException("variant " + v.scenario().name() + " must have the reference's "
                        + reference.size() + " runs with master seed " + reference.masterSeed() + ", but had "
                        + v.size() + " runs with master seed " + v.masterSeed());
            }
            scenarios.add(v.scenario());
        }
        if (reference.size() < 2) {
            throw new IllegalArgumentException("at least 2 runs are needed to pair, but there were " + reference.size());
        }
        checkNames(reference.scenario(), scenarios);
        return new Comparison(reference, List.copyOf(variants));
    }

    private static void checkNames(Scenario reference, List<Scenario> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("variants must hold at least one scenario, but was empty");
        }
        Set<String> names = new HashSet<>();
        names.add(reference.name());
        for (Scenario v : variants) {
            if (!names.add(v.name())) {
                throw new IllegalArgumentException("scenario names must be distinct, but " + v.name()
                        + " appears twice; give variants their own names with Scenario.named(name, description)");
            }
        }
    }

    /** The reference scenario's runs. */
    public RunTable reference() {
        return reference;
    }

    /** The variants' runs, in the order given. */
    public List<RunTable> variants() {
        return variants;
    }

    /** The scenario names: the reference first, then the variants. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        n.add(reference.scenario().name());
        variants.forEach(v -> n.add(v.scenario().name()));
        return n;
    }

    private List<RunTable> all() {
        List<RunTable> all = new ArrayList<>();
        all.add(reference);
        all.addAll(variants);
        return all;
    }

    /**
     * One row per scenario and outcome: {@code scenario, outcome, count, runs, share, lower, upper},
     * with Wilson intervals at {@code confidence}.
     */
    public List<Map<String, Object>> shares(double confidence) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RunTable t : all()) {
            for (Outcome o : Outcome.ALL) {
                long k = t.count(o);
                Interval ci = ConfidenceIntervals.wilson(k, t.size(), confidence);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("scenario", t.scenario().name());
                m.put("outcome", o.name());
                m.put("count", k);
                m.put("runs", t.size());
                m.put("share", (double) k / t.size());
                m.put("lower", ci.lower());
                m.put("upper", ci.upper());
                rows.add(m);
            }
        }
        return rows;
    }

    /**
     * The paired differences, variant {@code variant} minus the reference, one per outcome in
     * {@link Outcome} order.
     *
     * @throws IndexOutOfBoundsException if there is no such variant
     */
    public List<PairedDifference> differences(int variant, double confidence) {
        Objects.checkIndex(variant, variants.size());
        int[] ref = reference.outcomes();
        int[] var = variants.get(variant).outcomes();
        List<PairedDifference> d = new ArrayList<>();
        for (Outcome o : Outcome.ALL) {
            d.add(PairedDifference.of(o, ref, var, confidence));
        }
        return List.copyOf(d);
    }

    /**
     * All paired differences as rows: {@code scenario} (the variant) followed by the columns of
     * {@link PairedDifference#toRow()}.
     */
    public List<Map<String, Object>> differenceTable(double confidence) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            for (PairedDifference d : differences(v, confidence)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("scenario", variants.get(v).scenario().name());
                m.putAll(d.toRow());
                rows.add(m);
            }
        }
        return rows;
    }

    /**
     * Writes the library's grouped-shares chart (every scenario's outcome shares with Wilson
     * intervals) as {@code name.png} and {@code name.svg} in {@code folder}.
     *
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public ChartFiles groupedSharesChart(double confidence, Path folder, String name, String title)
            throws IOException {
        List<RunTable> all = all();
        int o = Outcome.COUNT;
        double[][] share = new double[all.size()][o];
        double[][] lower = new double[all.size()][o];
        double[][] upper = new double[all.size()][o];
        for (int s = 0; s < all.size(); s++) {
            RunTable t = all.get(s);
            for (Outcome out : Outcome.ALL) {
                long k = t.count(out);
                Interval ci = ConfidenceIntervals.wilson(k, t.size(), confidence);
                share[s][out.ordinal()] = (double) k / t.size();
                lower[s][out.ordinal()] = ci.lower();
                upper[s][out.ordinal()] = ci.upper();
            }
        }
        GroupedShares data = new GroupedShares(names(), Notebooks.OUTCOMES, share, lower, upper, confidence, title);
        return Charts.groupedShares(data, provenance(), folder, name);
    }

    /**
     * Writes the library's paired-differences chart of variant {@code variant} minus the reference
     * as {@code name.png} and {@code name.svg} in {@code folder}.
     *
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public ChartFiles differencesChart(int variant, double confidence, Path folder, String name) throws IOException {
        List<PairedDifference> ds = differences(variant, confidence);
        double[] d = new double[ds.size()];
        double[] lo = new double[ds.size()];
        double[] hi = new double[ds.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = ds.get(i).difference();
            lo[i] = ds.get(i).lower();
            hi[i] = ds.get(i).upper();
        }
        String contrast = variants.get(variant).scenario().name() + " \u2212 " + reference.scenario().name();
        Differences data = new Differences(Notebooks.OUTCOMES, d, lo, hi, confidence, contrast,
                "Paired differences: " + contrast);
        return Charts.differences(data, provenance(), folder, name);
    }

    private String provenance() {
        return Charts.provenance(reference.scenario().name() + " and " + variants.size() + " variant"
                + (variants.size() == 1 ? "" : "s") + ", paired", reference.size(), reference.masterSeed());
    }

    @Override
    public String toString() {
        return "Comparison[" + names() + ", " + reference.size() + " runs each, master seed " + reference.masterSeed()
                + "]";
    }
}
