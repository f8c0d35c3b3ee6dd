package org.offramp.tankerwar;

import java.util.List;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.RecordSchema;

/**
 * The endings of the Tanker War model (design §7.6) and the columns of its record, in order: the
 * {@code runs.csv} header, the aggregate and the measures of the designs follow from this table.
 */
public final class TwSchema {
    /** Ending indices. */
    public static final int WAR = 0;
    /** A ceasefire after Tehran's acceptance of 598. */
    public static final int CEASEFIRE = 1;
    /** Collapse of order in Iran. */
    public static final int CHAOS = 2;
    /** None of them by the horizon. */
    public static final int STALEMATE = 3;

    /** Trigger indices. */
    public static final int TOP_RUNG_HELD = 0;
    /** Rung 6 or more held. */
    public static final int CAMPAIGN_SUSTAINED = 1;
    /** 598 accepted and implemented. */
    public static final int RESOLUTION_ACCEPTED = 2;
    /** Iran's stability collapsed. */
    public static final int REGIME_COLLAPSE = 3;
    /** The horizon. */
    public static final int HORIZON = 4;

    /** The endings and their triggers, in index order. */
    public static final Endings ENDINGS = Endings.builder()
            .ending("WAR", "open US–Iran war", "#b2182b")
            .ending("CEASEFIRE", "ceasefire under Resolution 598", "#1a9850")
            .ending("CHAOS", "collapse of order in Iran", "#7b3294")
            .horizon("STALEMATE", "no ending by the horizon", "#8c8c8c")
            .trigger("TOP_RUNG_HELD", "WAR", "open war held on the top rung")
            .trigger("CAMPAIGN_SUSTAINED", "WAR", "a strike campaign sustained")
            .trigger("RESOLUTION_ACCEPTED", "CEASEFIRE", "Tehran accepted 598 and the ceasefire took effect")
            .trigger("REGIME_COLLAPSE", "CHAOS", "Iran's stability collapsed")
            .trigger("HORIZON", "STALEMATE", "horizon reached")
            .build();

    private static final List<String> RUNGS = List.of("0", "1", "2", "3", "4", "5", "6", "7");

    /** The record's columns. */
    public static final RecordSchema<TwRecord> SCHEMA = RecordSchema.<TwRecord>builder(ENDINGS, TwRecord::seed,
                    TwRecord::ending, TwRecord::day, TwRecord::trigger)
            .metric(Metric.count("protected_mine_strikes", TwRecord::protectedMineStrikes).group("mines")
                    .label("mine strikes on protected ships").measuredAs("PROTECTED_MINES"))
            .metric(Metric.firstDay("first_protected_mine_day", TwRecord::firstProtectedMine).group("mines")
                    .label("first mine on a protected ship").measuredAs("FIRST_PROTECTED_MINE"))
            .metric(Metric.count("other_mine_strikes", TwRecord::otherMineStrikes).group("mines")
                    .label("mine strikes on other ships"))
            .metric(Metric.firstDay("first_direct_fire_day", TwRecord::firstDirectFire).group("exchanges")
                    .label("first US–Iran direct fire").measuredAs("DIRECT_FIRE"))
            .metric(Metric.firstDay("first_lethal_clash_day", TwRecord::firstLethalClash).group("exchanges")
                    .label("first lethal US–Iran clash").measuredAs("LETHAL_CLASH"))
            .metric(Metric.count("strike_days", TwRecord::strikeDays).group("exchanges")
                    .label("days of US strikes").measuredAs("STRIKE_DAYS"))
            .metric(Metric.firstDay("first_strike_day", TwRecord::firstStrike).group("exchanges")
                    .label("first US strike").measuredAs("FIRST_STRIKE"))
            .metric(Metric.count("longest_strike_run", TwRecord::longestStrikeRun).group("exchanges")
                    .label("longest run of strike days"))
            .metric(Metric.flag("contained", TwRecord::contained).group("exchanges")
                    .label("exchanges contained").measuredAs("CONTAINED"))
            .metric(Metric.firstDay("mass_accident_day", TwRecord::massAccidentDay).group("accidents")
                    .label("accident killing 100 or more under high alert").measuredAs("MASS_ACCIDENT"))
            .metric(Metric.count("incidents", TwRecord::incidents).group("accidents")
                    .label("unintended engagements"))
            .metric(Metric.count("americans_killed_by_iran", TwRecord::americansKilledByIran).group("exchanges")
                    .label("Americans killed by Iranian fire").measuredAs("AMERICANS_KILLED"))
            .metric(Metric.firstDay("first_silkworm_us_flag_day", TwRecord::firstSilkwormUsFlag).group("exchanges")
                    .label("first Silkworm hit on a US-flag ship").measuredAs("SILKWORM_US_FLAG"))
            .metric(Metric.firstDay("accept_day", TwRecord::acceptDay).group("diplomacy")
                    .label("Tehran accepts 598").measuredAs("ACCEPT"))
            .metric(Metric.firstDay("iraqi_strike_on_us_ship_day", TwRecord::iraqiStrikeOnUsShip).group("accidents")
                    .label("Iraqi fire on a US warship").measuredAs("IRAQI_STRIKE_ON_US"))
            .metric(Metric.count("attacks_december_1987", TwRecord::attacksDecember1987).group("shipping")
                    .label("ships hit in December 1987").measuredAs("ATTACKS_DEC87"))
            .metric(Metric.count("iraqi_attacks", TwRecord::iraqiAttacks).group("shipping")
                    .label("Iraqi attacks on shipping").measuredAs("IRAQI_ATTACKS"))
            .metric(Metric.count("iranian_attacks", TwRecord::iranianAttacks).group("shipping")
                    .label("Iranian attacks on shipping").measuredAs("IRANIAN_ATTACKS"))
            .metric(Metric.count("misattributions", TwRecord::misattributions).group("perception")
                    .label("misattributions").measuredAs("MISATTRIBUTIONS"))
            .metric(Metric.count("max_rung", TwRecord::maxRung).bounded(7, RUNGS)
                    .label("highest rung").measuredAs("MAX_RUNG"))
            .metric(Metric.real("war_position", TwRecord::warPosition).label("Iran's war position at the end"))
            .metric(Metric.real("economy", TwRecord::economy).label("Iran's economy at the end"))
            .build();

    private TwSchema() {
    }
}
