package org.offramp.examples.brinkmanship;

import java.util.List;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.RecordSchema;

/**
 * How a brinkmanship run can end, and what the library records of it: the one table from which
 * {@code runs.csv}, {@code summary.json}, the console tables, the charts and the measures of the
 * policy designs all follow.
 */
public final class CrisisSchema {
    // region endings
    /** WAR (two triggers), SETTLEMENT, and STANDOFF, the ending of a crisis still open at the horizon. */
    public static final Endings ENDINGS = Endings.builder()
            .ending("WAR", "war", "#c0392b")
            .ending("SETTLEMENT", "settled at the table", "#1e884e")
            .horizon("STANDOFF", "still at the brink by the horizon", "#7f8c8d")
            .trigger("TOP_RUNG_HELD", "WAR", "a side held the top rung")
            .trigger("INCIDENT", "WAR", "an incident between forces at the brink")
            .trigger("CALM_TALKS", "SETTLEMENT", "talks open while both sides read calm")
            .trigger("HORIZON", "STANDOFF", "horizon reached")
            .build();

    /** The endings' indices, in the order above. */
    public static final int WAR = 0;
    /** See {@link #WAR}. */
    public static final int SETTLEMENT = 1;
    /** See {@link #WAR}. */
    public static final int STANDOFF = 2;
    /** The triggers' indices, in the order above. */
    public static final int TOP_RUNG_HELD = 0;
    /** See {@link #TOP_RUNG_HELD}. */
    public static final int INCIDENT = 1;
    /** See {@link #TOP_RUNG_HELD}. */
    public static final int CALM_TALKS = 2;
    /** See {@link #TOP_RUNG_HELD}. */
    public static final int HORIZON = 3;
    // endregion

    // region metrics
    /** The categories of {@code first_to_escalate}: no one, Blue, Red, or both on the same day. */
    public static final List<String> FIRST_MOVERS = List.of("NONE", "BLUE", "RED", "BOTH");

    /** The record's columns: one metric of every kind. */
    public static final RecordSchema<CrisisRecord> SCHEMA = RecordSchema.<CrisisRecord>builder(ENDINGS,
                    CrisisRecord::seed, CrisisRecord::ending, CrisisRecord::day, CrisisRecord::trigger)
            .metric(Metric.category("first_to_escalate", FIRST_MOVERS, CrisisRecord::firstToEscalate)
                    .label("first to escalate")
                    .describedAs("the side that first stepped up the ladder (BOTH: on the same day)"))
            .metric(Metric.count("highest_rung", CrisisRecord::highestRung)
                    .bounded(Ladder.TOP, Ladder.RUNGS)
                    .label("highest rung").describedAs("the highest rung either side stood on")
                    .measuredAs("RUNG"))
            .metric(Metric.count("escalations", CrisisRecord::escalations)
                    .label("escalations").describedAs("steps up the ladder, both sides together")
                    .measuredAs("ESCALATIONS"))
            .metric(Metric.count("misread_escalations", CrisisRecord::misreadEscalations)
                    .label("escalations on a misreading")
                    .describedAs("steps up taken while reading the other more than half a rung above its rung")
                    .measuredAs("MISREAD"))
            .metric(Metric.flag("talks_opened", CrisisRecord::talksOpened)
                    .label("talks opened").describedAs("both sides accepted the mediator's offer at least once")
                    .measuredAs("TALKS"))
            .metric(Metric.firstDay("top_rung_day", CrisisRecord::topRungDay)
                    .label("first day on the top rung").describedAs("the first day a side stood on the top rung")
                    .measuredAs("TOP_RUNG"))
            .metric(Metric.real("mean_belief_error", CrisisRecord::meanBeliefError)
                    .label("mean belief error (rungs)")
                    .describedAs("how far, on average, a side's belief was from the other's rung"))
            .build();
    // endregion

    private CrisisSchema() {
    }
}
