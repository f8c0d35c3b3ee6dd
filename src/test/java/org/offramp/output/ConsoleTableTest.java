package org.offramp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConsoleTableTest {

    @Test
    void genericTableAlignsTextLeftAndNumbersRight() {
        String table = ConsoleTable.format(List.of("param", "value"),
                List.of(List.of("noise", "0.5"), List.of("runs", "10,000"), List.of("x", "-3%")));
        assertEquals(""
                + "param   value\n"
                + "-----  ------\n"
                + "noise     0.5\n"
                + "runs   10,000\n"
                + "x         -3%\n", table);
    }

    @Test
    void aColumnWithAnyTextStaysLeftAligned() {
        String table = ConsoleTable.format(List.of("a", "b"), List.of(List.of("1", "12"), List.of("22", "n/a")));
        // The header of a right-aligned column is right-aligned too, over its digits.
        assertEquals(" a  b\n--  ---\n 1  12\n22  n/a\n", table);
    }

    @Test
    void explicitAlignmentIsObeyedAndNoLineHasTrailingSpaces() {
        String table = ConsoleTable.format(List.of("name", "n"), List.of(List.of("a", "1"), List.of("long name", "")),
                List.of(ConsoleTable.Align.RIGHT, ConsoleTable.Align.LEFT));
        assertEquals("     name  n\n---------  -\n        a  1\nlong name\n", table);
        for (String line : table.split("\n")) {
            assertFalse(line.endsWith(" "), "trailing space in [" + line + "]");
        }
    }

    @Test
    void emptyBodyGivesHeaderAndRule() {
        assertEquals("x  yy\n-  --\n", ConsoleTable.format(List.of("x", "yy"), List.of()));
    }

    @Test
    void rowOfTheWrongLengthIsRejectedWithItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConsoleTable.format(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))));
        assertEquals("rows[1] must have 2 cells (one per column), but had 1", e.getMessage());
    }

    @Test
    void outcomeTableHasCountsSharesAndBothIntervals() {
        String table = ConsoleTable.outcomes(List.of("WAR", "DEAL", "CHAOS", "STALEMATE"),
                new long[] {120, 35, 210, 635}, 0.95);
        String[] lines = table.split("\n");
        assertEquals(7, lines.length, table);
        assertTrue(lines[0].startsWith("outcome    count    share  95% Wilson"), lines[0]);
        assertTrue(lines[0].endsWith("95% Clopper-Pearson"), lines[0]);
        Interval w = ConfidenceIntervals.wilson(120, 1000, 0.95);
        Interval cp = ConfidenceIntervals.clopperPearson(120, 1000, 0.95);
        String expectedWar = String.format(Locale.ROOT, "WAR          120   12.00%%  [%.2f%%, %.2f%%]",
                w.lower() * 100, w.upper() * 100);
        assertTrue(lines[2].startsWith(expectedWar), lines[2] + " vs " + expectedWar);
        assertTrue(lines[2].endsWith(String.format(Locale.ROOT, "[%.2f%%, %.2f%%]", cp.lower() * 100,
                cp.upper() * 100)), lines[2]);
        assertEquals("total       1000  100.00%", lines[6]);
        // The count column is right-aligned: every count ends in the same column as its header.
        int countEnd = lines[0].indexOf("count") + "count".length();
        for (int i = 2; i < lines.length; i++) {
            assertTrue(Character.isDigit(lines[i].charAt(countEnd - 1)), lines[i]);
            assertEquals(' ', lines[i].charAt(countEnd), lines[i]);
        }
        // The interval columns start at the same position on every row.
        int wilsonStart = lines[0].indexOf("95% Wilson");
        for (int i = 2; i < 6; i++) {
            assertEquals('[', lines[i].charAt(wilsonStart), lines[i]);
        }
    }

    @Test
    void outcomeTableShowsANonRoundConfidenceLevel() {
        String table = ConsoleTable.outcomes(List.of("A"), new long[] {3}, 0.995);
        assertTrue(table.startsWith("outcome  count    share  99.5% Wilson"), table);
        String row = table.split("\n")[2];
        assertTrue(row.startsWith("A" + " ".repeat(12) + "3  100.00%  ["), row);
        assertTrue(row.endsWith(", 100.00%]"), row);
    }

    @Test
    void outcomeTableRejectsBadCounts() {
        assertEquals("counts[1] (DEAL) must be >= 0, but was -1",
                assertThrows(IllegalArgumentException.class,
                        () -> ConsoleTable.outcomes(List.of("WAR", "DEAL"), new long[] {1, -1}, 0.95)).getMessage());
        assertEquals("counts must have 2 entries (one per label), but had 1",
                assertThrows(IllegalArgumentException.class,
                        () -> ConsoleTable.outcomes(List.of("WAR", "DEAL"), new long[] {1}, 0.95)).getMessage());
        assertEquals("counts must add up to at least 1 run, but added up to 0",
                assertThrows(IllegalArgumentException.class,
                        () -> ConsoleTable.outcomes(List.of("WAR"), new long[] {0}, 0.95)).getMessage());
    }
}
