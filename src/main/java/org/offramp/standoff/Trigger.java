package org.offramp.standoff;

/** What ended a run; each trigger belongs to one {@link Outcome}. */
public enum Trigger {
    /** Open war (the top rung) held for {@code endings.war.topRungDays} days. */
    TOP_RUNG_HELD(Outcome.WAR, "open war held"),
    /** A strike campaign (rung 6 or above) sustained for {@code endings.war.campaignDays} days. */
    CAMPAIGN_SUSTAINED(Outcome.WAR, "strike campaign sustained"),
    /** Talks opened and each side's offer met what the other, as it perceived it, would accept. */
    AGREEMENT(Outcome.DEAL, "agreement in talks"),
    /** Regime stability fell below the threshold through unrest. */
    MASS_UNREST(Outcome.CHAOS, "mass unrest"),
    /** Regime stability collapsed within 30 days of a day of US strike campaign. */
    COLLAPSE_UNDER_FIRE(Outcome.CHAOS, "collapse under fire"),
    /** The Leader died or was removed while the regime was too weak for an orderly succession. */
    DISORDERLY_SUCCESSION(Outcome.CHAOS, "disorderly succession"),
    /** The horizon was reached with none of the other endings. */
    HORIZON(Outcome.STALEMATE, "horizon reached");

    private final Outcome outcome;
    private final String description;

    Trigger(Outcome outcome, String description) {
        this.outcome = outcome;
        this.description = description;
    }

    /** {@return the outcome this trigger produces} */
    public Outcome outcome() {
        return outcome;
    }

    /** {@return a few words for tables and stories} */
    public String description() {
        return description;
    }
}
