package org.offramp.design.discovery;

/**
 * The kind of values a factor column holds, which decides how PRIM peels and pastes it, how CART
 * splits it and how regional sensitivity compares it.
 *
 * <p>Every value is stored as a {@code double}: reals and integers as themselves, booleans as 0
 * (false) and 1 (true), categorical values as the index of their level.
 */
public enum FactorType {
    /** A real number within declared bounds; peeled at quantiles, split at midpoints. */
    REAL,
    /** A whole number within declared bounds; peeled and pasted at observed values. */
    INTEGER,
    /** True or false; handled as a categorical factor with the two levels "false" and "true". */
    BOOLEAN,
    /** One of a declared list of levels, without order; peeled by removing one level at a time. */
    CATEGORICAL;

    /** {@return whether values are ordered numbers (real or integer) rather than levels} */
    public boolean isNumeric() {
        return this == REAL || this == INTEGER;
    }
}
