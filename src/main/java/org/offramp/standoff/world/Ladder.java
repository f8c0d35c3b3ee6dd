package org.offramp.standoff.world;

import static org.offramp.standoff.StoryCategory.LADDER;

import java.util.Arrays;
import org.offramp.standoff.Action;
import org.offramp.standoff.Rung;

/**
 * The escalation ladder: the rung it stands on, the last and first day each rung was reached, how
 * long the top rungs have been held, and whether blows were exchanged and the sides fell back. A
 * state holder of {@link World} with its daily update. Not thread-safe.
 */
final class Ladder {
    private final WorldTerms t;
    private final Chronicle story;
    private final Today today;
    private final CrisisState c;
    private final Diplomacy dip;

    final int[] lastDayOfRung = new int[Rung.COUNT];
    final int[] firstDayOfRung = new int[Rung.COUNT];
    int rung;
    int highestRung;
    int daysAtTop;
    int daysAtCampaign;
    boolean blowsExchanged;
    boolean fellBackAfterBlows;

    /** The ladder on the eve of day 0, on the scenario's initial rung. */
    Ladder(WorldTerms t, Chronicle story, Today today, CrisisState c, Diplomacy dip, int initialRung) {
        this.t = t;
        this.story = story;
        this.today = today;
        this.c = c;
        this.dip = dip;
        Arrays.fill(lastDayOfRung, Today.FAR_PAST);
        // the attacks of the days before day 0 keep the ladder on its initial rung for its memory
        lastDayOfRung[initialRung] = -1;
        rung = initialRung;
        highestRung = rung;
        Arrays.fill(firstDayOfRung, -1);
        firstDayOfRung[rung] = 0;
    }

    /** Moves the ladder after the day's acts and incidents. */
    void update() {
        for (Action a : today.acts) {
            int r = a.rung().level();
            if (a == Action.ROCKET_ATTACK && today.rocketLethalToday) {
                r = Rung.PROXY_CASUALTIES.level();
            }
            if (r >= Rung.PRESSURE.level()) {
                lastDayOfRung[r] = today.day;
            }
        }
        if (today.incidentToday) {
            lastDayOfRung[today.incidentLethal ? Rung.PROXY_CASUALTIES.level() : Rung.GRAY_ZONE.level()] = today.day;
        }
        boolean campaignRecent = today.day - c.lastCampaignDay < t.ladderMemory;
        boolean iranStrikeRecent = today.day - c.lastIranStrikeDay < t.ladderMemory;
        if (campaignRecent && iranStrikeRecent) {
            lastDayOfRung[Rung.OPEN_WAR.level()] = today.day;
        }
        int floor = dip.talksOpen ? Rung.TALKS.level() : (c.sanctions > 0 ? Rung.PRESSURE.level() : Rung.TALKS.level());
        int r = floor;
        for (int k = Rung.COUNT - 1; k > floor; k--) {
            if (today.day - lastDayOfRung[k] < t.ladderMemory) {
                r = k;
                break;
            }
        }
        if (r != rung && story.on() && Math.max(r, rung) >= Rung.GRAY_ZONE.level()) {
            story.add(today.day, LADDER, "The ladder " + (r > rung ? "rises" : "falls") + " to rung " + r + ": "
                    + Rung.of(r).description() + ".");
        }
        rung = r;
        if (firstDayOfRung[r] < 0) {
            firstDayOfRung[r] = today.day;
        }
        highestRung = Math.max(highestRung, r);
        if (r >= Rung.LIMITED_STRIKE.level()) {
            blowsExchanged = true;
        } else if (blowsExchanged) {
            fellBackAfterBlows = true;
        }
        daysAtTop = r == Rung.OPEN_WAR.level() ? daysAtTop + 1 : 0;
        daysAtCampaign = r >= Rung.STRIKE_CAMPAIGN.level() ? daysAtCampaign + 1 : 0;
    }
}
