package org.offramp.standoff.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.StoryEvent;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.StandoffRecord;

class StoryTest {
    private static final LocalDate DAY_ZERO = LocalDate.of(2019, 5, 17);

    private static long firstSeedEndingIn(Scenario s, Outcome outcome) {
        for (int i = 0; i < 100; i++) {
            long seed = Seeds.runSeed(Ensembles.MASTER, i);
            if (Simulation.run(s, seed).outcome() == outcome) {
                return seed;
            }
        }
        throw new AssertionError("no " + outcome + " in 100 runs of " + s.name());
    }

    private static void assertDatedInOrder(List<StoryEvent> story, StandoffRecord record) {
        int previous = 0;
        for (StoryEvent e : story) {
            assertTrue(e.day() >= previous, "event out of order: " + e);
            assertTrue(e.day() <= record.day(), "event after the end: " + e);
            assertEquals(DAY_ZERO.plusDays(e.day()), e.date(), e.toString());
            previous = e.day();
        }
    }

    @Test
    void aWarStoryEndsWithTheWar() {
        Scenario s = Scenarios.load("war-prone");
        Replay<StandoffRecord> replay = Simulation.replay(s, firstSeedEndingIn(s, Outcome.WAR));
        List<StoryEvent> story = replay.story();
        assertTrue(story.size() > 5, "a war takes more than a few events: " + story.size());
        StoryEvent last = story.get(story.size() - 1);
        assertEquals("ENDING", last.category(), replay.storyText());
        assertTrue(last.text().toLowerCase(Locale.ROOT).contains("war"), last.text());
        assertEquals(replay.record().day(), last.day());
        assertEquals(1, story.stream().filter(e -> e.category().equals("ENDING")).count(),
                "exactly one ending");
        assertTrue(story.stream().anyMatch(e -> e.category().equals("ACT")));
        assertTrue(story.stream().anyMatch(e -> e.category().equals("LADDER")));
        assertDatedInOrder(story, replay.record());
        assertTrue(replay.storyText().startsWith(story.get(0).toString() + "\n"));
    }

    @Test
    void aStalemateStoryEndsAtTheHorizon() {
        Scenario s = Scenarios.load("gray-zone");
        Replay<StandoffRecord> replay = Simulation.replay(s, firstSeedEndingIn(s, Outcome.STALEMATE));
        StoryEvent last = replay.story().get(replay.story().size() - 1);
        assertEquals("ENDING", last.category());
        assertTrue(last.text().startsWith("STALEMATE"), last.text());
        assertDatedInOrder(replay.story(), replay.record());
    }

    /** Every ending sentence starts with its outcome's name, so readers and code can find it ("WAR: ..."). */
    @Test
    void everyEndingSentenceStartsWithItsOutcome() {
        for (String name : List.of("war-prone", "deal-prone", "chaos-prone", "gray-zone")) {
            Scenario s = Scenarios.load(name);
            for (int i = 0; i < 20; i++) {
                Replay<StandoffRecord> replay = Simulation.replay(s, Seeds.runSeed(Ensembles.MASTER, i));
                StoryEvent last = replay.story().get(replay.story().size() - 1);
                assertTrue(last.text().startsWith(replay.record().outcome().name() + ":"), name + ": " + last.text());
            }
        }
    }
}
