package org.offramp.design.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.ScenarioLoader;

/** The statistics of calibration targets, compiled against the tiny test model's schema. */
class StatisticTest {
    static final Model<?> TINY = Models.get("tiny");

    @Test
    void sharesAndMeansAreMeansOfPerRunValues() {
        Scenario s = ScenarioLoader.embedded(TINY, "baseline");
        List<RunRecord> runs = new ArrayList<>();
        int wins = 0;
        int lucky = 0;
        double heads = 0;
        double draws = 0;
        int earlyHead = 0;
        for (int i = 0; i < 300; i++) {
            RunRecord r = TINY.runRecord(s, Seeds.runSeed(9, i));
            runs.add(r);
            wins += r.endingName().equals("WIN") ? 1 : 0;
            lucky += r.value("lucky") != 0 ? 1 : 0;
            heads += r.value("heads");
            draws += r.value("mean_draw");
            earlyHead += r.value("first_head_day") >= 0 && r.value("first_head_day") <= 5 ? 1 : 0;
        }
        assertEquals(wins / 300.0, Statistic.parse(TINY.record(), "share(WIN)").of(runs));
        assertEquals(lucky / 300.0, Statistic.parse(TINY.record(), "share(LUCKY)").of(runs));
        assertEquals(lucky / 300.0, Statistic.parse(TINY.record(), "mean(lucky)").of(runs), 1e-15);
        assertEquals(heads / 300, Statistic.parse(TINY.record(), "mean(heads)").of(runs), 1e-15);
        assertEquals(draws / 300, Statistic.parse(TINY.record(), "mean( mean_draw )").of(runs), 1e-15);
        assertEquals(earlyHead / 300.0, Statistic.parse(TINY.record(), "share(FIRST_HEAD_BY_DAY_5)").of(runs));
        assertTrue(wins > 0 && wins < 300, "a statistic that varies: " + wins);
        assertEquals("mean(mean_draw)", Statistic.parse(TINY.record(), " mean ( mean_draw ) ").text());
    }

    @Test
    void whatIsNotAStatisticOfTheModelIsRefusedWithWhatIsAllowed() {
        assertMessage("statistic must be share(MEASURE) or mean(METRIC), but was \"median(heads)\"", "median(heads)");
        assertMessage("statistic must be share(MEASURE) or mean(METRIC), but was \"share WIN\"", "share WIN");
        assertMessage("statistic share(WAR): the measure must be one of WIN, TIMEOUT, WIN_BY_DAY_N, HEADS_AT_LEAST_N"
                + " (N in 0..3), LUCKY, FIRST_HEAD or FIRST_HEAD_BY_DAY_N, but was \"WAR\"", "share(WAR)");
        assertMessage("statistic mean(tails): the metric must be one of [heads, lucky, mean_draw], but was \"tails\"",
                "mean(tails)");
        assertMessage("statistic mean(first_head_day): first_head_day is a first day (-1 when it never happened), whose"
                + " mean mixes days and absences; state share(FIRST_HEAD_BY_DAY_N) instead, or mean of one of [heads,"
                + " lucky, mean_draw]", "mean(first_head_day)");
        assertMessage("statistic mean(coin): coin is a category, which has no mean; allowed: mean of one of [heads,"
                + " lucky, mean_draw]", "mean(coin)");
        Statistic s = Statistic.parse(TINY.record(), "share(WIN)");
        assertThrows(IllegalArgumentException.class, () -> s.of(List.of()));
        RunRecord war = Models.defaultModel().runRecord(Scenario.defaults(Models.defaultModel()), 1);
        assertThrows(IllegalArgumentException.class, () -> s.value(war));
    }

    private static void assertMessage(String expected, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistic.parse(TINY.record(), text));
        assertEquals(expected, e.getMessage());
    }
}
