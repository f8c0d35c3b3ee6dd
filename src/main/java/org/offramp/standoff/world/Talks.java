package org.offramp.standoff.world;

import static org.offramp.standoff.StoryCategory.DIPLOMACY;
import static org.offramp.standoff.world.CrisisState.clamp;

import java.util.Locale;
import org.offramp.random.RandomStream;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Rung;
import org.offramp.standoff.Trigger;
import org.offramp.standoff.perception.Beliefs;

/**
 * Phase 3, after the ladder: diplomacy and talks. The Security Council's pending vote passes when
 * not vetoed; Tehran's rejection withdraws standing offers; Tehran's acceptance opens talks when
 * Washington consents; open talks collapse on violence or by chance, or end in a deal when each
 * side reads the other's terms as meeting its demand. A mechanic of {@link World}.
 */
final class Talks {
    private final WorldTerms t;
    private final Chronicle story;
    private final RunStreams streams;
    private final Beliefs beliefs;
    private final Today today;
    private final CrisisState c;
    private final Diplomacy dip;
    private final Tally tally;

    Talks(WorldTerms t, Chronicle story, RunStreams streams, Beliefs beliefs, Today today, CrisisState c, Diplomacy dip,
            Tally tally) {
        this.t = t;
        this.story = story;
        this.streams = streams;
        this.beliefs = beliefs;
        this.today = today;
        this.c = c;
        this.dip = dip;
        this.tally = tally;
    }

    /** The day's diplomacy: the Council's vote, Tehran's answer to offers, and a day of open talks. */
    void diplomacy() {
        if (dip.votePendingDay > Today.FAR_PAST && today.day - dip.votePendingDay >= t.vetoWindow) {
            dip.votePendingDay = Today.FAR_PAST;
            dip.resolutionDay = today.day;
            tally.firstResolution = tally.firstResolution < 0 ? today.day : tally.firstResolution;
            story.add(today.day, DIPLOMACY, "The Security Council adopts a resolution on the attacks; Moscow lets it pass.");
        }
        Action tehran = today.acts[Actor.TEHRAN.ordinal()];
        if (tehran == Action.REJECT_TALKS) {
            dip.usOfferDay = Today.FAR_PAST;
            dip.frameworkDay = Today.FAR_PAST;
            dip.councilCallDay = Today.FAR_PAST;
        }
        if (dip.talksOpen) {
            talksDay();
        } else if (tehran == Action.ACCEPT_TALKS) {
            boolean washingtonConsents = dip.usOfferStanding()
                    || dip.openness() >= t.washingtonOpennessThreshold;
            if (washingtonConsents) {
                dip.talksOpen = true;
                dip.talksStartDay = today.day;
                tally.firstTalks = tally.firstTalks < 0 ? today.day : tally.firstTalks;
                story.add(today.day, DIPLOMACY, "Talks open between Washington and Tehran.");
            } else {
                story.add(today.day, DIPLOMACY, "Tehran signals readiness, but Washington will not join the framework.");
            }
        }
    }

    private void talksDay() {
        boolean violence = false;
        for (Action a : today.acts) {
            Actor who = a.actor();
            if (Camps.belligerent(who) && a.rung().level() >= Rung.GRAY_ZONE.level()) {
                violence = true;
            }
        }
        RandomStream washingtonTalks = streams.talks(Actor.WASHINGTON);
        RandomStream tehranTalks = streams.talks(Actor.TEHRAN);
        double uCollapse = washingtonTalks.nextDouble();
        double ew = washingtonTalks.nextGaussian();
        double et = tehranTalks.nextGaussian();
        if (violence || uCollapse < t.talksCollapse) {
            dip.talksOpen = false;
            dip.usOfferDay = Today.FAR_PAST;
            dip.frameworkDay = Today.FAR_PAST;
            story.add(today.day, DIPLOMACY, violence ? "Violence wrecks the talks." : "The talks collapse without a deal.");
            return;
        }
        int tau = today.day - dip.talksStartDay;
        double pain = 1 - c.economy;
        double believedResolve = clamp(beliefs.resolve(Actor.WASHINGTON, Actor.TEHRAN));
        double demandW = Math.max(t.talksWFloor,
                t.talksWDemand - t.talksWConcession * tau * (0.5 + believedResolve));
        double offerT = Math.min(1, t.talksTOffer + t.talksTPainWeight * pain
                + t.talksTConcession * tau * (0.5 + dip.cover()));
        double reliefW = Math.min(1, t.talksWRelief
                + t.talksWReliefStep * tau * (0.5 + believedResolve));
        double demandT = Math.max(t.talksTReliefFloor,
                t.talksTReliefDemand - t.talksTReliefStep * tau * (0.5 + pain));
        double seenByW = offerT + t.noiseSd(Actor.WASHINGTON, Actor.TEHRAN) * ew;
        double seenByT = reliefW + t.noiseSd(Actor.TEHRAN, Actor.WASHINGTON) * et;
        if (seenByW >= demandW && seenByT >= demandT) {
            if (story.on()) {
                // Each side decides on the other's terms as it reads them, so the story shows the
                // perceived values the comparison used (and the true ones beside them). Rounding to
                // two places is monotone, so a printed reading is never below its printed demand.
                story.add(today.day, DIPLOMACY, String.format(Locale.ROOT,
                        "After %d days of talks, Washington reads Tehran's offer as %.2f (it is %.2f), enough for "
                                + "its demand of %.2f, and Tehran reads Washington's relief as %.2f (it is %.2f), "
                                + "enough for its own demand of %.2f.",
                        tau, seenByW, offerT, demandW, seenByT, reliefW, demandT));
            }
            tally.end(Trigger.AGREEMENT, "DEAL: Washington and Tehran strike an agreement.");
        }
    }
}
