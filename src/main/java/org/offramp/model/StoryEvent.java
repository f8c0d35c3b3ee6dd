package org.offramp.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a run's story: what happened on a day, in a sentence.
 *
 * @param day      the simulated day, &gt;= 0
 * @param date     the calendar date of that day, or null for a model without a calendar
 *                 ({@link Model#startDate()} is empty)
 * @param category what sort of event this is, in the model's own words (e.g. {@code ACT},
 *                 {@code DIPLOMACY}); upper-case letters, digits and underscores
 * @param text     a readable sentence
 */
public record StoryEvent(int day, LocalDate date, String category, String text) {
    /**
     * Checks the arguments.
     *
     * @param day      the simulated day, &gt;= 0
     * @param date     the calendar date of that day, or null for a model without a calendar
     *                 ({@link Model#startDate()} is empty)
     * @param category what sort of event this is, in the model's own words (e.g. {@code ACT},
     *                 {@code DIPLOMACY}); upper-case letters, digits and underscores
     * @param text     a readable sentence
     */
    public StoryEvent {
        if (day < 0) {
            throw new IllegalArgumentException("day must be >= 0, but was " + day);
        }
        Objects.requireNonNull(category, "category");
        if (!Endings.NAME.matcher(category).matches()) {
            throw new IllegalArgumentException("category must match [A-Z][A-Z0-9_]*, but was "
                    + Excerpts.quote(category));
        }
        Objects.requireNonNull(text, "text");
    }

    /** The event as one line: "2019-06-13 (day 27)  IRGC and proxies mines a tanker...", or "day 27  ..." without a date. */
    @Override
    public String toString() {
        return (date == null ? "day " + day : date + " (day " + day + ")") + "  " + text;
    }
}
