package org.offramp.standoff.world;

import static org.offramp.standoff.StoryCategory.ENDING;

import org.offramp.standoff.Outcome;
import org.offramp.standoff.Trigger;

/**
 * The endings checked at the end of a day, in order: WAR (after the ladder and talks), CHAOS when
 * stability falls below its threshold (under fire or by unrest, after the slow variables), and
 * STALEMATE at the horizon. DEAL and a disorderly succession end a run where they happen
 * ({@link Talks}, {@link Calendar}). A mechanic of {@link World}.
 */
final class Endings {
    private final WorldTerms t;
    private final Chronicle story;
    private final Today today;
    private final CrisisState c;
    private final Ladder ladder;
    private final Tally tally;

    Endings(WorldTerms t, Chronicle story, Today today, CrisisState c, Ladder ladder, Tally tally) {
        this.t = t;
        this.story = story;
        this.today = today;
        this.c = c;
        this.ladder = ladder;
        this.tally = tally;
    }

    /** WAR when the top rung, or a strike campaign, has been held long enough. */
    void checkWar() {
        if (ladder.daysAtTop >= t.warTopRungDays) {
            tally.end(Trigger.TOP_RUNG_HELD, "WAR: open war between the United States and Iran has raged for "
                    + ladder.daysAtTop + " days.");
        } else if (ladder.daysAtCampaign >= t.warCampaignDays) {
            tally.end(Trigger.CAMPAIGN_SUSTAINED, "WAR: the US strike campaign has been sustained for " + ladder.daysAtCampaign
                    + " days.");
        }
    }

    /** CHAOS when the regime's stability has fallen below its threshold. */
    void checkChaos() {
        if (!tally.ended() && c.stability < t.chaosThreshold) {
            boolean underFire = today.day - c.lastCampaignDay < 30;
            tally.end(underFire ? Trigger.COLLAPSE_UNDER_FIRE : Trigger.MASS_UNREST, underFire
                    ? "CHAOS: under the strike campaign the regime's control collapses."
                    : "CHAOS: mass unrest overwhelms the regime.");
        }
    }

    /** STALEMATE when the horizon is reached with no other ending. */
    void checkHorizon() {
        if (!tally.ended() && today.day >= t.horizon - 1) {
            tally.endDay = t.horizon;
            tally.outcome = Outcome.STALEMATE;
            tally.trigger = Trigger.HORIZON;
            story.add(t.horizon, ENDING, "STALEMATE: the horizon is reached; the gray zone persists.");
        }
    }
}
