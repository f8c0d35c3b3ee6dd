package org.offramp.design.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How reliably PRIM restricts each factor when the data are resampled, as in the EMA Workbench's
 * {@code PrimBox.resample}: PRIM runs again on random subsets of the rows; on each new trajectory
 * the box nearest in coverage (and, separately, nearest in density) to the selected box is taken
 * (on a tie, the one nearest in the other statistic),
 * and each factor's score is the share of resamples in which that box restricts it. A factor that
 * matters is restricted in nearly every resample; one restricted by chance comes and goes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param factors           the factors, in column order
 * @param reproduceCoverage per factor, the share of resamples whose box nearest in coverage
 *                          restricts it
 * @param reproduceDensity  per factor, the share of resamples whose box nearest in density
 *                          restricts it
 * @param restricted        per factor, whether the selected box itself restricts it
 * @param resamples         the number of resamples
 * @param fraction          the share of rows in each resample (drawn without replacement)
 * @param seed              the seed the resamples were drawn from
 */
public record PrimStability(List<FactorSpec> factors, double[] reproduceCoverage, double[] reproduceDensity,
                            boolean[] restricted, int resamples, double fraction, long seed) {

    /**
     * Checks and copies the arguments.
     *
     * @param factors           the factors, in column order
     * @param reproduceCoverage per factor, the share of resamples whose box nearest in coverage restricts it
     * @param reproduceDensity  per factor, the share of resamples whose box nearest in density restricts it
     * @param restricted        per factor, whether the selected box itself restricts it
     * @param resamples         the number of resamples
     * @param fraction          the share of rows in each resample (drawn without replacement)
     * @param seed              the seed the resamples were drawn from
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the arrays do not have one entry per factor
     */
    public PrimStability {
        Objects.requireNonNull(factors, "factors");
        Objects.requireNonNull(reproduceCoverage, "reproduceCoverage");
        Objects.requireNonNull(reproduceDensity, "reproduceDensity");
        Objects.requireNonNull(restricted, "restricted");
        factors = List.copyOf(factors);
        if (reproduceCoverage.length != factors.size() || reproduceDensity.length != factors.size()
                || restricted.length != factors.size()) {
            throw new IllegalArgumentException("the scores must have one entry per factor (" + factors.size() + ")");
        }
        reproduceCoverage = reproduceCoverage.clone();
        reproduceDensity = reproduceDensity.clone();
        restricted = restricted.clone();
    }

    /** {@return per factor, the share of resamples whose box nearest in coverage restricts it; a copy} */
    @Override
    public double[] reproduceCoverage() {
        return reproduceCoverage.clone();
    }

    /** {@return per factor, the share of resamples whose box nearest in density restricts it; a copy} */
    @Override
    public double[] reproduceDensity() {
        return reproduceDensity.clone();
    }

    /** {@return per factor, whether the selected box restricts it; a copy} */
    @Override
    public boolean[] restricted() {
        return restricted.clone();
    }

    /**
     * The factor indices by descending coverage score, then density score, then column.
     *
     * @return the order
     */
    public List<Integer> order() {
        List<Integer> idx = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            idx.add(f);
        }
        idx.sort((a, b) -> {
            int c = Double.compare(reproduceCoverage[b], reproduceCoverage[a]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(reproduceDensity[b], reproduceDensity[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return idx;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrimStability other && factors.equals(other.factors)
                && java.util.Arrays.equals(reproduceCoverage, other.reproduceCoverage)
                && java.util.Arrays.equals(reproduceDensity, other.reproduceDensity)
                && java.util.Arrays.equals(restricted, other.restricted) && resamples == other.resamples
                && fraction == other.fraction && seed == other.seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(factors, java.util.Arrays.hashCode(reproduceCoverage),
                java.util.Arrays.hashCode(reproduceDensity), resamples, seed);
    }

    @Override
    public String toString() {
        return "PrimStability[" + resamples + " resamples of " + fraction + ", coverage "
                + java.util.Arrays.toString(reproduceCoverage) + "]";
    }
}
