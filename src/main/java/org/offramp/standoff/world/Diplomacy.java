package org.offramp.standoff.world;

/**
 * The state of diplomacy: the days of offers, calls, dialogue, referrals, votes, resolutions,
 * easing and requests for protection; mediation and back-channel momentum; whether talks are open.
 * A state holder of {@link World}, with the questions asked of it (what stands, what is in force,
 * how much cover talks would have). Not thread-safe.
 */
final class Diplomacy {
    private final WorldTerms t;
    private final Today today;
    private final CrisisState c;

    int usOfferDay = Today.FAR_PAST;
    int frameworkDay = Today.FAR_PAST;
    int councilCallDay = Today.FAR_PAST;
    int dialogueDay = Today.FAR_PAST;
    int referralDay = Today.FAR_PAST;
    int votePendingDay = Today.FAR_PAST;
    int resolutionDay = Today.FAR_PAST;
    int easingDay = Today.FAR_PAST;
    int protectionDay = Today.FAR_PAST;
    double mediation;
    double backchannel;
    boolean talksOpen;
    int talksStartDay = Today.FAR_PAST;

    Diplomacy(WorldTerms t, Today today, CrisisState c, double mediation) {
        this.t = t;
        this.today = today;
        this.c = c;
        this.mediation = mediation;
    }

    double openness() {
        return (1 - c.hardliners) * c.restraint + (c.newAdministration ? t.opennessNewAdmin : 0);
    }

    boolean within(int since, int days) {
        return today.day - since < days && since > Today.FAR_PAST;
    }

    boolean usOfferStanding() {
        return within(usOfferDay, t.offerDays);
    }

    boolean frameworkStanding() {
        return within(frameworkDay, t.offerDays);
    }

    boolean dialogueActive() {
        return within(dialogueDay, t.dialogueDays);
    }

    boolean resolutionInForce() {
        return within(resolutionDay, t.resolutionDays);
    }

    boolean referralActive() {
        return within(referralDay, t.resolutionDays);
    }

    boolean votePending() {
        return votePendingDay > Today.FAR_PAST && today.day > votePendingDay;
    }

    double cover() {
        double c = (frameworkStanding() ? t.coverFramework : 0)
                + (dialogueActive() ? t.coverDialogue : 0)
                + (resolutionInForce() ? t.coverResolution : referralActive() ? t.coverReferral : 0)
                + t.coverMediation * mediation
                + t.coverBackchannel * backchannel
                + (within(easingDay, t.offerDays) ? t.coverEasing : 0);
        return Math.min(1, c);
    }

    boolean offerStanding() {
        return usOfferStanding() || frameworkStanding() || dialogueActive() || within(councilCallDay, t.offerDays);
    }
}
