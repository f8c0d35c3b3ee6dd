package org.offramp.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.model.Param;
import org.offramp.model.Parameters;

class ParamIndexTest {
    @Test
    void levenshteinCountsEdits() {
        assertEquals(0, ParamIndex.levenshtein("abc", "abc"));
        assertEquals(1, ParamIndex.levenshtein("restraint", "restrant"));
        assertEquals(3, ParamIndex.levenshtein("kitten", "sitting"));
        assertEquals(4, ParamIndex.levenshtein("", "abcd"));
    }

    @Test
    void suggestsOnlyWhatIsClose() {
        Parameters.Builder registry = Parameters.builder("test");
        Param a = registry.integer("run.horizonDays", "days", 5, 1, 10, "t");
        Param b = registry.integer("run.warmupDays", "days", 5, 1, 10, "t");
        ParamIndex index = ParamIndex.of(List.of(a, b));
        assertEquals("run.horizonDays", index.suggest("run.horizondays"));
        assertEquals("run.warmupDays", index.suggest("run.warmupDay"));
        assertNull(index.suggest("economy.oilPrice"));
        assertEquals("run.horizonDays", index.firstUnder("run"));
        assertNull(index.firstUnder("ru"));
    }
}
