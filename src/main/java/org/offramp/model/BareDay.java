package org.offramp.model;

/**
 * The random-number and maths work of one simulated day of a model's baseline, without the model
 * around it: the least a day can cost with the model's random-number scheme, the floor that
 * {@code offramp bench} compares the model's time per agent-day with. A model offers one through
 * {@link Model#bareDay(long)}.
 *
 * <p>Not thread-safe: each measuring thread makes its own.
 */
public interface BareDay {
    /**
     * Does one day's work.
     *
     * @param day the day, from 0
     * @return a sum of everything drawn and chosen, which the caller keeps so that the work cannot be
     *         optimised away
     */
    double day(int day);
}
