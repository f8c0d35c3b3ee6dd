package org.offramp.design.discovery;

import java.util.List;
import java.util.Objects;

/**
 * One node of a {@link CartTree}: the rows that reach it and, unless it is a leaf, the split that
 * sends them left or right. Rows with {@code value < threshold} (numeric factors), or with a level
 * in {@code leftLevels} (boolean and categorical factors), go left.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the node's index in {@link CartTree#nodes()}; 0 is the root
 * @param depth      0 for the root
 * @param rows       the rows that reach the node
 * @param interest   the outcome summed over them
 * @param share      {@code interest / rows}: the share of cases of interest
 * @param gini       the Gini impurity {@code 2 share (1 - share)}
 * @param factor     the split factor's column index; -1 for a leaf
 * @param threshold  the numeric split point; NaN for a leaf or a level split
 * @param leftLevels the levels sent left by a level split; empty otherwise
 * @param left       the left child's id; -1 for a leaf
 * @param right      the right child's id; -1 for a leaf
 */
public record CartNode(int id, int depth, int rows, double interest, double share, double gini, int factor,
                       double threshold, List<String> leftLevels, int left, int right) {

    /**
     * Checks and copies the arguments.
     *
     * @param id         the node's index in {@link CartTree#nodes()}; 0 is the root
     * @param depth      0 for the root
     * @param rows       the rows that reach the node
     * @param interest   the outcome summed over them
     * @param share      {@code interest / rows}: the share of cases of interest
     * @param gini       the Gini impurity {@code 2 share (1 - share)}
     * @param factor     the split factor's column index; -1 for a leaf
     * @param threshold  the numeric split point; NaN for a leaf or a level split
     * @param leftLevels the levels sent left by a level split; empty otherwise
     * @param left       the left child's id; -1 for a leaf
     * @param right      the right child's id; -1 for a leaf
     * @throws NullPointerException if the levels are null
     */
    public CartNode {
        Objects.requireNonNull(leftLevels, "leftLevels");
        leftLevels = List.copyOf(leftLevels);
    }

    /** {@return whether the node has no split} */
    public boolean isLeaf() {
        return factor < 0;
    }
}
