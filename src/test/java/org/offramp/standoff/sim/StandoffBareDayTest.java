package org.offramp.standoff.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bare loop does a baseline day's work: 27 exponentials of 36 actions, the same numbers for a seed. */
class StandoffBareDayTest {
    @Test
    void bareDayDoesADaysWorkReproducibly() {
        assertEquals(27, new StandoffBareDay(0).exponentials());
        assertEquals(new StandoffBareDay(5).day(3), new StandoffBareDay(5).day(3), 0.0);
        assertTrue(new StandoffBareDay(5).day(3) != new StandoffBareDay(5).day(4));
        assertTrue(StandoffModel.builtIn().bareDay(5).isPresent(), "the standoff offers its bare day to bench");
    }
}
