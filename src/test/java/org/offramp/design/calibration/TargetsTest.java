package org.offramp.design.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {

    @Test
    void readsAFileWithCommentsQuotesAndAnOptionalDescription(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("targets.csv");
        Files.writeString(file, "# observed May-July 2019\n"
                + "name,value,sd,description\n"
                + "tankerAttacks60,2,1,\"Tanker attacks in the first 60 days, May-July\"\n"
                + "\n"
                + "directExchange365,0.10,0.05,Share of runs with a direct exchange by day 365\n"
                + "quoted,1,0.5,\"a \"\"quoted\"\" word\"\n"
                + "bare,3,2\n");
        Targets t = Targets.read(file);
        assertEquals(4, t.size());
        assertEquals(new Target("tankerAttacks60", 2, 1, "Tanker attacks in the first 60 days, May-July"), t.get(0));
        assertEquals(0.05, t.get(1).sd());
        assertEquals("a \"quoted\" word", t.get(2).description());
        assertEquals("", t.get(3).description());
        assertEquals(t, Targets.parse(t.toCsv(), "round trip"));
        // distance: ((3 - 2) / 1)^2 + ((0.2 - 0.1) / 0.05)^2 + 0 + ((1 - 3) / 2)^2 = 1 + 4 + 0 + 1
        assertEquals(6.0, t.distance(new double[] {3, 0.2, 1, 1}), 1e-12);
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertEquals("t.csv:3: b: sd must be finite and > 0, but was 0.0", assertThrows(CalibrationException.class,
                () -> Targets.parse("name,value,sd\na,1,1\nb,2,0\n", "t.csv")).getMessage());
        assertEquals("t.csv:2: value must be a finite number, but was \"two\"", assertThrows(CalibrationException.class,
                () -> Targets.parse("name,value,sd,description\na,two,1,x\n", "t.csv")).getMessage());
        assertEquals("t.csv:1: the header must be \"name,value,sd,description\" (description optional), but was"
                        + " \"name,mean,sd\"",
                assertThrows(CalibrationException.class, () -> Targets.parse("name,mean,sd\n", "t.csv")).getMessage());
        assertEquals("t.csv:3: target \"a\" is given twice; names must be distinct",
                assertThrows(CalibrationException.class,
                        () -> Targets.parse("name,value,sd\na,1,1\na,2,1\n", "t.csv")).getMessage());
        assertEquals("t.csv:2: a target needs 3 cells (name, value, sd), but the line had 4",
                assertThrows(CalibrationException.class,
                        () -> Targets.parse("name,value,sd\na,1,1,extra\n", "t.csv")).getMessage());
        assertEquals("t.csv: no target after the header; add at least one line \"name,value,sd,description\"",
                assertThrows(CalibrationException.class, () -> Targets.parse("name,value,sd\n", "t.csv")).getMessage());
        assertEquals("t.csv:2: a quoted cell is not closed", assertThrows(CalibrationException.class,
                () -> Targets.parse("name,value,sd,description\na,1,1,\"open\n", "t.csv")).getMessage());
    }
}
