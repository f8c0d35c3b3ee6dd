package org.offramp.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.Differences;
import org.offramp.output.chart.GroupedShares;
import org.offramp.output.chart.OutcomeColors;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * The result of a {@link Comparison}: each variant's shares, and for each variant against its
 * reference the paired difference of every measure's share, its interval, McNemar's test and how
 * much narrower the paired interval is than an unpaired one.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComparisonResult {
    private final Comparison comparison;
    private final long runs;
    private final long[][] yes;
    private final List<PairedDifference> differences;
    private final double wallSeconds;
    private final long[][][] discordant;

    /**
     * One variant's share of one measure.
     *
     * @param variant the variant
     * @param measure the measure
     * @param runs    runs of the variant
     * @param count   runs with the measure
     * @param share   count / runs
     * @param wilson  the Wilson interval at the comparison's level
     */
    public record Share(String variant, Measure measure, long runs, long count, double share, Interval wilson) {
    }

    /**
     * The paired difference of one measure's share between a variant and the variant it is compared against.
     *
     * @param variant         the variant
     * @param against         the variant subtracted
     * @param measure         the measure
     * @param runs            paired runs
     * @param variantShare    the variant's share
     * @param againstShare    the other's share
     * @param difference      variantShare - againstShare
     * @param variantOnly     runs where only the variant has the measure (b)
     * @param againstOnly     runs where only the other has it (c)
     * @param paired          the Agresti–Min paired interval
     * @param unpaired        the Agresti–Caffo interval as if the runs were independent
     * @param widthRatio      width of paired / width of unpaired (below 1: pairing helped)
     * @param mcNemarMidP     McNemar's exact two-sided mid-p value
     */
    public record PairedDifference(String variant, String against, Measure measure, long runs, double variantShare,
                                   double againstShare, double difference, long variantOnly, long againstOnly,
                                   Bounds paired, Bounds unpaired, double widthRatio, double mcNemarMidP) {
    }

    ComparisonResult(Comparison c, Tally t, double wallSeconds) {
        this.comparison = c;
        this.runs = t.runs;
        this.wallSeconds = wallSeconds;
        int k = c.variants().size();
        int m = c.measures().size();
        yes = new long[k][m];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < m; j++) {
                yes[s][j] = t.yes(s, j);
            }
        }
        discordant = new long[k][k][m];
        for (int s = 0; s < k; s++) {
            for (int a = 0; a < k; a++) {
                for (int j = 0; j < m; j++) {
                    discordant[s][a][j] = t.discordant(s, a, j);
                }
            }
        }
        List<PairedDifference> d = new ArrayList<>();
        double level = c.confidenceLevel();
        for (int s = 0; s < k; s++) {
            int a = c.variants().indexOf(c.against().get(s));
            if (a == s) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                long b = t.discordant(s, a, j);
                long cc = t.discordant(a, s, j);
                Bounds p = PairedStatistics.pairedInterval(b, cc, runs, level);
                Bounds u = PairedStatistics.unpairedInterval(yes[s][j], runs, yes[a][j], runs, level);
                double ratio = (p.upper() - p.lower()) / (u.upper() - u.lower());
                d.add(new PairedDifference(c.variants().get(s), c.variants().get(a), c.measures().get(j), runs,
                        yes[s][j] / (double) runs, yes[a][j] / (double) runs, (b - cc) / (double) runs, b, cc, p, u,
                        ratio, PairedStatistics.mcNemarMidP(b, cc)));
            }
        }
        this.differences = List.copyOf(d);
    }

    /** The comparison that was run. */
    public Comparison comparison() {
        return comparison;
    }

    /** Runs per variant. */
    public long runs() {
        return runs;
    }

    /** Wall time of the run, in seconds (the only thing that varies between equal comparisons). */
    public double wallSeconds() {
        return wallSeconds;
    }

    /** A variant's share of a measure. @throws IllegalArgumentException for an unknown variant or measure */
    public Share share(String variant, Measure measure) {
        int s = index(comparison.variants(), variant, "variant");
        int j = index(comparison.measures(), measure, "measure");
        long n = yes[s][j];
        return new Share(variant, measure, runs, n, n / (double) runs,
                ConfidenceIntervals.wilson(n, runs, comparison.confidenceLevel()));
    }

    /** All shares, by variant then measure. */
    public List<Share> shares() {
        List<Share> out = new ArrayList<>();
        for (String v : comparison.variants()) {
            for (Measure m : comparison.measures()) {
                out.add(share(v, m));
            }
        }
        return out;
    }

    /** All paired differences, by variant then measure (the reference has none). */
    public List<PairedDifference> differences() {
        return differences;
    }

    /** The paired difference of a variant against its reference for a measure. */
    public PairedDifference difference(String variant, Measure measure) {
        for (PairedDifference d : differences) {
            if (d.variant().equals(variant) && d.measure().equals(measure)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no difference for variant \"" + variant + "\" and measure " + measure
                + "; allowed: a variant other than the reference " + comparison.variants().get(0)
                + " and one of " + comparison.measures());
    }

    /**
     * The paired difference {@code variant - other} for a measure, between any two variants, at any
     * level (from the full discordance tables).
     */
    public Bounds pairedInterval(String variant, String other, Measure measure, double level) {
        long[] bc = discordance(variant, other, measure);
        return PairedStatistics.pairedInterval(bc[0], bc[1], runs, level);
    }

    /** {@code {b, c}}: runs where only {@code variant}, and only {@code other}, has the measure. */
    public long[] discordance(String variant, String other, Measure measure) {
        int s = index(comparison.variants(), variant, "variant");
        int a = index(comparison.variants(), other, "variant");
        int j = index(comparison.measures(), measure, "measure");
        return new long[] {discordant[s][a][j], discordant[a][s][j]};
    }

    private static <T> int index(List<T> list, T item, String what) {
        int i = list.indexOf(item);
        if (i < 0) {
            throw new IllegalArgumentException(what + " must be one of " + list + ", but was " + item);
        }
        return i;
    }

    /** The table as CSV: one row per variant and measure, with the difference columns empty for the reference. */
    public String csv() {
        StringBuilder sb = new StringBuilder("variant,against,measure,runs,count,share,wilsonLower,wilsonUpper,"
                + "difference,pairedLower,pairedUpper,unpairedLower,unpairedUpper,widthRatio,variantOnly,againstOnly,"
                + "mcNemarMidP\n");
        for (Share s : shares()) {
            sb.append(Tables.csvCell(s.variant())).append(',');
            PairedDifference d = findDifference(s.variant(), s.measure());
            sb.append(d == null ? "" : d.against()).append(',').append(s.measure()).append(',').append(s.runs())
                    .append(',').append(s.count()).append(',').append(Tables.num(s.share())).append(',')
                    .append(Tables.num(s.wilson().lower())).append(',').append(Tables.num(s.wilson().upper()));
            if (d == null) {
                sb.append(",,,,,,,,,\n");
            } else {
                sb.append(',').append(Tables.num(d.difference())).append(',').append(Tables.num(d.paired().lower()))
                        .append(',').append(Tables.num(d.paired().upper())).append(',')
                        .append(Tables.num(d.unpaired().lower())).append(',').append(Tables.num(d.unpaired().upper()))
                        .append(',').append(Tables.num(d.widthRatio())).append(',').append(d.variantOnly()).append(',')
                        .append(d.againstOnly()).append(',').append(Tables.num(d.mcNemarMidP())).append('\n');
            }
        }
        return sb.toString();
    }

    private PairedDifference findDifference(String variant, Measure m) {
        for (PairedDifference d : differences) {
            if (d.variant().equals(variant) && d.measure().equals(m)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The table as Markdown: one row per variant, for each measure the share and, for variants with a
     * reference, the paired difference in percentage points with its interval.
     */
    public String markdown() {
        List<String> header = new ArrayList<>(List.of("variant", "against"));
        for (Measure m : comparison.measures()) {
            header.add(m.name());
            header.add("Δ " + m.name() + " (pp)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String v : comparison.variants()) {
            List<String> row = new ArrayList<>();
            row.add(v);
            String against = "";
            for (Measure m : comparison.measures()) {
                Share s = share(v, m);
                PairedDifference d = findDifference(v, m);
                row.add(Tables.pct(s.share()));
                row.add(d == null ? "" : Tables.pp(d.difference(), d.paired().lower(), d.paired().upper())
                        + (d.mcNemarMidP() < 0.01 ? " *" : ""));
                if (d != null) {
                    against = d.against();
                }
            }
            row.add(1, against);
            rows.add(row);
        }
        return Tables.markdown(header, rows) + String.format(Locale.ROOT,
                "%n%,d runs per variant on common seeds (master seed %d); Δ = paired difference against the variant in "
                        + "`against`, percentage points, with its %d%% Agresti–Min interval; * McNemar mid-p < 0.01. "
                        + "Median paired/unpaired interval width ratio: %.2f.%n",
                runs, comparison.masterSeed(), Math.round(100 * comparison.confidenceLevel()), medianWidthRatio());
    }

    /** The median over all differences of the paired/unpaired width ratio (NaN when there is none). */
    public double medianWidthRatio() {
        double[] r = differences.stream().mapToDouble(PairedDifference::widthRatio).sorted().toArray();
        if (r.length == 0) {
            return Double.NaN;
        }
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }

    /**
     * Writes {@code comparison.csv}, {@code comparison.md}, the shares chart {@code shares.png/.svg} and
     * one difference chart per compared variant {@code difference-VARIANT.png/.svg} into {@code dir}
     * (created if needed; each file replaced atomically).
     *
     * @return the files written
     */
    public List<Path> writeTo(Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(Tables.write(dir, "comparison.csv", csv()));
        files.add(Tables.write(dir, "comparison.md", markdown()));
        try {
            Files.createDirectories(dir);
            String subtitle = String.format(Locale.ROOT, "%s \u00b7 %,d runs per variant, common seeds \u00b7 master seed %d",
                    comparison.name(), runs, comparison.masterSeed());
            files.addAll(Charts.groupedShares(groupedShares(), subtitle, dir, "shares").paths());
            for (String v : comparison.variants()) {
                Differences d = differencesChart(v);
                if (d != null) {
                    files.addAll(Charts.differences(d, subtitle, dir, "difference-" + v).paths());
                }
            }
        } catch (IOException e) {
            throw new DesignException("cannot write the charts into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** The chart data of the shares, side by side with their Wilson intervals. */
    public GroupedShares groupedShares() {
        int k = comparison.variants().size();
        int m = comparison.measures().size();
        double[][] share = new double[k][m];
        double[][] lo = new double[k][m];
        double[][] hi = new double[k][m];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < m; j++) {
                Share x = share(comparison.variants().get(s), comparison.measures().get(j));
                share[s][j] = x.share();
                lo[s][j] = Math.min(x.share(), x.wilson().lower());
                hi[s][j] = Math.max(x.share(), x.wilson().upper());
            }
        }
        return new GroupedShares(comparison.variants(), comparison.measures().stream().map(Measure::name).toList(),
                share, lo, hi, comparison.confidenceLevel(), "Shares by variant: " + comparison.name())
                .withColours(OutcomeColors.ofHex(comparison.model().endings().colours()));
    }

    /** The chart data of one variant's paired differences, or null for a variant without a reference. */
    public Differences differencesChart(String variant) {
        List<String> labels = new ArrayList<>();
        List<double[]> v = new ArrayList<>();
        String against = null;
        for (PairedDifference d : differences) {
            if (d.variant().equals(variant)) {
                labels.add(d.measure().name());
                v.add(new double[] {d.difference(), Math.min(d.difference(), d.paired().lower()),
                    Math.max(d.difference(), d.paired().upper())});
                against = d.against();
            }
        }
        if (labels.isEmpty()) {
            return null;
        }
        double[] diff = v.stream().mapToDouble(x -> x[0]).toArray();
        double[] lo = v.stream().mapToDouble(x -> x[1]).toArray();
        double[] hi = v.stream().mapToDouble(x -> x[2]).toArray();
        return new Differences(labels, diff, lo, hi, comparison.confidenceLevel(), variant + " \u2212 " + against,
                "Paired differences: " + variant + " vs " + against)
                .withColours(OutcomeColors.ofHex(comparison.model().endings().colours()));
    }
}
