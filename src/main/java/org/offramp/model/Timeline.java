package org.offramp.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One run's course day by day, as a model chooses to show it: named daily series (a ladder rung, an
 * economy, a belief next to the truth it aims at) and dated markers (an attack, an accident, an
 * off-ramp, an election). A {@link Replay} carries it; charts draw it without knowing the model.
 *
 * <pre>{@code
 * Timeline t = new Timeline(
 *         List.of(new Timeline.Series("rung", "Ladder rung", "rung", "Escalation", new double[] {3, 3, 4})),
 *         List.of(new Timeline.Marker(2, "attack", "Mine strikes a tanker")));
 * }</pre>
 *
 * <p>Immutable and thread-safe: arrays and lists are copied in and out.
 *
 * @param series  the daily series, in drawing order; all of the same length (the days the run lasted,
 *                day 0 included)
 * @param markers the dated markers, in day order
 */
public record Timeline(List<Series> series, List<Marker> markers) {
    /** A timeline with nothing in it: for models that draw none. */
    public static final Timeline EMPTY = new Timeline(List.of(), List.of());

    /**
     * Checks and copies the arguments.
     *
     * @param series  the daily series, in drawing order; all of the same length (the days the run lasted,
     *                day 0 included)
     * @param markers the dated markers, in day order
     * @throws IllegalArgumentException if the series differ in length or the markers are out of day
     *                                  order
     */
    public Timeline {
        series = List.copyOf(Objects.requireNonNull(series, "series"));
        markers = List.copyOf(Objects.requireNonNull(markers, "markers"));
        for (Series s : series) {
            if (s.length() != series.get(0).length()) {
                throw new IllegalArgumentException("every series must have " + series.get(0).length()
                        + " days (as " + series.get(0).name() + "), but " + s.name() + " had " + s.length());
            }
        }
        for (int i = 1; i < markers.size(); i++) {
            if (markers.get(i).day() < markers.get(i - 1).day()) {
                throw new IllegalArgumentException("markers must be in day order, but day " + markers.get(i).day()
                        + " follows day " + markers.get(i - 1).day());
            }
        }
    }

    /** {@return the number of days the series cover, or 0 without series} */
    public int days() {
        return series.isEmpty() ? 0 : series.get(0).length();
    }

    /**
     * One daily series.
     *
     * <p>A series named {@code truth.} something ({@link #isTruth()}) is the truth that the series
     * just before it in the same group aims at, such as an actor's revealed hostility after another
     * actor's belief about it: charts draw the pair in one colour, the estimate solid and the truth
     * dashed.
     *
     * @param name   a short identifier (letters, digits, dots, dashes, underscores), e.g. {@code rung}
     * @param label  what a chart calls it, e.g. "Ladder rung"
     * @param unit   its unit, e.g. "rung (0-7)" or "US$ per barrel"
     * @param group  the panel it is drawn in: series of one group share an axis
     * @param values the value on each day from day 0; NaN where it is undefined
     */
    public record Series(String name, String label, String unit, String group, double[] values) {
        /** The name prefix of a truth series: see {@link #isTruth()}. */
        public static final String TRUTH_PREFIX = "truth.";

        /**
         * Checks and copies the arguments.
         *
         * @param name   a short identifier (letters, digits, dots, dashes, underscores), e.g. {@code rung}
         * @param label  what a chart calls it, e.g. "Ladder rung"
         * @param unit   its unit, e.g. "rung (0-7)" or "US$ per barrel"
         * @param group  the panel it is drawn in: series of one group share an axis
         * @param values the value on each day from day 0; NaN where it is undefined
         * @throws IllegalArgumentException if the name is not an identifier
         */
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(group, "group");
            if (!name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("series name must be letters, digits, '.', '-' or '_', but was \""
                        + name + "\"");
            }
            values = Objects.requireNonNull(values, "values").clone();
        }

        /** {@return a copy of the values} */
        @Override
        public double[] values() {
            return values.clone();
        }

        /**
         * Whether this series is the truth that the series before it in its group aims at: its name
         * starts with {@value #TRUTH_PREFIX}.
         *
         * @return true for a truth series
         */
        public boolean isTruth() {
            return name.startsWith(TRUTH_PREFIX);
        }

        /** {@return the number of days} */
        public int length() {
            return values.length;
        }

        /**
         * The value on one day.
         *
         * @param day from 0
         * @return the value, NaN where undefined
         */
        public double at(int day) {
            return values[day];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Series s && name.equals(s.name) && label.equals(s.label) && unit.equals(s.unit)
                    && group.equals(s.group) && Arrays.equals(values, s.values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, label, unit, group, Arrays.hashCode(values));
        }

        @Override
        public String toString() {
            return "Series[" + name + ", " + values.length + " days]";
        }
    }

    /**
     * A dated mark on the timeline.
     *
     * @param day   the day, from 0
     * @param kind  what sort of mark, e.g. {@code attack}, {@code misattribution}, {@code accident},
     *              {@code offramp}, {@code election}, {@code succession}: marks of one kind share a
     *              symbol and a legend entry
     * @param label a few words for the legend or a tooltip
     */
    public record Marker(int day, String kind, String label) {
        /**
         * Checks the arguments.
         *
         * @param day   the day, from 0
         * @param kind  what sort of mark, e.g. {@code attack}, {@code misattribution}, {@code accident},
         *              {@code offramp}, {@code election}, {@code succession}: marks of one kind share a
         *              symbol and a legend entry
         * @param label a few words for the legend or a tooltip
         * @throws IllegalArgumentException if the day is negative
         */
        public Marker {
            if (day < 0) {
                throw new IllegalArgumentException("day must be >= 0, but was " + day);
            }
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
        }
    }
}
