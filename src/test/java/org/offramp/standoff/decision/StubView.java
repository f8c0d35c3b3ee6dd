package org.offramp.standoff.decision;

import java.util.EnumSet;
import java.util.Set;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Rung;

/**
 * An {@link ActorView} whose every answer is a field the test sets: the beliefs, the actor's own
 * state and the public facts. Unlike the world's view it answers every question for every actor,
 * so a rule can be driven into any state.
 */
final class StubView implements ActorView {
    Actor self;
    int day = 10;
    final double[] hostility = new double[Actor.COUNT];
    final double[] resolve = new double[Actor.COUNT];
    double provocation = 0.3;
    boolean triggered;
    boolean triggeredByState;
    double triggerFreshness;
    double ownResolve = 0.7;
    double ownPain = 0.45;
    double restraint = 0.8;
    double hardliners = 0.6;
    boolean newAdministration;
    boolean gateOpen;
    double openness = 0.32;
    boolean leaderRefusesTalks = true;
    double orders = 0.5;
    Rung ladder = Rung.GRAY_ZONE;
    double sanctions = 0.6;
    double deployment = 0.3;
    double oilDisruption = 0.2;
    double breakoutMonths = 12;
    boolean talksOpen;
    boolean offerStanding;
    boolean washingtonOfferStanding;
    boolean frameworkStanding;
    boolean dialogueActive;
    double cover = 0.1;
    boolean referralActive;
    boolean councilVotePending;
    boolean resolutionInForce;
    double mediationMomentum = 0.25;
    boolean protectionRequested;
    boolean campaignUnderWay;
    final Set<OffRamp> offRamps = EnumSet.allOf(OffRamp.class);

    StubView(Actor self) {
        this.self = self;
        for (Actor a : Actor.ALL) {
            hostility[a.ordinal()] = 0.4 + 0.05 * a.ordinal();
            resolve[a.ordinal()] = 0.55 + 0.03 * a.ordinal();
        }
    }

    @Override
    public Actor self() {
        return self;
    }

    @Override
    public int day() {
        return day;
    }

    @Override
    public double hostility(Actor other) {
        return hostility[other.ordinal()];
    }

    @Override
    public double hostilitySd(Actor other) {
        return 0.1;
    }

    @Override
    public double resolve(Actor other) {
        return resolve[other.ordinal()];
    }

    @Override
    public double resolveSd(Actor other) {
        return 0.1;
    }

    @Override
    public double provocation() {
        return provocation;
    }

    @Override
    public boolean triggered() {
        return triggered;
    }

    @Override
    public boolean triggeredByState() {
        return triggeredByState;
    }

    @Override
    public double triggerFreshness() {
        return triggerFreshness;
    }

    @Override
    public double ownResolve() {
        return ownResolve;
    }

    @Override
    public double ownPain() {
        return ownPain;
    }

    @Override
    public double restraint() {
        return restraint;
    }

    @Override
    public double hardliners() {
        return hardliners;
    }

    @Override
    public boolean newAdministration() {
        return newAdministration;
    }

    @Override
    public boolean gateOpen() {
        return gateOpen;
    }

    @Override
    public double openness() {
        return openness;
    }

    @Override
    public boolean leaderRefusesTalks() {
        return leaderRefusesTalks;
    }

    @Override
    public double orders() {
        return orders;
    }

    @Override
    public Rung ladder() {
        return ladder;
    }

    @Override
    public double sanctions() {
        return sanctions;
    }

    @Override
    public double deployment() {
        return deployment;
    }

    @Override
    public double oilDisruption() {
        return oilDisruption;
    }

    @Override
    public double breakoutMonths() {
        return breakoutMonths;
    }

    @Override
    public boolean talksOpen() {
        return talksOpen;
    }

    @Override
    public boolean offerStanding() {
        return offerStanding;
    }

    @Override
    public boolean washingtonOfferStanding() {
        return washingtonOfferStanding;
    }

    @Override
    public boolean frameworkStanding() {
        return frameworkStanding;
    }

    @Override
    public boolean dialogueActive() {
        return dialogueActive;
    }

    @Override
    public double cover() {
        return cover;
    }

    @Override
    public boolean referralActive() {
        return referralActive;
    }

    @Override
    public boolean councilVotePending() {
        return councilVotePending;
    }

    @Override
    public boolean resolutionInForce() {
        return resolutionInForce;
    }

    @Override
    public double mediationMomentum() {
        return mediationMomentum;
    }

    @Override
    public boolean protectionRequested() {
        return protectionRequested;
    }

    @Override
    public boolean campaignUnderWay() {
        return campaignUnderWay;
    }

    @Override
    public boolean offRampEnabled(OffRamp offRamp) {
        return offRamps.contains(offRamp);
    }
}
