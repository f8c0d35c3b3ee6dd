package org.offramp.standoff;

import java.util.List;
import java.util.Locale;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.RecordSchema;

/**
 * The standoff's endings and its metric table: every column of {@code runs.csv} after
 * {@code seed,outcome,day,trigger}, in order, with its kind, words and measure stem. This table
 * alone decides what the library writes, aggregates, reports and measures of a standoff run;
 * adding a column to {@link StandoffRecord} and a line here is all a new recorded field takes.
 *
 * <p>Constants; thread-safe.
 */
public final class StandoffSchema {
    /** The model's name, as files write it ({@code model: standoff}). */
    public static final String NAME = "standoff";

    /** Short names of the rungs 0 to 7, as charts show them on an axis. */
    public static final List<String> RUNG_SHORT_NAMES = List.of("talks", "pressure", "posturing", "gray zone",
            "proxy casualties", "limited strike", "campaign", "open war");

    /** How a standoff run ends: the {@link Outcome}s with their colours, and the {@link Trigger}s. */
    public static final Endings ENDINGS = endings();

    /** The standoff's record schema. */
    public static final RecordSchema<StandoffRecord> SCHEMA = schema();

    private StandoffSchema() {
    }

    private static Endings endings() {
        Endings.Builder b = Endings.builder()
                .ending(Outcome.WAR.name(), "war", "#c0392b")
                .ending(Outcome.DEAL.name(), "a deal", "#1e884e")
                .ending(Outcome.CHAOS.name(), "chaos in Iran", "#e67e22")
                .horizon(Outcome.STALEMATE.name(), "stalemate: the gray zone persists", "#8c8c8c");
        for (Trigger t : Trigger.values()) {
            b.trigger(t.name(), t.outcome().name(), t.description());
        }
        Endings e = b.build();
        // The generic record stores ordinals as indices: the orders must agree.
        for (Outcome o : Outcome.ALL) {
            if (e.indexOf(o.name()) != o.ordinal()) {
                throw new IllegalStateException("ending " + o + " is not at index " + o.ordinal());
            }
        }
        return e;
    }

    private static RecordSchema<StandoffRecord> schema() {
        RecordSchema.Builder<StandoffRecord> b = RecordSchema.builder(ENDINGS, StandoffRecord::seed,
                r -> r.outcome().ordinal(), StandoffRecord::day, r -> r.trigger().ordinal());
        b.metric(Metric.count("highest_rung", StandoffRecord::highestRung).bounded(Rung.COUNT - 1, RUNG_SHORT_NAMES)
                .label("highest rung reached").describedAs("The highest rung of the escalation ladder reached, 0 to 7.")
                .measuredAs("RUNG"));
        for (Rung r : Rung.values()) {
            b.metric(Metric.firstDay("first_day_rung_" + r.level(), (StandoffRecord x) -> x.firstDayOf(r))
                    .label("first day on rung " + r.level())
                    .describedAs("The first day the ladder stood on rung " + r.level() + " (" + r.description()
                            + "), or -1.")
                    .group("ladder"));
        }
        b.metric(Metric.flag("blows_exchanged", StandoffRecord::blowsExchanged).label("blows exchanged")
                .describedAs("Whether a direct exchange of blows (rung 5) occurred.").measuredAs("BLOWS_EXCHANGED"));
        b.metric(Metric.flag("blows_contained", StandoffRecord::blowsContained).label("blows contained")
                .describedAs("Whether blows were exchanged and the ladder fell back below rung 5 without war."));
        b.metric(Metric.count("attacks", StandoffRecord::attacks).label("attacks")
                .describedAs("Hostile kinetic acts of the IRGC and proxies (mines, drones, rockets).")
                .measuredAs("ATTACKS"));
        b.metric(Metric.count("misattributions", StandoffRecord::misattributions).label("misattributions")
                .describedAs("Deniable acts or incidents blamed by an observer on the wrong actor."));
        b.metric(Metric.count("accidents", StandoffRecord::accidents).label("accidents")
                .describedAs("Incidents that no one intended."));
        b.metric(offRamp("referral_day", "council referral", StandoffRecord::referralDay,
                "The first day the Gulf states referred attacks to the Security Council, or -1."));
        b.metric(offRamp("resolution_day", "council resolution", StandoffRecord::resolutionDay,
                "The first day a Council resolution passed (no veto), or -1."));
        b.metric(Metric.count("vetoes", StandoffRecord::vetoes).label("vetoes")
                .describedAs("Moscow's vetoes of Council drafts."));
        b.metric(offRamp("mediation_day", "UN mediation", StandoffRecord::mediationDay,
                "The first day of UN mediation in Yemen, or -1."));
        b.metric(offRamp("dialogue_day", "Moscow-Washington dialogue", StandoffRecord::dialogueDay,
                "The first day a Moscow-Washington dialogue was under way, or -1."));
        b.metric(offRamp("framework_day", "UN framework", StandoffRecord::frameworkDay,
                "The first day the UN proposed an off-ramp framework, or -1."));
        b.metric(offRamp("talks_offered_day", "talks offered", StandoffRecord::talksOfferedDay,
                "The first day talks were offered to Tehran (by Washington, a UN framework or a Moscow-Washington"
                        + " dialogue), or -1."));
        b.metric(offRamp("talks_opened_day", "talks opened", StandoffRecord::talksOpenedDay,
                "The first day talks opened with both sides' consent, or -1.").measuredAs("TALKS_OPENED"));
        b.metric(Metric.category("successor", names(Successor.values()), (StandoffRecord r) -> r.successor().ordinal())
                .label("successor").describedAs("Who leads Tehran after a succession (NONE: no succession)."));
        b.metric(Metric.firstDay("succession_day", StandoffRecord::successionDay).label("succession")
                .describedAs("The day of the succession in Tehran, or -1."));
        b.metric(Metric.category("election", names(ElectionResult.values()), (StandoffRecord r) -> r.election().ordinal())
                .label("US election").describedAs("The result of the US presidential election inside the horizon."));
        b.metric(Metric.count("us_casualties", StandoffRecord::usCasualties).label("US casualties")
                .describedAs("Americans killed."));
        b.metric(Metric.count("iran_casualties", StandoffRecord::iranCasualties).label("Iranian casualties")
                .describedAs("Iranians killed."));
        b.metric(Metric.real("final_economy", StandoffRecord::finalEconomy).label("final economy")
                .describedAs("Iran's economic health at the end, 0 to 1 (1 = before the 2018 sanctions)."));
        b.metric(Metric.real("final_stability", StandoffRecord::finalStability).label("final stability")
                .describedAs("Iran's regime stability at the end, 0 to 1."));
        b.metric(Metric.real("final_sanctions", StandoffRecord::finalSanctions).label("final sanctions")
                .describedAs("The sanctions level at the end, 0 to 1."));
        b.metric(Metric.real("final_breakout_months", StandoffRecord::finalBreakout).label("final breakout time")
                .describedAs("Iran's nuclear breakout time at the end, in months."));
        b.metric(Metric.real("peak_oil_price", StandoffRecord::peakOilPrice).label("peak oil price")
                .describedAs("The highest Brent price reached, in US dollars per barrel."));
        for (Action a : Action.values()) {
            b.metric(Metric.count("n_" + a.name().toLowerCase(Locale.ROOT), (StandoffRecord r) -> r.count(a))
                    .label(a.actor().label() + " " + a.phrase()).describedAs("How often " + a.actor().label() + " "
                            + a.phrase() + ".").group("actions"));
        }
        return b.build();
    }

    private static Metric<StandoffRecord> offRamp(String name, String label,
                                                  java.util.function.ToIntFunction<StandoffRecord> day,
                                                  String description) {
        return Metric.firstDay(name, day).label(label).describedAs(description).group("offramps");
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
