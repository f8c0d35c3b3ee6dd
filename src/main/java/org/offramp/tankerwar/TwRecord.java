package org.offramp.tankerwar;

/**
 * What one run of the Tanker War model records: its ending and the quantities the back-test's events
 * are decided from (design §4, "Observation"; record.md §10). Days count from 1987-07-22; a first
 * day is -1 when the event never happened.
 *
 * @param seed               the run's seed
 * @param ending             the ending's index in {@link TwSchema#ENDINGS}
 * @param day                the day the run ended (the horizon for STALEMATE)
 * @param trigger            the trigger's index in {@link TwSchema#ENDINGS}
 * @param protectedMineStrikes mine strikes on escorted or US Navy ships
 * @param firstProtectedMine the first of them
 * @param otherMineStrikes   mine strikes on unprotected shipping
 * @param firstDirectFire    the first exchange of fire between US and Iranian forces
 * @param firstLethalClash   the first such exchange that killed someone
 * @param strikeDays         days of a deliberate US strike on Iranian installations or units (rung 5 or more)
 * @param firstStrike        the first of them
 * @param longestStrikeRun   the longest run of consecutive strike days
 * @param contained          whether every exchange of rung 5 or more fell back below 5 and the run did not end in WAR
 * @param massAccidentDay    the first unintended engagement under high alert killing 100 or more non-combatants
 * @param incidents          unintended engagements
 * @param americansKilledByIran US service members killed by Iranian fire
 * @param firstSilkwormUsFlag the first Silkworm hit on a US-flag ship
 * @param acceptDay          the day Tehran accepted Resolution 598
 * @param iraqiStrikeOnUsShip the first Iraqi fire on a US warship
 * @param attacksDecember1987 ships hit from 1987-12-01 to 1987-12-31 (days 132-162), both belligerents and mines
 * @param iraqiAttacks       Iraqi attacks on shipping
 * @param iranianAttacks     Iranian attacks on shipping (boats and missiles)
 * @param misattributions    attributions to another actor than the author (of deniable acts and incidents)
 * @param maxRung            the highest rung reached
 * @param warPosition        Iran's war position at the end
 * @param economy            Iran's economy at the end
 */
public record TwRecord(long seed, int ending, int day, int trigger, int protectedMineStrikes, int firstProtectedMine,
                       int otherMineStrikes, int firstDirectFire, int firstLethalClash, int strikeDays,
                       int firstStrike, int longestStrikeRun, boolean contained, int massAccidentDay, int incidents,
                       int americansKilledByIran, int firstSilkwormUsFlag, int acceptDay, int iraqiStrikeOnUsShip,
                       int attacksDecember1987, int iraqiAttacks, int iranianAttacks, int misattributions,
                       int maxRung, double warPosition, double economy) {
}
