package org.offramp.design.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The input of scenario discovery: one row per model evaluation (a run, or a design point), with a
 * column per factor and one outcome column. The outcome is either whether the case is of interest
 * (1 or 0, e.g. whether the run ended in WAR) or a share in [0, 1] (e.g. the share of a design
 * point's runs that ended in WAR); {@link #isBinary()} tells which.
 *
 * <pre>{@code
 * DiscoveryTable table = DiscoveryTable.builder()
 *         .factor(FactorSpec.real("washington.restraint", 0, 1), restraint)      // double[]
 *         .factor(FactorSpec.bool("punchInTheNose"), punch)                       // boolean[]
 *         .factor(FactorSpec.categorical("policy", List.of("a", "b", "c")), policy) // String[]
 *         .outcome("WAR", war)                                                    // boolean[]
 *         .build();
 * }</pre>
 *
 * <p>Every value is checked against its factor's declared type and range when the table is built.
 * Immutable and thread-safe: arrays are copied in and out.
 */
public final class DiscoveryTable {
    private final List<FactorSpec> factors;
    private final double[][] columns;
    private final double[] outcome;
    private final String outcomeName;
    private final boolean binary;
    private final double interest;

    private DiscoveryTable(List<FactorSpec> factors, double[][] columns, double[] outcome, String outcomeName) {
        this.factors = List.copyOf(factors);
        this.columns = columns;
        this.outcome = outcome;
        this.outcomeName = outcomeName;
        boolean b = true;
        double sum = 0;
        for (double y : outcome) {
            b &= y == 0 || y == 1;
            sum += y;
        }
        this.binary = b;
        this.interest = sum;
    }

    /**
     * A builder of a table.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the number of rows} */
    public int rows() {
        return outcome.length;
    }

    /** {@return the number of factors} */
    public int factorCount() {
        return factors.size();
    }

    /** {@return the factors, in column order} */
    public List<FactorSpec> factors() {
        return factors;
    }

    /**
     * One factor.
     *
     * @param index the column index
     * @return the factor
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public FactorSpec factor(int index) {
        return factors.get(index);
    }

    /**
     * The column index of a factor.
     *
     * @param name the factor's name
     * @return its index
     * @throws IllegalArgumentException if no factor has that name
     */
    public int indexOf(String name) {
        Objects.requireNonNull(name, "name");
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).name().equals(name)) {
                return i;
            }
        }
        List<String> names = new ArrayList<>();
        factors.forEach(f -> names.add(f.name()));
        throw new IllegalArgumentException("no factor is named \"" + name + "\"; the factors are " + names);
    }

    /**
     * One value.
     *
     * @param factor the column index
     * @param row    the row index
     * @return the value (a level index for a boolean or categorical factor)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double value(int factor, int row) {
        return columns[factor][row];
    }

    /**
     * A factor's column.
     *
     * @param factor the column index
     * @return a copy of its values, one per row
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double[] column(int factor) {
        return columns[factor].clone();
    }

    /** {@return the outcome's name, e.g. "WAR"} */
    public String outcomeName() {
        return outcomeName;
    }

    /**
     * One row's outcome.
     *
     * @param row the row index
     * @return the outcome, in [0, 1]
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double outcome(int row) {
        return outcome[row];
    }

    /** {@return the outcome column, a copy} */
    public double[] outcome() {
        return outcome.clone();
    }

    /** {@return whether every outcome is 0 or 1, so that rows are cases of interest or not} */
    public boolean isBinary() {
        return binary;
    }

    /** {@return the sum of the outcome over all rows: the number of cases of interest when binary} */
    public double interestTotal() {
        return interest;
    }

    /**
     * The table of some of the rows, in the order given.
     *
     * @param rowIndices the rows to keep, each in [0, rows()); at least one
     * @return the smaller table
     * @throws IllegalArgumentException if the list is empty or an index is out of range
     */
    public DiscoveryTable select(int[] rowIndices) {
        Objects.requireNonNull(rowIndices, "rowIndices");
        if (rowIndices.length == 0) {
            throw new IllegalArgumentException("rowIndices must hold at least one row, but was empty");
        }
        double[][] cols = new double[columns.length][rowIndices.length];
        double[] y = new double[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            int r = rowIndices[i];
            if (r < 0 || r >= rows()) {
                throw new IllegalArgumentException("rowIndices[" + i + "] must be in [0, " + rows() + "), but was " + r);
            }
            for (int f = 0; f < columns.length; f++) {
                cols[f][i] = columns[f][r];
            }
            y[i] = outcome[r];
        }
        return new DiscoveryTable(factors, cols, y, outcomeName);
    }

    /** The raw column, not copied: for the algorithms of this package, which only read it. */
    double[] columnView(int factor) {
        return columns[factor];
    }

    /** The raw outcome, not copied. */
    double[] outcomeView() {
        return outcome;
    }

    @Override
    public String toString() {
        return "DiscoveryTable[" + rows() + " rows, factors " + factors.stream().map(FactorSpec::name).toList()
                + ", outcome " + outcomeName + (binary ? " (binary)" : " (share)") + "]";
    }

    /**
     * Collects the columns of a {@link DiscoveryTable}. Not thread-safe.
     */
    public static final class Builder {
        private final List<FactorSpec> factors = new ArrayList<>();
        private final List<double[]> columns = new ArrayList<>();
        private final Map<String, Integer> names = new HashMap<>();
        private double[] outcome;
        private String outcomeName;

        private Builder() {
        }

        /**
         * Adds a factor column of numbers (level indices for a boolean or categorical factor).
         *
         * @param spec   the factor
         * @param values one value per row, each allowed by the factor
         * @return this builder
         * @throws IllegalArgumentException if the name repeats an earlier factor or a value is not
         *                                  allowed (the message names the factor, row and value)
         */
        public Builder factor(FactorSpec spec, double[] values) {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(values, "values");
            if (names.putIfAbsent(spec.name(), factors.size()) != null) {
                throw new IllegalArgumentException("factor \"" + spec.name() + "\" is added twice");
            }
            for (int r = 0; r < values.length; r++) {
                if (!spec.allows(values[r])) {
                    names.remove(spec.name());
                    throw new IllegalArgumentException(spec.name() + "[row " + r + "] must be " + spec.allowedText()
                            + ", but was " + values[r]);
                }
            }
            factors.add(spec);
            columns.add(values.clone());
            return this;
        }

        /**
         * Adds a boolean factor column.
         *
         * @param spec   the factor, of type {@link FactorType#BOOLEAN}
         * @param values one value per row
         * @return this builder
         * @throws IllegalArgumentException if the factor is not boolean or its name repeats
         */
        public Builder factor(FactorSpec spec, boolean[] values) {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(values, "values");
            if (spec.type() != FactorType.BOOLEAN) {
                throw new IllegalArgumentException(spec.name() + " is " + spec.type()
                        + ", so its values must be numbers, not booleans");
            }
            double[] v = new double[values.length];
            for (int r = 0; r < v.length; r++) {
                v[r] = values[r] ? 1 : 0;
            }
            return factor(spec, v);
        }

        /**
         * Adds a categorical (or boolean) factor column by level names.
         *
         * @param spec   the factor, boolean or categorical
         * @param values one level name per row
         * @return this builder
         * @throws IllegalArgumentException if the factor is numeric, its name repeats, or a value is
         *                                  not one of its levels
         */
        public Builder factor(FactorSpec spec, String[] values) {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(values, "values");
            if (spec.type().isNumeric()) {
                throw new IllegalArgumentException(spec.name() + " is " + spec.type()
                        + ", so its values must be numbers, not level names");
            }
            double[] v = new double[values.length];
            for (int r = 0; r < v.length; r++) {
                int level = values[r] == null ? -1 : spec.levels().indexOf(values[r]);
                if (level < 0) {
                    throw new IllegalArgumentException(spec.name() + "[row " + r + "] must be one of "
                            + spec.levels() + ", but was " + (values[r] == null ? "null" : "\"" + values[r] + "\""));
                }
                v[r] = level;
            }
            return factor(spec, v);
        }

        /**
         * Sets the outcome as shares or 0/1 values.
         *
         * @param name   the outcome's name, non-blank
         * @param values one value per row, each in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or a value is outside [0, 1]
         */
        public Builder outcome(String name, double[] values) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(values, "values");
            if (name.isBlank()) {
                throw new IllegalArgumentException("the outcome's name must be non-blank, but was \"" + name + "\"");
            }
            for (int r = 0; r < values.length; r++) {
                if (!(values[r] >= 0 && values[r] <= 1)) {
                    throw new IllegalArgumentException(name + "[row " + r + "] must be in [0, 1], but was " + values[r]);
                }
            }
            this.outcomeName = name;
            this.outcome = values.clone();
            return this;
        }

        /**
         * Sets the outcome as whether each row is a case of interest.
         *
         * @param name   the outcome's name, non-blank
         * @param values one value per row
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder outcome(String name, boolean[] values) {
            Objects.requireNonNull(values, "values");
            double[] v = new double[values.length];
            for (int r = 0; r < v.length; r++) {
                v[r] = values[r] ? 1 : 0;
            }
            return outcome(name, v);
        }

        /**
         * Builds the table.
         *
         * @return the table
         * @throws IllegalStateException if there is no factor, no outcome or no row, or the columns
         *                               differ in length
         */
        public DiscoveryTable build() {
            if (factors.isEmpty()) {
                throw new IllegalStateException("a discovery table needs at least one factor");
            }
            if (outcome == null) {
                throw new IllegalStateException("a discovery table needs an outcome: call outcome(name, values)");
            }
            if (outcome.length == 0) {
                throw new IllegalStateException("a discovery table needs at least one row, but the outcome was empty");
            }
            double[][] cols = new double[factors.size()][];
            for (int f = 0; f < cols.length; f++) {
                cols[f] = columns.get(f);
                if (cols[f].length != outcome.length) {
                    throw new IllegalStateException(factors.get(f).name() + " has " + cols[f].length
                            + " values, but the outcome " + outcomeName + " has " + outcome.length
                            + "; every column needs one value per row");
                }
            }
            return new DiscoveryTable(factors, cols, outcome.clone(), outcomeName);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscoveryTable other && factors.equals(other.factors)
                && outcomeName.equals(other.outcomeName) && Arrays.equals(outcome, other.outcome)
                && Arrays.deepEquals(columns, other.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(factors, outcomeName, Arrays.hashCode(outcome), Arrays.deepHashCode(columns));
    }
}
