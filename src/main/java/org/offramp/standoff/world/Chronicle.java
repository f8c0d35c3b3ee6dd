package org.offramp.standoff.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.offramp.model.StoryEvent;
import org.offramp.standoff.StoryCategory;

/**
 * Collects a run's story. Monte Carlo runs use {@link #OFF}, which keeps nothing; callers test
 * {@link #on()} before building a sentence, so a run without a story builds no strings. Recording
 * never draws random numbers, so a run with a story is the same run as one without.
 */
public class Chronicle {
    /** Day 0 of the model. */
    public static final LocalDate DAY_ZERO = LocalDate.of(2019, 5, 17);

    /** A chronicle that keeps nothing. */
    public static final Chronicle OFF = new Chronicle(false);

    private final boolean on;
    private final List<StoryEvent> events = new ArrayList<>();

    private Chronicle(boolean on) {
        this.on = on;
    }

    /** {@return a chronicle that keeps every event} */
    public static Chronicle recording() {
        return new Chronicle(true);
    }

    /** {@return whether events are kept} */
    public final boolean on() {
        return on;
    }

    /**
     * Adds an event if the chronicle is on.
     *
     * @param day the day of the event, from 0
     * @param category what sort of event it is
     * @param text a readable sentence
     */
    public final void add(int day, StoryCategory category, String text) {
        if (on) {
            events.add(new StoryEvent(day, DAY_ZERO.plusDays(day), category.name(), text));
        }
    }

    /** {@return the events so far, in order; unmodifiable} */
    public final List<StoryEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
