package org.offramp.standoff;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the standoff produced: its ending (outcome, day, trigger) and what happened on the
 * way ({@code docs/ODD.md} §4.11). {@link StandoffSchema#SCHEMA} turns it into one flat row of
 * {@code runs.csv}.
 *
 * <p>Days are simulated days from 0 (2019-05-17); a day of -1 means "never". Immutable: the
 * arrays are copied in and out.
 *
 * @param seed               the run's seed
 * @param outcome            how the run ended
 * @param day                the day it ended (the horizon for a stalemate)
 * @param trigger            what ended it
 * @param highestRung        the highest rung of the ladder reached, 0 to 7
 * @param firstDayOfRung     for each rung, the first day the ladder stood on it, or -1
 * @param blowsExchanged     whether a direct exchange of blows (rung 5) occurred
 * @param blowsContained     whether it occurred and the ladder fell back below rung 5 without war
 * @param attacks            hostile kinetic acts of the IRGC and proxies (mines, drones, rockets)
 * @param misattributions    deniable acts or incidents blamed by an observer on the wrong actor
 * @param accidents          incidents that no one intended
 * @param referralDay        first day the Gulf states referred attacks to the Security Council, or -1
 * @param resolutionDay      first day a Council resolution passed (no veto), or -1
 * @param vetoes             Moscow's vetoes of Council drafts
 * @param mediationDay       first day of UN mediation in Yemen, or -1
 * @param dialogueDay        first day a Moscow–Washington dialogue was under way, or -1
 * @param frameworkDay       first day the UN proposed an off-ramp framework, or -1
 * @param talksOfferedDay    first day talks were offered to Tehran (by Washington, a UN framework or a
 *                           Moscow–Washington dialogue), or -1
 * @param talksOpenedDay     first day talks opened with both sides' consent, or -1
 * @param successor          who leads Tehran after a succession, or {@link Successor#NONE}
 * @param successionDay      the day of the succession, or -1
 * @param election           the US election result
 * @param usCasualties       Americans killed
 * @param iranCasualties     Iranians killed
 * @param finalEconomy       Iran's economic health at the end, 0 to 1 (1 = before the 2018 sanctions)
 * @param finalStability     Iran's regime stability at the end, 0 to 1
 * @param finalSanctions     the sanctions level at the end, 0 to 1
 * @param finalBreakout      Iran's nuclear breakout time at the end, in months
 * @param peakOilPrice       the highest Brent price reached, in US dollars per barrel
 * @param actionCounts       how often each {@link Action} was taken, indexed by ordinal
 */
public record StandoffRecord(
        long seed,
        Outcome outcome,
        int day,
        Trigger trigger,
        int highestRung,
        int[] firstDayOfRung,
        boolean blowsExchanged,
        boolean blowsContained,
        int attacks,
        int misattributions,
        int accidents,
        int referralDay,
        int resolutionDay,
        int vetoes,
        int mediationDay,
        int dialogueDay,
        int frameworkDay,
        int talksOfferedDay,
        int talksOpenedDay,
        Successor successor,
        int successionDay,
        ElectionResult election,
        int usCasualties,
        int iranCasualties,
        double finalEconomy,
        double finalStability,
        double finalSanctions,
        double finalBreakout,
        double peakOilPrice,
        int[] actionCounts) {

    /**
     * Checks and copies the arguments.
     *
     * @param seed            the run's seed
     * @param outcome         how the run ended
     * @param day             the day it ended (the horizon for a stalemate)
     * @param trigger         what ended it
     * @param highestRung     the highest rung of the ladder reached, 0 to 7
     * @param firstDayOfRung  for each rung, the first day the ladder stood on it, or -1
     * @param blowsExchanged  whether a direct exchange of blows (rung 5) occurred
     * @param blowsContained  whether it occurred and the ladder fell back below rung 5 without war
     * @param attacks         hostile kinetic acts of the IRGC and proxies (mines, drones, rockets)
     * @param misattributions deniable acts or incidents blamed by an observer on the wrong actor
     * @param accidents       incidents that no one intended
     * @param referralDay     first day the Gulf states referred attacks to the Security Council, or -1
     * @param resolutionDay   first day a Council resolution passed (no veto), or -1
     * @param vetoes          Moscow's vetoes of Council drafts
     * @param mediationDay    first day of UN mediation in Yemen, or -1
     * @param dialogueDay     first day a Moscow–Washington dialogue was under way, or -1
     * @param frameworkDay    first day the UN proposed an off-ramp framework, or -1
     * @param talksOfferedDay first day talks were offered to Tehran (by Washington, a UN framework or a
     *                        Moscow–Washington dialogue), or -1
     * @param talksOpenedDay  first day talks opened with both sides' consent, or -1
     * @param successor       who leads Tehran after a succession, or {@link Successor#NONE}
     * @param successionDay   the day of the succession, or -1
     * @param election        the US election result
     * @param usCasualties    Americans killed
     * @param iranCasualties  Iranians killed
     * @param finalEconomy    Iran's economic health at the end, 0 to 1 (1 = before the 2018 sanctions)
     * @param finalStability  Iran's regime stability at the end, 0 to 1
     * @param finalSanctions  the sanctions level at the end, 0 to 1
     * @param finalBreakout   Iran's nuclear breakout time at the end, in months
     * @param peakOilPrice    the highest Brent price reached, in US dollars per barrel
     * @param actionCounts    how often each {@link Action} was taken, indexed by ordinal
     */
    public StandoffRecord {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(election, "election");
        if (trigger.outcome() != outcome) {
            throw new IllegalArgumentException("trigger " + trigger + " belongs to " + trigger.outcome()
                    + ", but the outcome was " + outcome);
        }
        if (highestRung < 0 || highestRung >= Rung.COUNT) {
            throw new IllegalArgumentException("highestRung must be in [0, 7], but was " + highestRung);
        }
        if (firstDayOfRung.length != Rung.COUNT) {
            throw new IllegalArgumentException("firstDayOfRung must have " + Rung.COUNT + " entries, but had "
                    + firstDayOfRung.length);
        }
        if (actionCounts.length != Action.COUNT) {
            throw new IllegalArgumentException("actionCounts must have " + Action.COUNT + " entries, but had "
                    + actionCounts.length);
        }
        firstDayOfRung = firstDayOfRung.clone();
        actionCounts = actionCounts.clone();
    }

    /** {@return a copy of the first day of each rung} */
    @Override
    public int[] firstDayOfRung() {
        return firstDayOfRung.clone();
    }

    /** {@return a copy of the per-action counts, indexed by {@link Action#ordinal()}} */
    @Override
    public int[] actionCounts() {
        return actionCounts.clone();
    }

    /**
     * {@return the first day the ladder stood on {@code rung}, or -1}
     *
     * @param rung a rung of the escalation ladder
     */
    public int firstDayOf(Rung rung) {
        return firstDayOfRung[rung.level()];
    }

    /**
     * {@return how often {@code action} was taken}
     *
     * @param action one of the standoff's actions
     */
    public int count(Action action) {
        return actionCounts[action.ordinal()];
    }

    /** {@return the CSV column names, in the order of {@link #toCsv()}: {@link StandoffSchema#SCHEMA}'s} */
    public static List<String> csvHeader() {
        return StandoffSchema.SCHEMA.csvHeader();
    }

    /**
     * The record as one {@code runs.csv} row (without the leading index), as the schema writes it.
     * Doubles are written with {@link Double#toString(double)}, which round-trips exactly.
     *
     * @return the record as a CSV row, fields in {@link #csvHeader()} order
     */
    public String toCsv() {
        return StandoffSchema.SCHEMA.toRecord(this).toCsv();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandoffRecord r && toCsv().equals(r.toCsv());
    }

    @Override
    public int hashCode() {
        return toCsv().hashCode();
    }

    @Override
    public String toString() {
        return "StandoffRecord[seed=" + seed + ", " + outcome + " on day " + day + " (" + trigger.description()
                + "), highest rung " + highestRung + ", firstDayOfRung=" + Arrays.toString(firstDayOfRung) + "]";
    }
}
