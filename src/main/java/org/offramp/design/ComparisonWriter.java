package org.offramp.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.offramp.output.Words;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.Differences;
import org.offramp.output.chart.GroupedShares;
import org.offramp.output.chart.OutcomeColors;

/**
 * Renders a {@link ComparisonResult}: its CSV and Markdown tables, the data of its charts and the
 * files {@code comparison.csv}, {@code comparison.md}, {@code shares.png/.svg} and
 * {@code difference-VARIANT.png/.svg}.
 *
 * <pre>{@code
 * ComparisonResult r = comparison.run(listener);
 * String csv = ComparisonWriter.csv(r);
 * GroupedShares g = ComparisonWriter.groupedShares(r);        // for Charts.groupedSharesChart
 * List<Path> files = ComparisonWriter.write(r, Path.of("results/pressure"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ComparisonWriter {
    private ComparisonWriter() {
    }

    /**
     * The table as CSV: one row per variant and measure, with the difference columns empty for the
     * reference.
     *
     * @param r the result
     * @return the text of {@code comparison.csv}
     */
    public static String csv(ComparisonResult r) {
        StringBuilder sb = new StringBuilder("variant,against,measure,runs,count,share,wilsonLower,wilsonUpper,"
                + "difference,pairedLower,pairedUpper,unpairedLower,unpairedUpper,widthRatio,variantOnly,againstOnly,"
                + "mcNemarMidP\n");
        for (ComparisonResult.Share s : r.shares()) {
            sb.append(Tables.csvCell(s.variant())).append(',');
            ComparisonResult.PairedDifference d = find(r, s.variant(), s.measure());
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

    private static ComparisonResult.PairedDifference find(ComparisonResult r, String variant, Measure m) {
        for (ComparisonResult.PairedDifference d : r.differences()) {
            if (d.variant().equals(variant) && d.measure().equals(m)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The table: one row per variant, for each measure the share and, for variants with a reference,
     * the paired difference in percentage points with its interval.
     *
     * @param r the result
     * @return the table and its note
     */
    public static ResultTable table(ComparisonResult r) {
        Comparison c = r.comparison();
        List<String> header = new ArrayList<>(List.of("variant", "against"));
        for (Measure m : c.measures()) {
            header.add(m.name());
            header.add("\u0394 " + m.name() + " (pp)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String v : c.variants()) {
            List<String> row = new ArrayList<>();
            row.add(v);
            String against = "";
            for (Measure m : c.measures()) {
                ComparisonResult.Share s = r.share(v, m);
                ComparisonResult.PairedDifference d = find(r, v, m);
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
        String note = String.format(Locale.ROOT,
                "%s per variant on common seeds (master seed %d); \u0394 = paired difference against the variant in "
                        + "`against`, percentage points, with its %d%% Agresti\u2013Min interval; * McNemar mid-p < 0.01. "
                        + "Median paired/unpaired interval width ratio: %.2f.",
                Words.count(r.runs(), "run"), c.masterSeed(), Math.round(100 * c.confidenceLevel()),
                r.medianWidthRatio());
        return new ResultTable(header, rows, note);
    }

    /**
     * The table as Markdown.
     *
     * @param r the result
     * @return the text of {@code comparison.md} (without its provenance line)
     */
    public static String markdown(ComparisonResult r) {
        return table(r).markdown();
    }

    /**
     * The chart data of the shares, side by side with their Wilson intervals.
     *
     * @param r the result
     * @return the data of the {@code shares} chart
     */
    public static GroupedShares groupedShares(ComparisonResult r) {
        Comparison c = r.comparison();
        int k = c.variants().size();
        int m = c.measures().size();
        double[][] share = new double[k][m];
        double[][] lo = new double[k][m];
        double[][] hi = new double[k][m];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < m; j++) {
                ComparisonResult.Share x = r.share(c.variants().get(s), c.measures().get(j));
                share[s][j] = x.share();
                lo[s][j] = Math.min(x.share(), x.wilson().lower());
                hi[s][j] = Math.max(x.share(), x.wilson().upper());
            }
        }
        return new GroupedShares(c.variants(), c.measures().stream().map(Measure::name).toList(),
                share, lo, hi, c.confidenceLevel(), "Shares by variant: " + c.name())
                .withColours(OutcomeColors.ofHex(c.model().endings().colours()));
    }

    /**
     * The chart data of one variant's paired differences.
     *
     * @param r       the result
     * @param variant a variant
     * @return the data of its {@code difference-VARIANT} chart, or null for a variant without a reference
     */
    public static Differences differences(ComparisonResult r, String variant) {
        Comparison c = r.comparison();
        List<String> labels = new ArrayList<>();
        List<double[]> v = new ArrayList<>();
        String against = null;
        for (ComparisonResult.PairedDifference d : r.differences()) {
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
        return new Differences(labels, diff, lo, hi, c.confidenceLevel(), variant + " \u2212 " + against,
                "Paired differences: " + variant + " vs " + against)
                .withColours(OutcomeColors.ofHex(c.model().endings().colours()));
    }

    /**
     * The provenance line under each chart.
     *
     * @param r the result
     * @return e.g. "offramps · 3,000 runs per variant, common seeds · master seed 20190517"
     */
    public static String subtitle(ComparisonResult r) {
        return String.format(Locale.ROOT, "%s \u00b7 %s per variant, common seeds \u00b7 master seed %d",
                r.comparison().name(), Words.count(r.runs(), "run"), r.comparison().masterSeed());
    }

    /**
     * Writes {@code comparison.csv}, {@code comparison.md}, the shares chart {@code shares.png/.svg} and
     * one difference chart per compared variant {@code difference-VARIANT.png/.svg} into {@code dir}
     * (created if needed; each file replaced atomically).
     *
     * @param r   the result
     * @param dir the folder
     * @return the files written
     * @throws DesignException if a file cannot be written
     */
    public static List<Path> write(ComparisonResult r, Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(Tables.write(dir, "comparison.csv", csv(r)));
        files.add(Tables.write(dir, "comparison.md", markdown(r)));
        try {
            Files.createDirectories(dir);
            String subtitle = subtitle(r);
            files.addAll(Charts.groupedShares(groupedShares(r), subtitle, dir, "shares").paths());
            for (String v : r.comparison().variants()) {
                Differences d = differences(r, v);
                if (d != null) {
                    files.addAll(Charts.differences(d, subtitle, dir, "difference-" + v).paths());
                }
            }
        } catch (IOException e) {
            throw new DesignException("cannot write the charts into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
