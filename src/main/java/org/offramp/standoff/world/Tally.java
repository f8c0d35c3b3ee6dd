package org.offramp.standoff.world;

import static org.offramp.standoff.StoryCategory.ENDING;

import org.offramp.standoff.Action;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Trigger;

/**
 * What the record counts during a run (attacks, misattributions, accidents, vetoes, the first days
 * of diplomatic steps, each action's count) and how the run ended. A state holder of {@link World}.
 * Not thread-safe.
 */
final class Tally {
    private final Today today;
    private final Chronicle story;

    int attacks;
    int misattributions;
    int accidents;
    int vetoes;
    int firstReferral = -1;
    int firstResolution = -1;
    int firstMediation = -1;
    int firstDialogue = -1;
    int firstFramework = -1;
    int firstOffer = -1;
    int firstTalks = -1;
    final int[] actionCounts = new int[Action.COUNT];
    Outcome outcome;
    Trigger trigger;
    int endDay = -1;

    Tally(Today today, Chronicle story) {
        this.today = today;
        this.story = story;
    }

    /** Ends the run today by {@code why}, telling it with {@code sentence}. */
    void end(Trigger why, String sentence) {
        outcome = why.outcome();
        trigger = why;
        endDay = today.day;
        story.add(today.day, ENDING, sentence);
    }

    /** Whether the run has ended. */
    boolean ended() {
        return outcome != null;
    }
}
