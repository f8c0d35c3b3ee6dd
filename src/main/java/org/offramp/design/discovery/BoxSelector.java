package org.offramp.design.discovery;

/**
 * Chooses a box on a PRIM trajectory: the analyst's choice on the coverage–density trade-off, made
 * explicit so that covering and reports can repeat it.
 *
 * <pre>{@code
 * BoxSelector chosen = BoxSelector.maxCoverage(0.8); // the widest box that is 80% WAR
 * int index = chosen.select(trajectory);
 * }</pre>
 */
@FunctionalInterface
public interface BoxSelector {

    /**
     * The index of the chosen box.
     *
     * @param trajectory the trajectory
     * @return an index in [0, trajectory.size())
     */
    int select(PrimTrajectory trajectory);

    /**
     * The last box of the trajectory (the EMA Workbench's default): the end of pasting.
     *
     * @return the selector
     */
    static BoxSelector last() {
        return t -> t.size() - 1;
    }

    /**
     * The box with the highest coverage among those whose density is at least {@code minDensity}
     * (on equal coverage, the higher density; then the earlier box); the last box when none is
     * dense enough.
     *
     * @param minDensity the least density, in [0, 1]
     * @return the selector
     * @throws IllegalArgumentException if {@code minDensity} is outside [0, 1]
     */
    static BoxSelector maxCoverage(double minDensity) {
        if (!(minDensity >= 0 && minDensity <= 1)) {
            throw new IllegalArgumentException("minDensity must be in [0, 1], but was " + minDensity);
        }
        return t -> {
            int best = -1;
            for (int i = 0; i < t.size(); i++) {
                PrimStep s = t.step(i);
                if (s.density() < minDensity) {
                    continue;
                }
                if (best < 0 || s.coverage() > t.step(best).coverage()
                        || (s.coverage() == t.step(best).coverage() && s.density() > t.step(best).density())) {
                    best = i;
                }
            }
            return best < 0 ? t.size() - 1 : best;
        };
    }

    /**
     * A fixed position.
     *
     * @param index the position, at least 0; the last box when beyond the trajectory
     * @return the selector
     * @throws IllegalArgumentException if the index is negative
     */
    static BoxSelector at(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, but was " + index);
        }
        return t -> Math.min(index, t.size() - 1);
    }
}
