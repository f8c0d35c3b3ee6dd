package org.offramp.output.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One run's course day by day: daily series drawn in panels (series of one group share a panel and
 * its axis) and dated markers drawn on an events strip below them, with the day and name of the
 * run's ending. The input of {@link Charts#timeline}.
 *
 * <pre>{@code
 * RunTimeline t = new RunTimeline("Run 3 (seed 42): WAR on day 212", LocalDate.of(2019, 5, 17),
 *         List.of(new RunTimeline.Series("Ladder rung", "Escalation", "rung", rungs)),
 *         List.of(new RunTimeline.Marker(12, "attack", "Tanker mined")),
 *         212, "WAR", OutcomeColors.NONE);
 * }</pre>
 *
 * <p>Immutable and thread-safe: arrays and lists are copied in and out.
 *
 * @param title     the chart title, non-blank
 * @param dayZero   the calendar date of day 0
 * @param series    the daily series in drawing order, at least one, all of the same length
 * @param markers   the dated markers, possibly none; each on a day the series cover
 * @param endDay    the day the run ended, drawn as a vertical line, in [0, days]
 * @param ending    the name of the run's ending, for the line's label and colour
 * @param colours   the endings' colours
 */
public record RunTimeline(String title, LocalDate dayZero, List<Series> series, List<Marker> markers, int endDay,
                          String ending, OutcomeColors colours) {
    /**
     * One daily series.
     *
     * @param label  what it is, for the legend, non-blank
     * @param group  the panel it is drawn in, non-blank
     * @param unit   its unit, for the panel's axis (may be empty)
     * @param values the value on each day from day 0; NaN where undefined (a gap in the line)
     * @param truth  whether it is the truth the series before it in its group aims at (an actor's
     *               revealed hostility after another's belief about it): drawn in that series' colour,
     *               dashed, while the estimate is solid
     */
    public record Series(String label, String group, String unit, double[] values, boolean truth) {
        /**
         * A series that is no one's truth.
         *
         * @param label  what it is, for the legend, non-blank
         * @param group  the panel it is drawn in, non-blank
         * @param unit   its unit, for the panel's axis (may be empty)
         * @param values the value on each day from day 0; NaN where undefined
         * @throws IllegalArgumentException if a text is blank, the values are empty or one is infinite
         */
        public Series(String label, String group, String unit, double[] values) {
            this(label, group, unit, values, false);
        }

        /**
         * Checks and copies the arguments.
         *
         * @param label what it is, for the legend, non-blank
         * @param group the panel it is drawn in, non-blank
         * @param unit its unit, for the panel's axis (may be empty)
         * @param values the value on each day from day 0; NaN where undefined (a gap in the line)
         * @param truth whether it is the truth the series before it in its group aims at (an actor's
         *        revealed hostility after another's belief about it): drawn in that series' colour,
         *        dashed, while the estimate is solid
         * @throws IllegalArgumentException if a text is blank, the values are empty or one is infinite
         */
        public Series {
            label = Checks.text("label", label);
            group = Checks.text("group", group);
            Checks.notNull("unit", unit);
            Checks.notNull("values", values);
            if (values.length == 0) {
                throw new IllegalArgumentException("values of " + label + " must cover at least day 0, but was empty");
            }
            values = values.clone();
            for (int d = 0; d < values.length; d++) {
                if (Double.isInfinite(values[d])) {
                    throw new IllegalArgumentException("values[" + d + "] of " + label + " must be finite or NaN, but"
                            + " was " + values[d]);
                }
            }
        }

        /** {@return the value on each day from day 0, a copy} */
        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Series s && label.equals(s.label) && group.equals(s.group) && unit.equals(s.unit)
                    && Arrays.equals(values, s.values) && truth == s.truth;
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, group, unit, Arrays.hashCode(values), truth);
        }

        @Override
        public String toString() {
            return "Series[" + label + ", " + values.length + " days]";
        }
    }

    /**
     * A dated marker.
     *
     * @param day   the day, &gt;= 0
     * @param kind  its kind: markers of one kind share a row and a symbol, non-blank
     * @param label a few words about it (may be empty)
     */
    public record Marker(int day, String kind, String label) {
        /**
         * Checks the arguments.
         *
         * @param day the day, &gt;= 0
         * @param kind its kind: markers of one kind share a row and a symbol, non-blank
         * @param label a few words about it (may be empty)
         * @throws IllegalArgumentException if the day is negative or the kind blank
         */
        public Marker {
            if (day < 0) {
                throw new IllegalArgumentException("marker day must be >= 0, but was " + day);
            }
            kind = Checks.text("kind", kind);
            Checks.notNull("label", label);
        }
    }

    /**
     * Checks and copies the arguments.
     *
     * @param title the chart title, non-blank
     * @param dayZero the calendar date of day 0
     * @param series the daily series in drawing order, at least one, all of the same length
     * @param markers the dated markers, possibly none; each on a day the series cover
     * @param endDay the day the run ended, drawn as a vertical line, in [0, days]
     * @param ending the name of the run's ending, for the line's label and colour
     * @param colours the endings' colours
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public RunTimeline {
        title = Checks.text("title", title);
        Checks.notNull("dayZero", dayZero);
        Checks.notNull("series", series);
        Checks.notNull("markers", markers);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("series must hold at least one series, but was empty");
        }
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        int days = series.get(0).values.length;
        for (Series s : series) {
            if (s.values.length != days) {
                throw new IllegalArgumentException("every series must cover " + days + " days (as "
                        + series.get(0).label() + "), but " + s.label() + " covered " + s.values.length);
            }
        }
        for (Marker m : markers) {
            if (m.day() > days) {
                throw new IllegalArgumentException("marker " + m.kind() + " on day " + m.day() + " must be within the"
                        + " series' days [0, " + days + "]");
            }
        }
        if (endDay < 0 || endDay > days) {
            throw new IllegalArgumentException("endDay must be in [0, " + days + "], but was " + endDay);
        }
        ending = Checks.text("ending", ending);
        Checks.notNull("colours", colours);
    }

    /** {@return the days the series cover (day 0 to {@code days() - 1}): the length of every series} */
    public int days() {
        return series.get(0).values.length;
    }

    /** {@return the panels' groups, in order of first appearance} */
    public List<String> groups() {
        List<String> g = new ArrayList<>();
        for (Series s : series) {
            if (!g.contains(s.group())) {
                g.add(s.group());
            }
        }
        return g;
    }

    /** {@return the markers' kinds, in order of first appearance} */
    public List<String> kinds() {
        List<String> k = new ArrayList<>();
        for (Marker m : markers) {
            if (!k.contains(m.kind())) {
                k.add(m.kind());
            }
        }
        return k;
    }
}
