package org.offramp.design.discovery;

/**
 * How PRIM scores a candidate peel or paste that takes a box from {@code nOld} rows with outcome
 * mean {@code mOld} to {@code nNew} rows with mean {@code mNew}. The best-scoring candidate is
 * taken while its score is positive. The three choices are those of the EMA Workbench
 * (Kwakkel 2017), which names them the same way.
 */
public enum PrimObjective {
    /**
     * The gain in mean per row removed (or added): {@code (mNew - mOld) / |nOld - nNew|}. The EMA
     * Workbench's default. Because it divides by the number of rows a candidate removes, a
     * categorical peel that drops a whole level competes fairly with a small quantile peel, where
     * the original objective would favour the categories.
     */
    LENIENT1,
    /**
     * The lenient objective weighted by the size of the new box:
     * {@code nNew * (mNew - mOld) / |nOld - nNew|} (Friedman and Fisher 1999, eq. 14.6).
     */
    LENIENT2,
    /**
     * The mean of the new box, {@code mNew} (Friedman and Fisher 1999's original criterion); an
     * empty box scores -1. It peels down to the minimum mass while the mean stays positive.
     */
    ORIGINAL;

    /**
     * The score of a candidate.
     *
     * @param nOld   the rows in the current box, at least 1
     * @param sumOld the outcome summed over them
     * @param nNew   the rows in the candidate box, 0 or more
     * @param sumNew the outcome summed over them
     * @return the score; 0 when the mean does not change (lenient objectives)
     */
    public double score(int nOld, double sumOld, int nNew, double sumNew) {
        double meanOld = sumOld / nOld;
        double meanNew = nNew > 0 ? sumNew / nNew : 0.0;
        if (this == ORIGINAL) {
            return nNew > 0 ? meanNew : -1.0;
        }
        if (meanNew == meanOld || nNew == nOld) {
            // The same rows have the same mean: nothing gained, nothing lost.
            return 0.0;
        }
        double gain = (meanNew - meanOld) / Math.abs(nOld - nNew);
        return this == LENIENT1 ? gain : nNew * gain;
    }
}
