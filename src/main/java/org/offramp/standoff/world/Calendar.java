package org.offramp.standoff.world;

import static org.offramp.standoff.StoryCategory.SHOCK;
import static org.offramp.standoff.world.CrisisState.clamp;

import java.util.Locale;
import org.offramp.random.RandomStream;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Rung;
import org.offramp.standoff.Successor;
import org.offramp.standoff.Trigger;

/**
 * Phase 1 of a day: the calendar and its shocks (the Leader's succession, the US election, unrest,
 * unintended incidents in the Gulf, whether Washington's restraint gate opens), drawn in a fixed
 * order and number so that shocks align across scenarios. A mechanic of {@link World}.
 */
final class Calendar {
    private final WorldTerms t;
    private final Chronicle story;
    private final RunStreams streams;
    private final Today today;
    private final CrisisState c;
    private final Ladder ladder;
    private final Tally tally;

    Calendar(WorldTerms t, Chronicle story, RunStreams streams, Today today, CrisisState c, Ladder ladder, Tally tally) {
        this.t = t;
        this.story = story;
        this.streams = streams;
        this.today = today;
        this.c = c;
        this.ladder = ladder;
        this.tally = tally;
    }

    /** Draws and applies day {@code d}'s shocks, after the streams have restarted for it. */
    void shocks(int d) {
        RandomStream shock = streams.shocks();
        // draws in a fixed order and number, so shocks align across scenarios
        double uSuccession = shock.nextDouble();
        double uSuccessor = shock.nextDouble();
        double uElection = shock.nextDouble();
        double uUnrest = shock.nextDouble();
        double uUnrestSize = shock.nextDouble();
        double uAccident = shock.nextDouble();
        double uAccidentLethal = shock.nextDouble();
        double uAccidentSide = shock.nextDouble();
        double uGate = streams.gate().nextDouble();

        if (c.successor == Successor.NONE
                && (d == t.successionForcedDay || uSuccession < t.successionHazard)) {
            succession(uSuccessor);
            if (tally.ended()) {
                return;
            }
        }
        if (d == t.electionDay) {
            boolean reelected = uElection < t.electionReelection;
            c.election = reelected ? ElectionResult.REELECTED : ElectionResult.NEW_ADMINISTRATION;
            if (!reelected) {
                c.newAdministration = true;
                c.restraint = t.electionNewRestraint;
                c.hardliners = t.electionNewHardliners;
            }
            story.add(d, SHOCK, reelected ? "The US President is re-elected."
                    : "The US President loses the election; a new administration signals openness to talks.");
        }
        double pain = 1 - c.economy;
        if (uUnrest < t.stabilityUnrestHazard * pain * pain) {
            double size = t.stabilityUnrestShock * (0.5 + uUnrestSize);
            c.stability -= size;
            if (story.on()) {
                // A shock can take stability below 0 until the day's end clamps it to [0, 1]; the
                // story shows the share on its scale, where nothing left is 0.
                story.add(d, SHOCK, String.format(Locale.ROOT,
                        "Protests spread across Iran's cities; regime stability falls to %.2f.", clamp(c.stability)));
            }
        }
        double tension = ladder.rung / (double) (Rung.COUNT - 1);
        today.incidentToday = uAccident < t.accidentRate * c.deployment * tension;
        if (today.incidentToday) {
            tally.accidents++;
            today.incidentLethal = uAccidentLethal < t.accidentLethality;
            today.incidentUsVictims = uAccidentSide < 0.5;
            if (today.incidentLethal) {
                if (today.incidentUsVictims) {
                    c.usCasualties += 1;
                } else {
                    c.iranCasualties += 2;
                }
            }
            story.add(d, SHOCK, "An unintended incident in the Gulf: " + (today.incidentLethal
                    ? (today.incidentUsVictims ? "an American is killed" : "Iranians are killed")
                    : "a near miss between US and Iranian forces") + ". No one ordered it.");
        }
        double gateChance = t.washingtonGate * (1 - c.restraint) * c.hardliners
                * (c.breakout < t.washingtonRedLine ? t.washingtonRedLineMultiplier : 1);
        c.gateOpen = uGate < gateChance;
    }

    private void succession(double uSuccessor) {
        boolean hardline = uSuccessor < t.successionHardline;
        c.successor = hardline ? Successor.HARDLINE : Successor.PRAGMATIC;
        c.successionDay = today.day;
        c.stability -= t.successionShock;
        story.add(today.day, SHOCK, "The Supreme Leader dies or is removed; a " + (hardline ? "hard-line" : "more pragmatic")
                + " successor is chosen.");
        if (c.stability < t.successionDisorder) {
            tally.end(Trigger.DISORDERLY_SUCCESSION, "CHAOS: the succession is disorderly; the weakened regime loses control.");
            return;
        }
        if (!hardline) {
            c.leaderRefuses = false;
            c.tehranBaseResolve = Math.max(0, c.tehranBaseResolve - t.successionPragmaticDrop);
        }
    }
}
