package org.offramp.design.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted classification tree: its nodes, its leaves as rules, and predictions.
 *
 * <pre>{@code
 * CartTree tree = Cart.builder().maxDepth(3).build().fit(table);
 * tree.rules().forEach(r -> System.out.println(r.text()));
 * // washington.restraint < 0.42 and punchInTheNose = true → WAR 61% (n = 412)
 * System.out.println(tree.toText());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CartTree {
    private final List<FactorSpec> factors;
    private final String outcomeName;
    private final List<CartNode> nodes;

    CartTree(List<FactorSpec> factors, String outcomeName, List<CartNode> nodes) {
        this.factors = List.copyOf(factors);
        this.outcomeName = outcomeName;
        this.nodes = List.copyOf(nodes);
    }

    /** {@return the factors the tree splits on, in column order} */
    public List<FactorSpec> factors() {
        return factors;
    }

    /** {@return the outcome's name} */
    public String outcomeName() {
        return outcomeName;
    }

    /** {@return the nodes, root first, each parent before its children} */
    public List<CartNode> nodes() {
        return nodes;
    }

    /** {@return the number of leaves} */
    public int leafCount() {
        int n = 0;
        for (CartNode node : nodes) {
            if (node.isLeaf()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The share of cases of interest in the leaf a row reaches.
     *
     * @param table a table with the tree's factors
     * @param row   the row index
     * @return the leaf's share
     * @throws IllegalArgumentException if the table's factors differ from the tree's
     */
    public double predict(DiscoveryTable table, int row) {
        Objects.requireNonNull(table, "table");
        if (!table.factors().equals(factors)) {
            throw new IllegalArgumentException("the table's factors differ from the tree's");
        }
        return nodes.get(leafOf(table, row)).share();
    }

    int leafOf(DiscoveryTable table, int row) {
        CartNode node = nodes.get(0);
        while (!node.isLeaf()) {
            node = nodes.get(goesLeft(node, table.value(node.factor(), row)) ? node.left() : node.right());
        }
        return node.id();
    }

    private boolean goesLeft(CartNode node, double value) {
        FactorSpec f = factors.get(node.factor());
        if (f.type().isNumeric()) {
            return value < node.threshold();
        }
        return node.leftLevels().contains(f.levels().get((int) value));
    }

    /**
     * The leaves as rules, in tree order (left before right).
     *
     * @return one rule per leaf
     */
    public List<CartRule> rules() {
        List<CartRule> rules = new ArrayList<>();
        collect(nodes.get(0), new LinkedHashMap<>(), rules);
        return List.copyOf(rules);
    }

    private void collect(CartNode node, Map<Integer, CartRule.Condition> path, List<CartRule> out) {
        if (node.isLeaf()) {
            out.add(new CartRule(node.id(), new ArrayList<>(path.values()), outcomeName, node.share(), node.rows()));
            return;
        }
        for (boolean left : new boolean[] {true, false}) {
            Map<Integer, CartRule.Condition> next = new LinkedHashMap<>(path);
            next.put(node.factor(), narrow(path.get(node.factor()), node, left));
            collect(nodes.get(left ? node.left() : node.right()), next, out);
        }
    }

    /** A factor's condition narrowed by one more split on it. */
    private CartRule.Condition narrow(CartRule.Condition current, CartNode node, boolean left) {
        int f = node.factor();
        FactorSpec spec = factors.get(f);
        if (spec.type().isNumeric()) {
            double lo = current == null ? Double.NEGATIVE_INFINITY : current.lower();
            double hi = current == null ? Double.POSITIVE_INFINITY : current.upper();
            if (left) {
                hi = Math.min(hi, node.threshold());
            } else {
                lo = Math.max(lo, node.threshold());
            }
            return new CartRule.Condition(f, spec, lo, hi, List.of());
        }
        List<String> allowed = new ArrayList<>();
        for (String level : current == null ? spec.levels() : current.levels()) {
            if (node.leftLevels().contains(level) == left) {
                allowed.add(level);
            }
        }
        return new CartRule.Condition(f, spec, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, allowed);
    }

    /**
     * The tree as indented text, one line per node: its split condition, rows and share.
     *
     * @return the text, ending with a line feed
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        CartNode root = nodes.get(0);
        sb.append("all cases: ").append(summary(root)).append('\n');
        append(sb, root);
        return sb.toString();
    }

    private void append(StringBuilder sb, CartNode node) {
        if (node.isLeaf()) {
            return;
        }
        for (boolean left : new boolean[] {true, false}) {
            CartNode child = nodes.get(left ? node.left() : node.right());
            sb.append("  ".repeat(child.depth())).append(narrow(null, node, left).text()).append(": ")
                    .append(summary(child)).append('\n');
            append(sb, child);
        }
    }

    private String summary(CartNode node) {
        return outcomeName + " " + Format.percent(node.share()) + " (n = " + node.rows() + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CartTree other && nodes.equals(other.nodes) && factors.equals(other.factors)
                && outcomeName.equals(other.outcomeName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodes, factors, outcomeName);
    }

    @Override
    public String toString() {
        return "CartTree[" + nodes.size() + " nodes, " + leafCount() + " leaves]";
    }
}
