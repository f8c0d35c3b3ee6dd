package org.offramp.design.discovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.discovery.BoxLimitsData;
import org.offramp.output.chart.discovery.PairsData;
import org.offramp.output.chart.discovery.PrimCharts;
import org.offramp.output.chart.discovery.TradeoffData;

/**
 * Turns PRIM results into the plain data of {@link PrimCharts} and writes the charts: the
 * coverage–density trade-off, the selected box's limits, and the pairs scatter of its restricted
 * factors.
 *
 * <pre>{@code
 * PrimTrajectory t = prim.find(table);
 * int chosen = BoxSelector.maxCoverage(0.8).select(t);
 * DiscoveryCharts.tradeoff(t, chosen, "1,000 runs · seed 42", out, "prim-tradeoff");
 * DiscoveryCharts.boxLimits(t.inspect(chosen), "", out, "prim-box");
 * DiscoveryCharts.pairs(t, chosen, "", out, "prim-pairs");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class DiscoveryCharts {
    private DiscoveryCharts() {
    }

    /**
     * The trade-off chart's data.
     *
     * @param trajectory the trajectory
     * @param selected   the selected box's index, or -1 for none
     * @return the data
     * @throws IllegalArgumentException if the index is out of range
     */
    public static TradeoffData tradeoffData(PrimTrajectory trajectory, int selected) {
        Objects.requireNonNull(trajectory, "trajectory");
        int n = trajectory.size();
        double[] coverage = new double[n];
        double[] density = new double[n];
        int[] restricted = new int[n];
        for (int i = 0; i < n; i++) {
            PrimStep s = trajectory.step(i);
            coverage[i] = Math.min(1.0, s.coverage());
            density[i] = Math.min(1.0, s.density());
            restricted[i] = s.restricted();
        }
        String outcome = trajectory.table().outcomeName();
        return new TradeoffData(coverage, density, restricted, selected, outcome,
                "PRIM: where " + outcome + " is dense, coverage against density");
    }

    /**
     * The box-limits chart's data: one row per restricted factor, most significant first.
     *
     * @param box the inspected box
     * @return the data
     * @throws IllegalArgumentException if the box restricts no factor
     */
    public static BoxLimitsData boxLimitsData(BoxInspection box) {
        Objects.requireNonNull(box, "box");
        if (box.limits().isEmpty()) {
            throw new IllegalArgumentException("box " + box.step().index() + " restricts no factor: there are no"
                    + " limits to draw");
        }
        Box b = box.step().box();
        List<BoxLimitsData.Row> rows = new ArrayList<>();
        for (DimensionLimit d : box.limits()) {
            FactorSpec f = d.factor();
            String qp = Double.isNaN(d.qpLower()) && Double.isNaN(d.qpUpper()) ? ""
                    : " (qp " + qpText(d) + ")";
            String label = f.name() + qp;
            if (f.type().isNumeric()) {
                double span = f.upper() - f.lower();
                rows.add(new BoxLimitsData.Row(label, clamp((d.lower() - f.lower()) / span),
                        clamp((d.upper() - f.lower()) / span),
                        b.restrictsLower(d.factorIndex()) ? Format.number(d.lower()) : "",
                        b.restrictsUpper(d.factorIndex()) ? Format.number(d.upper()) : "",
                        Format.number(f.lower()), Format.number(f.upper()), List.of(), List.of()));
            } else {
                List<Boolean> in = new ArrayList<>();
                for (int l = 0; l < f.levelCount(); l++) {
                    in.add(b.hasLevel(d.factorIndex(), l));
                }
                rows.add(new BoxLimitsData.Row(label, 0, 1, "", "", "", "", f.levels(), in));
            }
        }
        PrimStep s = box.step();
        String stats = "coverage " + Format.percent(s.coverage()) + " \u00b7 density " + Format.percent(s.density())
                + " \u00b7 mass " + Format.percent(s.mass()) + " \u00b7 " + s.rows() + " rows \u00b7 "
                + s.restricted() + " restricted";
        // The rows show every limit; the title only names the box.
        return new BoxLimitsData(rows, stats, "PRIM box " + s.index() + ": its limits on the declared ranges");
    }

    private static String qpText(DimensionLimit d) {
        if (Double.isNaN(d.qpUpper())) {
            return Format.pValue(d.qpLower());
        }
        if (Double.isNaN(d.qpLower())) {
            return Format.pValue(d.qpUpper());
        }
        return Format.pValue(d.qpLower()) + ", " + Format.pValue(d.qpUpper());
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /**
     * The pairs scatter's data: the rows the search started from, on the selected box's restricted
     * factors (most significant first). Rows with the same values on every factor (the runs of one
     * design point) are drawn as one, in the order they first appear, with their mean outcome as
     * its share; a table of shares (one row per design point) gives its rows' shares. Only a table of
     * distinct rows whose outcome is 0 or 1 is drawn case by case.
     *
     * @param trajectory the trajectory
     * @param selected   the selected box's index
     * @return the data
     * @throws IllegalArgumentException if the box restricts no factor or the index is out of range
     */
    public static PairsData pairsData(PrimTrajectory trajectory, int selected) {
        Objects.requireNonNull(trajectory, "trajectory");
        if (selected < 0 || selected >= trajectory.size()) {
            throw new IllegalArgumentException("selected must be in [0, " + trajectory.size() + "), but was " + selected);
        }
        BoxInspection box = trajectory.inspect(selected);
        if (box.limits().isEmpty()) {
            throw new IllegalArgumentException("box " + selected + " restricts no factor: there is nothing to scatter");
        }
        DiscoveryTable table = trajectory.table();
        int[] base = trajectory.baseRows();
        // One dot per distinct combination of factor values: its first row, and the sum and count of outcomes.
        Map<List<Double>, Integer> seen = new LinkedHashMap<>();
        List<Integer> first = new ArrayList<>();
        List<double[]> sums = new ArrayList<>();
        for (int r : base) {
            List<Double> key = new ArrayList<>(table.factorCount());
            for (int f = 0; f < table.factorCount(); f++) {
                key.add(table.value(f, r));
            }
            Integer g = seen.get(key);
            if (g == null) {
                g = first.size();
                seen.put(key, g);
                first.add(r);
                sums.add(new double[2]);
            }
            sums.get(g)[0] += table.outcome(r);
            sums.get(g)[1]++;
        }
        boolean graded = !table.isBinary() || first.size() < base.length;
        int[] rows = first.stream().mapToInt(Integer::intValue).toArray();
        Box b = box.step().box();
        List<PairsData.Dimension> dims = new ArrayList<>();
        for (DimensionLimit d : box.limits()) {
            int f = d.factorIndex();
            FactorSpec spec = d.factor();
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                values[i] = table.value(f, rows[i]);
            }
            List<double[]> intervals = new ArrayList<>();
            if (spec.type().isNumeric()) {
                intervals.add(new double[] {b.lower(f), b.upper(f)});
                dims.add(new PairsData.Dimension(spec.name(), spec.lower(), spec.upper(), List.of(), values, intervals));
            } else {
                for (int l = 0; l < spec.levelCount(); l++) {
                    if (b.hasLevel(f, l)) {
                        intervals.add(new double[] {l - 0.4, l + 0.4});
                    }
                }
                dims.add(new PairsData.Dimension(spec.name(), -0.5, spec.levelCount() - 0.5, spec.levels(), values,
                        intervals));
            }
        }
        boolean[] interest = new boolean[rows.length];
        double[] shares = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            shares[i] = Math.min(1, sums.get(i)[0] / sums.get(i)[1]);
            interest[i] = shares[i] >= 0.5;
        }
        return new PairsData(dims, interest, table.outcomeName(), "Box " + selected + " over its restricted factors",
                graded ? shares : null);
    }

    /**
     * Writes the trade-off chart.
     *
     * @param trajectory the trajectory
     * @param selected   the selected box's index, or -1 for none
     * @param subtitle   the provenance line; empty for none
     * @param folder     the folder, created if missing
     * @param name       the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles tradeoff(PrimTrajectory trajectory, int selected, String subtitle, Path folder,
                                      String name) throws IOException {
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        return PrimCharts.tradeoff(tradeoffData(trajectory, selected), subtitle, folder, name);
    }

    /**
     * Writes the box-limits chart.
     *
     * @param box      the inspected box
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles boxLimits(BoxInspection box, String subtitle, Path folder, String name)
            throws IOException {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        return PrimCharts.boxLimits(boxLimitsData(box), subtitle, folder, name);
    }

    /**
     * Writes the pairs scatter.
     *
     * @param trajectory the trajectory
     * @param selected   the selected box's index
     * @param subtitle   the provenance line; empty for none
     * @param folder     the folder, created if missing
     * @param name       the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles pairs(PrimTrajectory trajectory, int selected, String subtitle, Path folder, String name)
            throws IOException {
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        return PrimCharts.pairs(pairsData(trajectory, selected), subtitle, folder, name);
    }
}
