package org.offramp.standoff.world;

import static org.offramp.standoff.world.CrisisState.clamp;

import org.offramp.standoff.Actor;
import org.offramp.standoff.Rung;
import org.offramp.standoff.decision.ActorView;
import org.offramp.standoff.perception.Beliefs;

/**
 * What one actor may see of the world (an {@link ActorView}): its own state, its own beliefs and
 * public facts; questions about another actor's own state throw. One per actor per run, reused
 * every day; decision code sees only the interface.
 */
final class WorldView implements ActorView {
    private final Actor self;
    private final WorldTerms t;
    private final Beliefs beliefs;
    private final Today today;
    private final CrisisState c;
    private final Ladder ladder;
    private final Diplomacy dip;

    WorldView(Actor self, WorldTerms t, Beliefs beliefs, Today today, CrisisState c, Ladder ladder, Diplomacy dip) {
        this.self = self;
        this.t = t;
        this.beliefs = beliefs;
        this.today = today;
        this.c = c;
        this.ladder = ladder;
        this.dip = dip;
    }

    private void require(Actor owner, String what) {
        if (self != owner) {
            throw new IllegalStateException(what + " is " + owner.label() + "'s own state; "
                    + self.label() + " cannot read it");
        }
    }

    @Override
    public Actor self() {
        return self;
    }

    @Override
    public int day() {
        return today.day;
    }

    @Override
    public double hostility(Actor other) {
        return clamp(beliefs.hostility(self, other));
    }

    @Override
    public double hostilitySd(Actor other) {
        return beliefs.hostilitySd(self, other);
    }

    @Override
    public double resolve(Actor other) {
        return clamp(beliefs.resolve(self, other));
    }

    @Override
    public double resolveSd(Actor other) {
        return beliefs.resolveSd(self, other);
    }

    @Override
    public double provocation() {
        return beliefs.provocation(self);
    }

    private int triggerMemory() {
        return self == Actor.WASHINGTON ? t.washingtonTriggerDays
                : self == Actor.TEHRAN ? t.tehranTriggerDays : 0;
    }

    @Override
    public boolean triggered() {
        return today.day - beliefs.triggerDay(self) < triggerMemory();
    }

    @Override
    public boolean triggeredByState() {
        return today.day - beliefs.stateTriggerDay(self) < triggerMemory();
    }

    @Override
    public double triggerFreshness() {
        int m = triggerMemory();
        int since = today.day - beliefs.triggerDay(self);
        return m == 0 || since >= m ? 0 : 1 - since / (double) m;
    }

    @Override
    public double ownResolve() {
        return c.resolve[self.ordinal()];
    }

    @Override
    public double ownPain() {
        return switch (self) {
            case TEHRAN -> 1 - c.economy;
            case GULF -> c.oilDisruption;
            default -> 0;
        };
    }

    @Override
    public double restraint() {
        require(Actor.WASHINGTON, "restraint");
        return c.restraint;
    }

    @Override
    public double hardliners() {
        require(Actor.WASHINGTON, "hard-liner influence");
        return c.hardliners;
    }

    @Override
    public boolean newAdministration() {
        return c.newAdministration;
    }

    @Override
    public boolean gateOpen() {
        require(Actor.WASHINGTON, "the restraint gate");
        return c.gateOpen;
    }

    @Override
    public double openness() {
        require(Actor.WASHINGTON, "openness to talks");
        return dip.openness();
    }

    @Override
    public boolean leaderRefusesTalks() {
        require(Actor.TEHRAN, "the Leader's refusal");
        return c.leaderRefuses;
    }

    @Override
    public double orders() {
        if (self != Actor.TEHRAN && self != Actor.IRGC) {
            throw new IllegalStateException("Tehran's orders to the IRGC are not known to " + self.label());
        }
        return c.orders;
    }

    @Override
    public Rung ladder() {
        return Rung.of(ladder.rung);
    }

    @Override
    public double sanctions() {
        return c.sanctions;
    }

    @Override
    public double deployment() {
        return c.deployment;
    }

    @Override
    public double oilDisruption() {
        return c.oilDisruption;
    }

    @Override
    public double breakoutMonths() {
        return c.breakout;
    }

    @Override
    public boolean talksOpen() {
        return dip.talksOpen;
    }

    @Override
    public boolean offerStanding() {
        return dip.offerStanding();
    }

    @Override
    public boolean washingtonOfferStanding() {
        return dip.usOfferStanding();
    }

    @Override
    public boolean frameworkStanding() {
        return dip.frameworkStanding();
    }

    @Override
    public boolean dialogueActive() {
        return dip.dialogueActive();
    }

    @Override
    public double cover() {
        return dip.cover();
    }

    @Override
    public boolean referralActive() {
        return dip.referralActive();
    }

    @Override
    public boolean councilVotePending() {
        return dip.votePending();
    }

    @Override
    public boolean resolutionInForce() {
        return dip.resolutionInForce();
    }

    @Override
    public double mediationMomentum() {
        return dip.mediation;
    }

    @Override
    public boolean protectionRequested() {
        return today.day - dip.protectionDay < 30;
    }

    @Override
    public boolean campaignUnderWay() {
        return today.day - c.lastCampaignDay < t.ladderMemory;
    }

    @Override
    public boolean offRampEnabled(OffRamp offRamp) {
        return switch (offRamp) {
            case COUNCIL_REFERRAL -> t.offrampReferral;
            case UN_MEDIATION -> t.offrampMediation;
            case MOSCOW_DIALOGUE -> t.offrampDialogue;
            case UN_FRAMEWORK -> t.offrampFramework;
        };
    }
}
