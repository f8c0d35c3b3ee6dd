package org.offramp.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.design.Comparison;
import org.offramp.design.Sensitivity;
import org.offramp.design.Sweep;
import org.offramp.experiment.Experiment;
import org.offramp.model.Scenario;

/** The number rule, the one set of bounds every builder shares, and the reader's limits. */
class LimitsAndNumbersTest {

    @Test
    void integersFollowTheYaml12CoreSchema() {
        assertEquals(BigInteger.TEN, Numbers.integer("010"), "a leading zero is decimal");
        assertEquals(BigInteger.valueOf(16), Numbers.integer("0x10"));
        assertEquals(BigInteger.valueOf(255), Numbers.integer("0xfF"));
        assertEquals(BigInteger.valueOf(8), Numbers.integer("0o10"));
        assertEquals(BigInteger.valueOf(-7), Numbers.integer("-7"));
        assertEquals(BigInteger.valueOf(7), Numbers.integer("+7"));
        for (String notInteger : List.of("1_000", "1,000", "0b101", "-0x10", "0X10", "0o8", "1e3", "1.0", "", " 1", "x")) {
            assertNull(Numbers.integer(notInteger), notInteger);
        }
    }

    @Test
    void realsFollowTheYaml12CoreSchema() {
        assertEquals(0.5, Numbers.real(".5"));
        assertEquals(1.0, Numbers.real("1."));
        assertEquals(1000.0, Numbers.real("1e3"));
        assertEquals(2e6, Numbers.real("2E6"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.real(".inf"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.real("-.Inf"));
        assertTrue(Numbers.real(".NAN").isNaN());
        for (String notNumber : List.of("NaN", "Infinity", "inf", "1d", "1f", "0x1p3", "1e", "e3", ".", "+.", "1_0.5")) {
            assertNull(Numbers.real(notNumber), notNumber);
        }
        assertTrue(Numbers.isReal("1e3"));
        assertFalse(Numbers.isReal("10"), "an integer is not a real literal");
    }

    @Test
    void wholeNumbersAreExactNotRounded() {
        assertEquals(BigInteger.valueOf(1_000_000), Numbers.whole("1e6"));
        assertEquals(BigInteger.valueOf(1500), Numbers.whole("1.5e3"));
        assertNull(Numbers.whole("2.5"));
        assertNull(Numbers.whole("1.0000000000000001"), "a double would round this to 1");
        assertNull(Numbers.whole(".inf"));
    }

    @Test
    void booleansAreTheCoreSchemasOnly() {
        for (String b : List.of("true", "True", "TRUE", "false", "False", "FALSE")) {
            assertTrue(Numbers.isBoolean(b), b);
        }
        for (String s : List.of("yes", "no", "on", "off", "y", "n", "tRUE")) {
            assertFalse(Numbers.isBoolean(s), s);
        }
    }

    @Test
    void everyBuilderRefusesTheSameThreadsWithTheSameMessage() {
        String expected = "threads must be in [0, " + Limits.MAX_THREADS + "] (0 = all cores), but was 2000";
        Scenario base = Scenarios.load("baseline");
        List<Consumer<Integer>> setters = List.of(
                t -> Experiment.builder(base).threads(t),
                t -> Comparison.builder().threads(t),
                t -> Sweep.builder(base).threads(t),
                t -> Sensitivity.builder(base).threads(t));
        for (Consumer<Integer> s : setters) {
            assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> s.accept(2000)).getMessage());
            s.accept(Limits.MAX_THREADS);
        }
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> new ExperimentSpec("e", "", "baseline",
                base, java.util.Map.of(), new ExperimentSpec.Runs(1), 1, 2000, ExperimentSpec.Outputs.DEFAULT, "x"))
                .getMessage());
    }

    @Test
    void everyBuilderRefusesTheSameRunsAndConfidence() {
        Scenario base = Scenarios.load("baseline");
        String runs = "runs must be in [1, 2147483647], but was 2147483648";
        assertEquals(runs, assertThrows(IllegalArgumentException.class,
                () -> Experiment.builder(base).runs(2147483648L)).getMessage());
        assertEquals(runs, assertThrows(IllegalArgumentException.class,
                () -> Comparison.builder().runs(2147483648L)).getMessage());
        assertEquals(runs, assertThrows(IllegalArgumentException.class,
                () -> Sweep.builder(base).runs(2147483648L)).getMessage());
        assertEquals(runs, assertThrows(IllegalArgumentException.class,
                () -> new ExperimentSpec.Runs(2147483648L)).getMessage());
        String level = "confidenceLevel must be in (0, 1), but was 1.0";
        assertEquals(level, assertThrows(IllegalArgumentException.class,
                () -> Experiment.builder(base).confidenceLevel(1)).getMessage());
        assertEquals(level, assertThrows(IllegalArgumentException.class,
                () -> Sensitivity.builder(base).confidenceLevel(1)).getMessage());
        assertEquals(Limits.MAX_RUNS, Experiment.MAX_RUNS);
        assertEquals(Limits.MAX_RUNS, ExperimentSpec.MAX_RUNS);
    }

    @Test
    void seedsParseByTheRuleAndRefuseReals() {
        assertEquals(16, Limits.parseSeed("--seed", "0x10"));
        assertEquals(10, Limits.parseSeed("--seed", "010"));
        assertEquals(Long.MIN_VALUE, Limits.parseSeed("--seed", "-9223372036854775808"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Limits.parseSeed("--seed", "1e3"));
        assertTrue(e.getMessage().startsWith("--seed must be an integer in [-9223372036854775808, 9223372036854775807]"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("but was \"1e3\""), e.getMessage());
    }

    @Test
    void aFlagOutOfItsValuesIsShownAsTheNumberGiven() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scenarios.load("baseline").with("tehran.leaderRefusesTalks", 0.5));
        assertEquals("tehran.leaderRefusesTalks must be true or false (1 or 0 as a number), but was 0.5", e.getMessage());
    }

    @Test
    void aLongTextIsRefusedBeforeItIsParsed() {
        String text = "a: " + "x".repeat(YamlReader.MAX_BYTES) + "\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> YamlReader.readMapping(text, "t.yaml"));
        assertTrue(e.getMessage().contains("1,048,580 characters, too long"), e.getMessage());
    }

    @Test
    void aFileIsCheckedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("big.yaml"), new byte[YamlReader.MAX_BYTES + 1]);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> YamlReader.readFile(big, big.toString(), -1, "", "a scenario file"));
        assertTrue(e.getMessage().contains("1,048,577 bytes, too large"), e.getMessage());
        Path ok = Files.writeString(dir.resolve("ok.yaml"), "a: 1\n");
        assertEquals("a: 1\n", YamlReader.readFile(ok, "ok.yaml", -1, "", "a scenario file"));
    }

    @Test
    void excerptsAreShortAndShowLineBreaks() {
        assertEquals("a\\nb", ScenarioException.excerpt("a\nb"));
        String shown = ScenarioException.excerpt("y".repeat(5000));
        assertTrue(shown.length() < 100, shown);
        assertTrue(shown.endsWith("\u2026 (5,000 characters)"), shown);
        assertEquals("\"say \\\"no\\\"\"", ScenarioException.quote("say \"no\""));
    }
}
