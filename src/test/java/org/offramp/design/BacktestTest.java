package org.offramp.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.ProgressListener;

/**
 * The scoring of {@link Backtest}, by hand on the test-only tiny model with a coin that always
 * comes up heads: every run ends WIN on day 2 and is lucky, so every count is n or 0 and every
 * score has a closed form.
 */
class BacktestTest {
    private static final String SPEC = String.join("\n",
            "model: tiny",
            "backtest: sure-coin",
            "scenario: sure.yaml",
            "runs: 99",
            "seed: 5",
            "ending:",
            "  realised: WIN",
            "  day: 2",
            "  bins: [0, 2, 10, 30]",
            "  baselines:",
            "    even: {WIN: 0.5, TIMEOUT: 0.5}",
            "events:",
            "  - id: L",
            "    question: lucky",
            "    measure: LUCKY",
            "    realised: true",
            "    baselines: {even: 0.25}",
            "  - id: W",
            "    question: a win on days 1 to 2",
            "    ending: WIN",
            "    from: 1",
            "    to: 2",
            "    realised: false",
            "  - id: U",
            "    question: unscored",
            "    measure: HEADS_AT_LEAST_3",
            "    realised: false",
            "    scored: false",
            "");

    @Test
    void scoresFollowTheClosedForms(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sure.yaml"), String.join("\n", "model: tiny", "scenario: sure",
                "extends: baseline", "parameters:", "  coin.heads: 1", ""));
        BacktestSpec spec = BacktestSpec.load(SPEC, "sure-backtest.yaml", dir);
        Backtest b = Backtest.run(spec, ProgressListener.NONE);
        assertEquals(99, b.endings()[0], "every run wins");
        assertEquals(0, b.binsAll()[0], "day 2 is not in [0, 2)");
        assertEquals(99, b.binsAll()[1], "day 2 is in [2, 10)");
        assertEquals(99, b.events()[0]);
        assertEquals(99, b.events()[1], "every win falls on day 2, inside [1, 2]");
        double sure = Math.log(99.5 / 100);
        double never = Math.log(0.5 / 100);
        // ending (won: sure), timing (the realised bin has every ending: sure), L (yes: sure), W (no: never)
        Map<String, Double> totals = b.totals();
        assertEquals(3 * sure + never, totals.get("model"), 1e-12);
        // even: ending 1/2, timing 1/3 over three bins, L 1/4, W (no) 1 - 1/2
        assertEquals(Math.log(0.5) + Math.log(1.0 / 3) + Math.log(0.25) + Math.log(0.5), totals.get("even"), 1e-12);
        String md = b.markdown();
        assertTrue(md.contains("- **W** (a win on days 1 to 2)"), md);
        assertTrue(md.contains("| U (not scored) |"), md);
        assertEquals(0.5 / 100, Backtest.estimate(0, 99), 1e-15);
    }
}
