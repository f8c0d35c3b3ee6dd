package org.offramp.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Scenario;
import org.offramp.standoff.Params;

class ScenariosTest {
    @Test
    void catalogListsBaselineSorted() {
        List<String> names = Scenarios.names();
        assertTrue(names.contains("baseline"), names.toString());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
    }

    @Test
    void baselineHasTheBaselineValues() {
        Scenario b = Scenarios.load("baseline");
        assertEquals("baseline", b.name());
        assertEquals(Scenarios.load("baseline").contentHash(), b.contentHash());
        assertTrue(Scenarios.description("baseline").contains("2019-05-17"), Scenarios.description("baseline"));
    }

    @Test
    void everyEmbeddedScenarioLoads() {
        for (String name : Scenarios.names()) {
            Scenario s = Scenarios.load(name);
            assertEquals(name, s.name());
            assertFalse(s.description().isBlank(), name + " needs a description");
        }
    }

    @Test
    void loadTakesAFilePathWhenNoEmbeddedScenarioHasTheName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "scenario: mine\nextends: baseline\nparameters:\n  run.horizonDays: 10\n");
        assertEquals(10, Scenarios.load(file.toString()).integer(Params.HORIZON));
    }

    @Test
    void unknownNameIsRefusedListingTheCatalog() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load("no-such-scenario"));
        assertTrue(e.getMessage().contains("no-such-scenario"), e.getMessage());
        assertTrue(e.getMessage().contains("baseline"), e.getMessage());
        assertThrows(ScenarioException.class, () -> Scenarios.description("no-such-scenario"));
    }
}
