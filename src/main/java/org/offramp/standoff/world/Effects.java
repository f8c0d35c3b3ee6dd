package org.offramp.standoff.world;

import static org.offramp.standoff.StoryCategory.ACT;
import static org.offramp.standoff.StoryCategory.DIPLOMACY;

import org.offramp.random.RandomStream;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;

/**
 * Phase 3, first step: the effects of each actor's act on the state (sanctions, deployments,
 * strikes and their casualties, proxy attacks, nuclear steps, oil, diplomatic moves), with two
 * consequence draws per act. A mechanic of {@link World}.
 */
final class Effects {
    private final WorldTerms t;
    private final Chronicle story;
    private final RunStreams streams;
    private final Today today;
    private final CrisisState c;
    private final Diplomacy dip;
    private final Tally tally;

    Effects(WorldTerms t, Chronicle story, RunStreams streams, Today today, CrisisState c, Diplomacy dip, Tally tally) {
        this.t = t;
        this.story = story;
        this.streams = streams;
        this.today = today;
        this.c = c;
        this.dip = dip;
        this.tally = tally;
    }

    /** Applies one act's effects to the state, with its consequence draws, and tells it. */
    void apply(Action a) {
        tally.actionCounts[a.ordinal()]++;
        Actor who = a.actor();
        RandomStream rng = streams.consequence(who);
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        switch (a) {
            case ADD_SANCTIONS -> c.sanctions = Math.min(1, c.sanctions + t.sanctionsStep);
            case DEPLOY_FORCES -> c.deployment = Math.min(1, c.deployment + t.deploymentStep);
            case CYBER_OPERATION -> c.economy = Math.max(0, c.economy - t.economyCyberDamage);
            case LIMITED_STRIKE -> {
                c.iranCasualties += (int) Math.round(t.strikeIranCasualties * (0.5 + u1));
                c.stability += t.stabilityRally;
                c.breakout = Math.min(t.breakoutInitial, c.breakout + t.breakoutStrikeSetback);
                c.economy = Math.max(0, c.economy - t.economyStrikeDamage);
                c.lastUsStrikeDay = today.day;
            }
            case STRIKE_CAMPAIGN -> {
                c.iranCasualties += (int) Math.round(t.campaignIranCasualties * (0.5 + u1));
                if (today.day - c.lastCampaignDay >= t.ladderMemory) {
                    c.stability += t.stabilityRally;
                }
                c.stability -= t.stabilityCampaignErosion;
                c.economy = Math.max(0, c.economy - t.economyCampaignDamage);
                c.breakout = Math.min(t.breakoutInitial,
                        c.breakout + t.breakoutStrikeSetback / 4);
                c.lastCampaignDay = today.day;
                c.lastUsStrikeDay = today.day;
            }
            case OFFER_TALKS -> {
                dip.usOfferDay = today.day;
                tally.firstOffer = tally.firstOffer < 0 ? today.day : tally.firstOffer;
            }
            case EASE_SANCTIONS -> {
                c.sanctions = Math.max(0, c.sanctions - t.sanctionsEaseStep);
                dip.easingDay = today.day;
            }
            case ORDER_PROXY_OPS -> c.orders = 1;
            case RESTRAIN_PROXIES -> c.orders = 0;
            case NUCLEAR_STEP -> c.breakout = Math.max(t.breakoutMin, c.breakout - t.breakoutStep);
            case THREATEN_SHIPPING -> c.oilDisruption = Math.min(1, c.oilDisruption + t.oilThreatDisruption);
            case DIRECT_RETALIATION -> {
                if (u1 < t.retaliationLethality) {
                    c.usCasualties += Math.max(1, (int) Math.round(t.retaliationUsCasualties * (0.5 + u2)));
                    today.retaliationLethalToday = true;
                }
                c.lastIranStrikeDay = today.day;
            }
            case MINE_TANKER -> {
                tally.attacks++;
                c.oilDisruption = Math.min(1, c.oilDisruption + t.oilMineDisruption);
            }
            case DRONE_STRIKE -> {
                tally.attacks++;
                c.oilDisruption = Math.min(1, c.oilDisruption + t.oilDroneDisruption);
            }
            case ROCKET_ATTACK -> {
                tally.attacks++;
                double p = Math.min(1, t.rocketLethality * c.proxyCapability / 0.5);
                if (u1 < p) {
                    c.usCasualties += 1 + (int) (u2 * 3);
                    today.rocketLethalToday = true;
                }
            }
            case MISSILE_SHIPMENT -> c.proxyCapability = Math.min(1, c.proxyCapability + t.proxyCapabilityStep);
            case REQUEST_PROTECTION -> dip.protectionDay = today.day;
            case REFER_TO_COUNCIL -> {
                dip.referralDay = today.day;
                tally.firstReferral = tally.firstReferral < 0 ? today.day : tally.firstReferral;
            }
            case BACKCHANNEL_TEHRAN -> dip.backchannel = Math.min(1, dip.backchannel + t.backchannelStep);
            case RAISE_OIL_OUTPUT -> c.oilDisruption = Math.max(0, c.oilDisruption - t.oilOutputOffset);
            case MEDIATE_YEMEN -> {
                dip.mediation = Math.min(1, dip.mediation + t.mediationStep);
                tally.firstMediation = tally.firstMediation < 0 ? today.day : tally.firstMediation;
            }
            case CONVENE_COUNCIL -> {
                dip.votePendingDay = today.day;
                // the Council's discussion calls both sides to talks, which Washington backs only when open to them
                if (dip.openness() >= t.washingtonOpennessThreshold) {
                    dip.councilCallDay = today.day;
                    tally.firstOffer = tally.firstOffer < 0 ? today.day : tally.firstOffer;
                    story.add(today.day, DIPLOMACY, "The Security Council, with Washington's backing, calls on both sides to talk.");
                }
            }
            case PROPOSE_FRAMEWORK -> {
                dip.frameworkDay = today.day;
                tally.firstFramework = tally.firstFramework < 0 ? today.day : tally.firstFramework;
                tally.firstOffer = tally.firstOffer < 0 ? today.day : tally.firstOffer;
            }
            case VETO -> {
                // the draft fails and the matter leaves the agenda until attacks are referred again
                dip.votePendingDay = Today.FAR_PAST;
                dip.referralDay = Today.FAR_PAST;
                tally.vetoes++;
            }
            case CO_SPONSOR_DIALOGUE -> {
                if (dip.openness() >= t.washingtonOpennessThreshold) {
                    dip.dialogueDay = today.day;
                    tally.firstDialogue = tally.firstDialogue < 0 ? today.day : tally.firstDialogue;
                    tally.firstOffer = tally.firstOffer < 0 ? today.day : tally.firstOffer;
                } else {
                    story.add(today.day, DIPLOMACY, "Washington declines Moscow's offer of a co-sponsored dialogue.");
                }
            }
            case SUPPORT_IRAN -> c.moscowSupport = Math.min(1, c.moscowSupport + t.moscowSupportStep);
            default -> {
                // holds, threats, talk decisions and stand-downs change no state here
            }
        }
        if (story.on() && !a.isHold()) {
            String extra = "";
            if (a == Action.ROCKET_ATTACK && today.rocketLethalToday || a == Action.DIRECT_RETALIATION && today.retaliationLethalToday) {
                extra = ", killing Americans";
            }
            story.add(today.day, ACT, who.subject() + " " + a.phrase() + extra + (a.deniable() ? " (deniably)" : "") + ".");
        }
    }
}
