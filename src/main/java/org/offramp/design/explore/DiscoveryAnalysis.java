package org.offramp.design.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.offramp.design.discovery.BoxInspection;
import org.offramp.design.discovery.Cart;
import org.offramp.design.discovery.CartRule;
import org.offramp.design.discovery.CartTree;
import org.offramp.design.discovery.DimensionLimit;
import org.offramp.design.discovery.DiscoveryTable;
import org.offramp.design.discovery.DiscoveryTables;
import org.offramp.design.discovery.FactorSpec;
import org.offramp.design.discovery.Prim;
import org.offramp.design.discovery.PrimCovering;
import org.offramp.design.discovery.PrimReport;
import org.offramp.design.discovery.PrimStability;
import org.offramp.design.discovery.PrimStep;
import org.offramp.design.discovery.PrimTrajectory;
import org.offramp.design.discovery.RegionalSensitivity;
import org.offramp.design.discovery.RsaResult;

/**
 * One scenario discovery on one table: PRIM's trajectory and the chosen box with its quasi-p-values,
 * the boxes covering finds, the chosen box's resampling stability, and, when asked for, a
 * classification tree and regional sensitivity. {@link #write(Path, String)} writes all of it.
 *
 * <pre>{@code
 * DiscoveryTable table = runs.perRun(war);
 * DiscoveryAnalysis a = DiscoveryAnalysis.of(table, DiscoveryOptions.defaults().withDensity(0.5), 42);
 * a.box();                        // limits and quasi-p-values of the chosen box
 * System.out.println(a.markdown());
 * a.write(Path.of("results/discover-war"), "400 points x 25 runs · master seed 42");
 * }</pre>
 *
 * <p>Deterministic: the same table, options and seed give the same result and the same files.
 * Immutable and thread-safe.
 */
public final class DiscoveryAnalysis {
    /** The share of the rows in each stability resample, as in the EMA Workbench. */
    public static final double RESAMPLE_FRACTION = 0.5;

    private final DiscoveryTable table;
    private final DiscoveryOptions options;
    private final long seed;
    private final PrimTrajectory trajectory;
    private final int selected;
    private final boolean densityReached;
    private final PrimCovering covering;
    private final PrimStability stability;
    private final CartTree cart;
    private final RsaResult rsa;

    private DiscoveryAnalysis(DiscoveryTable table, DiscoveryOptions options, long seed) {
        this.table = table;
        this.options = options;
        this.seed = seed;
        Prim prim = Prim.builder().peelAlpha(options.peelAlpha()).pasteAlpha(options.pasteAlpha())
                .massMin(options.massMin()).threshold(options.density()).build();
        this.trajectory = prim.find(table);
        this.selected = options.selector().select(trajectory);
        this.densityReached = trajectory.step(selected).density() >= options.density();
        this.covering = prim.cover(table, options.boxes(), options.selector());
        this.stability = options.resamples() == 0 ? null
                : prim.stability(trajectory, selected, options.resamples(), RESAMPLE_FRACTION, seed);
        this.cart = options.cart() ? Cart.builder().maxDepth(options.cartMaxDepth())
                .minLeafShare(options.cartMinLeafShare()).build().fit(table) : null;
        this.rsa = options.rsa() ? RegionalSensitivity.analyze(table) : null;
    }

    /**
     * Analyses a table.
     *
     * @param table   the rows: one per run (binary outcome) or per design point (shares)
     * @param options the options
     * @param seed    the seed of the stability resamples
     * @return the analysis
     * @throws IllegalArgumentException if the table has no case of interest, so there is nothing to find
     */
    public static DiscoveryAnalysis of(DiscoveryTable table, DiscoveryOptions options, long seed) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        if (table.interestTotal() == 0) {
            throw new IllegalArgumentException("no row of the table has " + table.outcomeName() + " (0 of "
                    + table.rows() + "), so there is no region to find; allowed: a measure that some runs have");
        }
        return new DiscoveryAnalysis(table, options, seed);
    }

    /** {@return the analysed table} */
    public DiscoveryTable table() {
        return table;
    }

    /** {@return the options the table was analysed with} */
    public DiscoveryOptions options() {
        return options;
    }

    /** {@return the seed of the stability resamples} */
    public long seed() {
        return seed;
    }

    /** {@return PRIM's trajectory} */
    public PrimTrajectory trajectory() {
        return trajectory;
    }

    /** {@return the index of the chosen box on the trajectory} */
    public int selected() {
        return selected;
    }

    /** {@return the chosen box with its limits and quasi-p-values} */
    public BoxInspection box() {
        return trajectory.inspect(selected);
    }

    /** {@return whether the chosen box is at least {@link DiscoveryOptions#density()} dense} */
    public boolean densityReached() {
        return densityReached;
    }

    /** {@return the boxes covering found} */
    public PrimCovering covering() {
        return covering;
    }

    /** {@return the chosen box's resampling stability, or null with no resamples} */
    public PrimStability stability() {
        return stability;
    }

    /** {@return the classification tree, or null when not asked for} */
    public CartTree cart() {
        return cart;
    }

    /** {@return the regional sensitivity, or null when not asked for} */
    public RsaResult rsa() {
        return rsa;
    }

    /**
     * How the box was chosen, in words, saying so when no box was dense enough.
     *
     * @return e.g. "the widest box at least 50.0% dense"
     */
    public String choice() {
        String how = options.box().describe(options.density());
        if (options.box().kind() == DiscoveryOptions.BoxChoice.Kind.DENSITY && !densityReached) {
            return how + ": none is, so the last box of the trajectory";
        }
        return how;
    }

    /**
     * The summary for reading: the data, the chosen box and its restrictions with quasi-p-values and
     * stability, the covering boxes, and the CART rules and RSA distances when present.
     *
     * @return the Markdown text
     */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        String y = table.outcomeName();
        PrimStep s = trajectory.step(selected);
        BoxInspection box = box();
        if (table.isBinary()) {
            sb.append(String.format(Locale.ROOT, "%s in %,d of %,d runs (%.1f%%).", y, Math.round(table.interestTotal()),
                    table.rows(), 100 * table.interestTotal() / table.rows()));
        } else {
            sb.append(String.format(Locale.ROOT, "%s: mean share %.1f%% over %,d design points.", y,
                    100 * table.interestTotal() / table.rows(), table.rows()));
        }
        sb.append(String.format(Locale.ROOT, " Box %d of %d (%s): coverage %.1f%%, density %.1f%%, mass %.1f%%, %,d %s.%n%n",
                s.index(), trajectory.size() - 1, choice(), 100 * s.coverage(), 100 * s.density(), 100 * s.mass(),
                s.rows(), table.isBinary() ? "runs" : "points"));
        List<String> header = new ArrayList<>(List.of("factor", "declared range", "box", "qp lower", "qp upper"));
        if (stability != null) {
            header.add("resamples");
        }
        List<List<String>> rows = new ArrayList<>();
        for (DimensionLimit d : box.limits()) {
            List<String> row = new ArrayList<>(List.of("`" + d.factor().name() + "`", range(d.factor()), d.condition(),
                    pValue(d.qpLower()), pValue(d.qpUpper())));
            if (stability != null) {
                row.add(String.format(Locale.ROOT, "%.0f%%", 100 * stability.reproduceCoverage()[d.factorIndex()]));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            sb.append("The box restricts no factor: PRIM found no region denser than the whole space.\n");
        } else {
            sb.append(table(header, rows));
        }
        sb.append("\nqp: quasi-p-value of the restriction (Bryant and Lempert 2010), the one-sided binomial test of the box"
                + " against the box without that side");
        sb.append(table.isBinary() ? "" : " (not defined for shares: \"-\")");
        if (stability != null) {
            sb.append(String.format(Locale.ROOT, "; resamples: share of %d resamples of half the %s whose box nearest"
                    + " in coverage restricts the factor", stability.resamples(), table.isBinary() ? "runs" : "points"));
        }
        sb.append(".\n");
        if (!covering.boxes().isEmpty()) {
            sb.append("\nCovering (each box found on the rows outside the boxes before it):\n\n");
            List<List<String>> cov = new ArrayList<>();
            for (PrimCovering.CoveredBox b : covering.boxes()) {
                PrimStep c = b.step();
                cov.add(List.of(Integer.toString(b.number()), pct(c.coverage()), pct(c.density()), pct(c.mass()),
                        c.box().describe().replace("|", "\\|")));
            }
            sb.append(table(List.of("box", "coverage", "density", "mass", "conditions"), cov));
        }
        if (cart != null) {
            List<CartRule> rules = new ArrayList<>(cart.rules());
            rules.sort((a, b) -> a.share() != b.share() ? Double.compare(b.share(), a.share())
                    : Integer.compare(b.rows(), a.rows()));
            sb.append(String.format(Locale.ROOT, "%nCART (depth at most %d): the %d leaves, highest %s share first:%n%n",
                    options.cartMaxDepth(), rules.size(), y));
            List<List<String>> leaves = new ArrayList<>();
            for (CartRule r : rules) {
                leaves.add(List.of(r.conditionText().replace("|", "\\|"), pct(r.share()), String.format(Locale.ROOT,
                        "%,d", r.rows())));
            }
            sb.append(table(List.of("rule", y + " share", "rows"), leaves));
        }
        if (rsa != null) {
            sb.append(String.format(Locale.ROOT, "%nRegional sensitivity (%,d rows with %s against %,d without):%n%n",
                    rsa.withCount(), y, rsa.withoutCount()));
            List<List<String>> r = new ArrayList<>();
            for (RsaResult.Row row : rsa.rows()) {
                boolean ks = row.method() == RsaResult.Method.KOLMOGOROV_SMIRNOV;
                r.add(List.of("`" + row.factor().name() + "`", String.format(Locale.ROOT, "%.3f", row.distance()),
                        ks ? "KS" : "TV", pValue(row.pValue()), ks ? num(row.meanWith()) : "-",
                        ks ? num(row.meanWithout()) : "-"));
            }
            sb.append(table(List.of("factor", "distance", "test", "p-value", "mean with", "mean without"), r));
        }
        return sb.toString();
    }

    /**
     * Writes every table and chart into a folder (created if missing), each file atomically:
     * {@code prim-trajectory.csv/.md}, {@code prim-box.csv/.md}, {@code prim-tradeoff.png/.svg},
     * {@code prim-box-limits.png/.svg} and {@code prim-pairs.png/.svg} (when the box restricts a
     * factor), {@code prim-stability.csv/.md} (with resamples), {@code prim-covering.csv/.md},
     * {@code cart.csv/.md} and {@code rsa.csv/.md} (when asked for) and {@code discovery.md} (the
     * summary of {@link #markdown()}).
     *
     * @param folder   the folder
     * @param subtitle the charts' provenance line
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public List<Path> write(Path folder, String subtitle) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(subtitle, "subtitle");
        List<Path> files = new ArrayList<>(PrimReport.write(trajectory, selected, stability, subtitle, folder));
        files.add(DiscoveryTables.write(folder, "prim-covering.csv", DiscoveryTables.coveringCsv(covering)));
        files.add(DiscoveryTables.write(folder, "prim-covering.md", DiscoveryTables.coveringMarkdown(covering)));
        if (cart != null) {
            files.add(DiscoveryTables.write(folder, "cart.csv", DiscoveryTables.cartRulesCsv(cart)));
            files.add(DiscoveryTables.write(folder, "cart.md", "Classification tree for " + table.outcomeName()
                    + " (depth at most " + options.cartMaxDepth() + ", leaves of at least "
                    + pct(options.cartMinLeafShare()) + " of the rows):\n\n" + DiscoveryTables.cartRulesMarkdown(cart)
                    + "\n```\n" + cart.toText() + "```\n"));
        }
        if (rsa != null) {
            files.add(DiscoveryTables.write(folder, "rsa.csv", DiscoveryTables.rsaCsv(rsa)));
            files.add(DiscoveryTables.write(folder, "rsa.md", DiscoveryTables.rsaMarkdown(rsa)));
        }
        return files;
    }

    private static String range(FactorSpec f) {
        return switch (f.type()) {
            case REAL, INTEGER -> "[" + num(f.lower()) + ", " + num(f.upper()) + "]";
            default -> "{" + String.join(", ", f.levels()) + "}";
        };
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            sb.append(i == 0 ? "---|" : "---:|");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return sb.toString();
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        if (p < 1e-10) {
            return "< 1e-10";
        }
        return new java.math.BigDecimal(p).round(new java.math.MathContext(2)).stripTrailingZeros().toString()
                .replace("E", "e");
    }
}
