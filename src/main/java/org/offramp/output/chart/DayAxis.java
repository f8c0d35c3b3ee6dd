package org.offramp.output.chart;

import java.time.LocalDate;

/**
 * The simulated calendar as charts show it: days counted from day 0, whose date the axis label gives.
 *
 * <p>Thread safety: constants only.
 */
public final class DayAxis {

    /** Day 0 of the flagship scenario: 2019-05-17 ({@code docs/ODD.md} §2.4). */
    public static final LocalDate DEFAULT_DAY_ZERO = LocalDate.of(2019, 5, 17);

    private DayAxis() {
    }

    /**
     * The label of a day axis, e.g. {@code "Day (day 0 = 2019-05-17)"}.
     *
     * @param dayZero the date of day 0
     * @return the label
     */
    public static String label(LocalDate dayZero) {
        return "Day (day 0 = " + Checks.notNull("dayZero", dayZero) + ")";
    }
}
