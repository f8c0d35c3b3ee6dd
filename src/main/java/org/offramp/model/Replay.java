package org.offramp.model;

import java.util.List;
import java.util.Objects;

/**
 * A run told as a story: the model's typed record of the run and its dated events, in order. A
 * replay is the same run as {@link Model#run} with the same scenario and seed (stories are built
 * without drawing random numbers), so its record equals the run's.
 *
 * <pre>{@code
 * Replay<?> replay = model.replay(scenario, 42L);
 * System.out.print(replay.storyText());
 * }</pre>
 *
 * @param record   the model's typed record of the run
 * @param story    the events, in order; copied
 * @param timeline the run's course day by day, for a chart ({@link Timeline#EMPTY} if the model
 *                 draws none)
 * @param <R>      the typed record
 */
public record Replay<R>(R record, List<StoryEvent> story, Timeline timeline) {
    /**
     * Checks and copies the arguments.
     *
     * @param record   the model's typed record of the run
     * @param story    the events, in order; copied
     * @param timeline the run's course day by day, for a chart ({@link Timeline#EMPTY} if the model
     *                 draws none)
     */
    public Replay {
        Objects.requireNonNull(record, "record");
        story = List.copyOf(story);
        Objects.requireNonNull(timeline, "timeline");
    }

    /**
     * A replay without a timeline.
     *
     * @param record the model's typed record of the run
     * @param story  the events, in order; copied
     */
    public Replay(R record, List<StoryEvent> story) {
        this(record, story, Timeline.EMPTY);
    }

    /** {@return the story as text, one event per line} */
    public String storyText() {
        StringBuilder sb = new StringBuilder();
        for (StoryEvent e : story) {
            sb.append(e).append('\n');
        }
        return sb.toString();
    }
}
