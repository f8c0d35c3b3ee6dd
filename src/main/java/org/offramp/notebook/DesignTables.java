package org.offramp.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Factor;
import org.offramp.design.Measure;
import org.offramp.design.SweepResult;
import org.offramp.stats.Interval;

/**
 * The results of the policy-experiment designs ({@code org.offramp.design}) as plain rows
 * for data frames: lists of maps with snake_case keys whose values are strings, longs and doubles.
 * Unlike the designs' {@code csv()} text, the rows keep each point's counts and need no parsing.
 *
 * <pre>{@code
 * ComparisonResult r = Comparison.builder().variant("baseline", base).variant("no-council", closed)
 *         .runs(1_500).masterSeed(20190517L).build().run(Notebooks.model(), ProgressListener.NONE);
 * List<Map<String, Object>> shares = DesignTables.shares(r);        // one row per variant and measure
 * List<Map<String, Object>> diffs = DesignTables.differences(r);    // one row per compared variant and measure
 * List<Map<String, Object>> points = DesignTables.points(sweepResult);   // one row per point and measure
 * }</pre>
 *
 * <p>Every number is copied from the result, never recomputed, so the rows say exactly what the
 * result says. Stateless and thread-safe.
 */
public final class DesignTables {
    private DesignTables() {
    }

    /**
     * One row per variant and measure, in the comparison's order: {@code variant, measure, runs,
     * count, share, wilson_lower, wilson_upper} (Wilson at the comparison's confidence level).
     *
     * @param result a finished comparison
     * @return the rows, each a map from column name to value in column order
     */
    public static List<Map<String, Object>> shares(ComparisonResult result) {
        Objects.requireNonNull(result, "result");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ComparisonResult.Share s : result.shares()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variant", s.variant());
            m.put("measure", s.measure().name());
            m.put("runs", s.runs());
            m.put("count", s.count());
            m.put("share", s.share());
            m.put("wilson_lower", s.wilson().lower());
            m.put("wilson_upper", s.wilson().upper());
            rows.add(m);
        }
        return rows;
    }

    /**
     * One row per variant compared against another and per measure, in the comparison's order:
     * {@code variant, against, measure, runs, variant_share, against_share, difference,
     * variant_only, against_only} (the discordant runs), {@code paired_lower, paired_upper} (the
     * Agresti–Min interval), {@code unpaired_lower, unpaired_upper} (Agresti–Caffo, as if the runs were
     * independent), {@code width_ratio} (paired / unpaired width) and {@code mcnemar_mid_p}.
     *
     * @param result a finished comparison of at least two variants
     * @return the rows, each a map from column name to value in column order
     */
    public static List<Map<String, Object>> differences(ComparisonResult result) {
        Objects.requireNonNull(result, "result");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ComparisonResult.PairedDifference d : result.differences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variant", d.variant());
            m.put("against", d.against());
            m.put("measure", d.measure().name());
            m.put("runs", d.runs());
            m.put("variant_share", d.variantShare());
            m.put("against_share", d.againstShare());
            m.put("difference", d.difference());
            m.put("variant_only", d.variantOnly());
            m.put("against_only", d.againstOnly());
            m.put("paired_lower", d.paired().lower());
            m.put("paired_upper", d.paired().upper());
            m.put("unpaired_lower", d.unpaired().lower());
            m.put("unpaired_upper", d.unpaired().upper());
            m.put("width_ratio", d.widthRatio());
            m.put("mcnemar_mid_p", d.mcNemarMidP());
            rows.add(m);
        }
        return rows;
    }

    /**
     * One row per design point and measure, points in design order: {@code point}, one column per
     * factor named by its parameter path (the point's value), then {@code runs, measure, count,
     * share, wilson_lower, wilson_upper} (Wilson at the sweep's confidence level). This long form
     * pivots directly into a table or a heat map.
     *
     * @param result a finished sweep
     * @return the rows, each a map from column name to value in column order
     */
    public static List<Map<String, Object>> points(SweepResult result) {
        Objects.requireNonNull(result, "result");
        List<Factor> factors = result.sweep().factors();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int p = 0; p < result.size(); p++) {
            double[] x = result.point(p);
            for (Measure measure : result.sweep().measures()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("point", p);
                for (int i = 0; i < factors.size(); i++) {
                    m.put(factors.get(i).path(), x[i]);
                }
                Interval w = result.wilson(p, measure);
                m.put("runs", result.runs());
                m.put("measure", measure.name());
                m.put("count", result.count(p, measure));
                m.put("share", result.share(p, measure));
                m.put("wilson_lower", w.lower());
                m.put("wilson_upper", w.upper());
                rows.add(m);
            }
        }
        return rows;
    }
}
