package org.offramp.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated line of a run's story.
 *
 * @param day      the simulated day (0 is 2019-05-17)
 * @param date     the calendar date of that day
 * @param category what sort of event this is
 * @param text     a readable sentence
 */
public record StoryEvent(int day, LocalDate date, Category category, String text) {
    /** The sorts of events a story contains. */
    public enum Category {
        /** An actor's act. */
        ACT,
        /** What an observer perceived or whom it blamed. */
        PERCEPTION,
        /** The ladder reached a new rung. */
        LADDER,
        /** Talks, mediation, the Council, a dialogue. */
        DIPLOMACY,
        /** A calendar event or shock: election, succession, unrest, an accident. */
        SHOCK,
        /** The ending of the run. */
        ENDING
    }

    /** Checks the arguments. */
    public StoryEvent {
        if (day < 0) {
            throw new IllegalArgumentException("day must be >= 0, but was " + day);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
    }

    /** The event as one line: "2019-06-13 (day 27)  IRGC and proxies mines a tanker...". */
    @Override
    public String toString() {
        return date + " (day " + day + ")  " + text;
    }
}
