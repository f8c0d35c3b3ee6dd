package org.offramp.design.discovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.offramp.io.AtomicFiles;

/**
 * The results of scenario discovery as CSV (every number in full, for further analysis) and
 * Markdown (rounded, for reading).
 *
 * <pre>{@code
 * DiscoveryTables.write(out, "prim-trajectory.csv", DiscoveryTables.trajectoryCsv(t));
 * DiscoveryTables.write(out, "prim-box.md", DiscoveryTables.inspectionMarkdown(t.inspect(chosen)));
 * }</pre>
 *
 * <p>CSV files have a header line, one record per line, and quote cells that hold commas; levels
 * of a categorical factor are joined by "|". Stateless and thread-safe.
 */
public final class DiscoveryTables {
    private DiscoveryTables() {
    }

    /**
     * Writes a table into a folder, atomically (a reader never sees half a file).
     *
     * @param folder the folder, created if missing
     * @param file   the file name
     * @param text   the content
     * @return the file written
     * @throws IOException if the file cannot be written
     */
    public static Path write(Path folder, String file, String text) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Files.createDirectories(folder);
        return AtomicFiles.writeString(folder.resolve(file), text);
    }

    // ---------------------------------------------------------------- PRIM

    /**
     * Every box of a trajectory: its statistics and, per factor, its limits (numeric factors:
     * {@code name.lower} and {@code name.upper}; others: {@code name.levels}).
     *
     * @param trajectory the trajectory
     * @return the CSV text
     */
    public static String trajectoryCsv(PrimTrajectory trajectory) {
        Objects.requireNonNull(trajectory, "trajectory");
        List<FactorSpec> factors = trajectory.table().factors();
        List<String> header = new ArrayList<>(List.of("box", "phase", "rows", "interest", "coverage", "density", "mass",
                "restricted", "conditions"));
        for (FactorSpec f : factors) {
            if (f.type().isNumeric()) {
                header.add(f.name() + ".lower");
                header.add(f.name() + ".upper");
            } else {
                header.add(f.name() + ".levels");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (PrimStep s : trajectory.steps()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(s.index()), s.phase().name(),
                    Integer.toString(s.rows()), Format.csv(s.interest()), Format.csv(s.coverage()),
                    Format.csv(s.density()), Format.csv(s.mass()), Integer.toString(s.restricted()),
                    s.box().describe()));
            for (int f = 0; f < factors.size(); f++) {
                if (factors.get(f).type().isNumeric()) {
                    row.add(Format.csv(s.box().lower(f)));
                    row.add(Format.csv(s.box().upper(f)));
                } else {
                    row.add(String.join("|", s.box().levels(f)));
                }
            }
            rows.add(row);
        }
        return Format.csvTable(header, rows);
    }

    /**
     * The trajectory for reading: one line per box, the selected one marked.
     *
     * @param trajectory the trajectory
     * @param selected   the selected box, or -1 for none
     * @return the Markdown text
     */
    public static String trajectoryMarkdown(PrimTrajectory trajectory, int selected) {
        Objects.requireNonNull(trajectory, "trajectory");
        List<List<String>> rows = new ArrayList<>();
        for (PrimStep s : trajectory.steps()) {
            rows.add(List.of((s.index() == selected ? "**" + s.index() + "**" : Integer.toString(s.index())),
                    s.phase().name().toLowerCase(java.util.Locale.ROOT), Format.percent(s.coverage()),
                    Format.percent(s.density()), Format.percent(s.mass()), Integer.toString(s.rows()),
                    Integer.toString(s.restricted()), s.box().describe()));
        }
        String outcome = trajectory.table().outcomeName();
        return "PRIM trajectory for " + outcome + ": coverage is the share of all " + outcome
                + " cases inside the box, density the share of " + outcome + " within it"
                + (selected >= 0 ? "; the selected box is in bold" : "") + ".\n\n"
                + Format.markdownTable(List.of("box", "phase", "coverage", "density", "mass", "rows", "restricted",
                "conditions"), rows, 1, 7);
    }

    /**
     * A selected box's restricted factors: limits and quasi-p-values.
     *
     * @param box the inspected box
     * @return the CSV text
     */
    public static String inspectionCsv(BoxInspection box) {
        Objects.requireNonNull(box, "box");
        List<List<String>> rows = new ArrayList<>();
        for (DimensionLimit d : box.limits()) {
            boolean numeric = d.factor().type().isNumeric();
            rows.add(List.of(d.factor().name(), d.factor().type().name(), numeric ? Format.csv(d.lower()) : "",
                    numeric ? Format.csv(d.upper()) : "", String.join("|", d.levels()), Format.csv(d.qpLower()),
                    Format.csv(d.qpUpper()), d.condition()));
        }
        return Format.csvTable(List.of("factor", "type", "lower", "upper", "levels", "qp_lower", "qp_upper",
                "condition"), rows);
    }

    /**
     * A selected box for reading: its statistics, then its restrictions, most significant first.
     *
     * @param box the inspected box
     * @return the Markdown text
     */
    public static String inspectionMarkdown(BoxInspection box) {
        Objects.requireNonNull(box, "box");
        PrimStep s = box.step();
        List<List<String>> rows = new ArrayList<>();
        for (DimensionLimit d : box.limits()) {
            rows.add(List.of(d.factor().name(), d.condition(), Format.pValue(d.qpLower()), Format.pValue(d.qpUpper())));
        }
        return "Box " + s.index() + ": coverage " + Format.percent(s.coverage()) + ", density "
                + Format.percent(s.density()) + ", mass " + Format.percent(s.mass()) + " (" + s.rows() + " rows), "
                + s.restricted() + (s.restricted() == 1 ? " restricted factor.\n\n" : " restricted factors.\n\n")
                + Format.markdownTable(List.of("factor", "restriction", "qp (lower or levels)", "qp (upper)"), rows, 1)
                + "\nqp: quasi-p-value, the one-sided binomial test of the box against the box without that"
                + " restriction (Bryant and Lempert 2010); \"-\" where the side is not restricted.\n";
    }

    /**
     * The boxes found by covering, one line each.
     *
     * @param covering the covering
     * @return the CSV text
     */
    public static String coveringCsv(PrimCovering covering) {
        Objects.requireNonNull(covering, "covering");
        List<List<String>> rows = new ArrayList<>();
        double cumulative = 0;
        for (PrimCovering.CoveredBox b : covering.boxes()) {
            PrimStep s = b.step();
            cumulative += s.coverage();
            rows.add(List.of(Integer.toString(b.number()), Integer.toString(b.selected()), Integer.toString(s.rows()),
                    Format.csv(s.coverage()), Format.csv(s.density()), Format.csv(s.mass()),
                    Format.csv(Math.min(1, cumulative)), Integer.toString(s.restricted()), s.box().describe()));
        }
        return Format.csvTable(List.of("box", "trajectory_index", "rows", "coverage", "density", "mass",
                "cumulative_coverage", "restricted", "conditions"), rows);
    }

    /**
     * The boxes found by covering, for reading, with why covering stopped.
     *
     * @param covering the covering
     * @return the Markdown text
     */
    public static String coveringMarkdown(PrimCovering covering) {
        Objects.requireNonNull(covering, "covering");
        List<List<String>> rows = new ArrayList<>();
        double cumulative = 0;
        for (PrimCovering.CoveredBox b : covering.boxes()) {
            PrimStep s = b.step();
            cumulative += s.coverage();
            rows.add(List.of(Integer.toString(b.number()), Format.percent(s.coverage()), Format.percent(s.density()),
                    Format.percent(s.mass()), Format.percent(Math.min(1, cumulative)), s.box().describe()));
        }
        String why = switch (covering.stop()) {
            case MAX_BOXES -> "the requested number of boxes was found";
            case BELOW_THRESHOLD -> "the next box was less dense than the threshold "
                    + Format.percent(covering.threshold());
            case NO_INTEREST_LEFT -> "no case of interest was left outside the boxes";
            case NO_ROWS_LEFT -> "no row was left outside the boxes";
        };
        return Format.markdownTable(List.of("box", "coverage", "density", "mass", "cumulative coverage", "conditions"),
                rows, 5) + "\nCovering stopped because " + why + ".\n";
    }

    /**
     * Resampling stability, one line per factor, most stable first.
     *
     * @param stability the scores
     * @return the CSV text
     */
    public static String stabilityCsv(PrimStability stability) {
        Objects.requireNonNull(stability, "stability");
        List<List<String>> rows = new ArrayList<>();
        double[] c = stability.reproduceCoverage();
        double[] d = stability.reproduceDensity();
        boolean[] r = stability.restricted();
        for (int f : stability.order()) {
            rows.add(List.of(stability.factors().get(f).name(), Boolean.toString(r[f]), Format.csv(c[f]),
                    Format.csv(d[f])));
        }
        return Format.csvTable(List.of("factor", "restricted_in_box", "reproduce_coverage", "reproduce_density"), rows);
    }

    /**
     * Resampling stability for reading.
     *
     * @param stability the scores
     * @return the Markdown text
     */
    public static String stabilityMarkdown(PrimStability stability) {
        Objects.requireNonNull(stability, "stability");
        List<List<String>> rows = new ArrayList<>();
        double[] c = stability.reproduceCoverage();
        double[] d = stability.reproduceDensity();
        boolean[] r = stability.restricted();
        for (int f : stability.order()) {
            rows.add(List.of(stability.factors().get(f).name(), r[f] ? "yes" : "no", Format.percent(c[f]),
                    Format.percent(d[f])));
        }
        return "Share of " + stability.resamples() + " resamples (each " + Format.percent(stability.fraction())
                + " of the rows, seed " + stability.seed() + ") whose box nearest in coverage, or in density,"
                + " restricts the factor.\n\n"
                + Format.markdownTable(List.of("factor", "in the box", "reproduced (coverage)", "reproduced (density)"),
                rows);
    }

    // ---------------------------------------------------------------- CART and RSA

    /**
     * The leaves of a tree as rules.
     *
     * @param tree the tree
     * @return the CSV text
     */
    public static String cartRulesCsv(CartTree tree) {
        Objects.requireNonNull(tree, "tree");
        List<List<String>> rows = new ArrayList<>();
        for (CartRule r : tree.rules()) {
            rows.add(List.of(Integer.toString(r.leaf()), r.conditionText(), Format.csv(r.share()),
                    Integer.toString(r.rows())));
        }
        return Format.csvTable(List.of("leaf", "conditions", "share", "rows"), rows);
    }

    /**
     * The leaves of a tree as rules for reading, highest share of the outcome first.
     *
     * @param tree the tree
     * @return the Markdown text
     */
    public static String cartRulesMarkdown(CartTree tree) {
        Objects.requireNonNull(tree, "tree");
        List<CartRule> rules = new ArrayList<>(tree.rules());
        rules.sort((a, b) -> {
            int c = Double.compare(b.share(), a.share());
            return c != 0 ? c : Integer.compare(b.rows(), a.rows());
        });
        List<List<String>> rows = new ArrayList<>();
        for (CartRule r : rules) {
            rows.add(List.of(r.conditionText(), Format.percent(r.share()), Integer.toString(r.rows())));
        }
        return Format.markdownTable(List.of("conditions", tree.outcomeName() + " share", "rows"), rows);
    }

    /**
     * Regional sensitivity, one line per factor, largest distance first.
     *
     * @param rsa the result
     * @return the CSV text
     */
    public static String rsaCsv(RsaResult rsa) {
        Objects.requireNonNull(rsa, "rsa");
        List<List<String>> rows = new ArrayList<>();
        for (RsaResult.Row r : rsa.rows()) {
            rows.add(List.of(r.factor().name(), r.method().name(), Format.csv(r.distance()), Format.csv(r.pValue()),
                    Format.csv(r.meanWith()), Format.csv(r.meanWithout())));
        }
        return Format.csvTable(List.of("factor", "method", "distance", "p_value", "mean_with", "mean_without"), rows);
    }

    /**
     * Regional sensitivity for reading.
     *
     * @param rsa the result
     * @return the Markdown text
     */
    public static String rsaMarkdown(RsaResult rsa) {
        Objects.requireNonNull(rsa, "rsa");
        List<List<String>> rows = new ArrayList<>();
        for (RsaResult.Row r : rsa.rows()) {
            boolean ks = r.method() == RsaResult.Method.KOLMOGOROV_SMIRNOV;
            rows.add(List.of(r.factor().name(), Format.number(r.distance()), ks ? "KS" : "TV",
                    Format.pValue(r.pValue()), ks ? Format.number(r.meanWith()) : "-",
                    ks ? Format.number(r.meanWithout()) : "-"));
        }
        return "Runs with " + rsa.outcomeName() + ": " + rsa.withCount() + "; without: " + rsa.withoutCount()
                + ". Distance: Kolmogorov-Smirnov (KS) for numbers, total variation (TV) for levels.\n\n"
                + Format.markdownTable(List.of("factor", "distance", "measure", "p-value", "mean with",
                "mean without"), rows);
    }
}
