package org.offramp.examples.brinkmanship;

/**
 * What one run of the brinkmanship model records: its seed, how and when it ended, and its metrics.
 * {@link CrisisSchema#SCHEMA} declares how each field becomes a column of {@code runs.csv}.
 *
 * @param seed               the run's seed
 * @param ending             the index of the ending in {@link CrisisSchema#ENDINGS}
 * @param trigger            the index of the trigger in {@code CrisisSchema.ENDINGS.triggers()}
 * @param day                the day the run ended (the horizon for a standoff)
 * @param firstToEscalate    who escalated first: an index into {@link CrisisSchema#FIRST_MOVERS}
 * @param highestRung        the highest rung either side stood on, 0 to {@link Ladder#TOP}
 * @param escalations        the steps up the ladder, both sides together
 * @param misreadEscalations the steps up taken while reading the other side more than half a rung
 *                           above where it stood
 * @param talksOpened        whether talks ever opened
 * @param topRungDay         the first day a side stood on the top rung, or -1
 * @param meanBeliefError    the mean, over days and sides, of how far a side's belief was from the
 *                           other's rung
 */
// region record
public record CrisisRecord(long seed, int ending, int trigger, int day, int firstToEscalate, int highestRung,
                           int escalations, int misreadEscalations, boolean talksOpened, int topRungDay,
                           double meanBeliefError) {
}
// endregion
