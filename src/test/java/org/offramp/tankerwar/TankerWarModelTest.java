package org.offramp.tankerwar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.Timeline;
import org.offramp.random.Seeds;

/**
 * The Tanker War model: found by the service loader, pure in (scenario, seed), its replay the same
 * run, its convoy schedule the announced one, and its mechanisms moving the way design.md says,
 * each at a stated level with fixed seeds.
 */
class TankerWarModelTest {
    private static final TankerWarModel MODEL = new TankerWarModel();
    private static final Scenario BASE = MODEL.defaults();

    @Test
    void isFoundByTheServiceLoaderAndIsNotTheDefault() {
        Model<?> m = Models.get("tankerwar");
        assertEquals(TankerWarModel.class, m.getClass());
        assertFalse(m.isDefault());
        assertEquals(List.of("washington", "tehran", "irgc", "iraq", "gulf", "moscow", "un"), m.actors());
        assertEquals("1987-07-22", m.startDate().orElseThrow().toString());
        assertEquals(529, m.horizon(BASE).getAsInt());
    }

    @Test
    void aRunIsAPureFunctionOfScenarioAndSeedAndItsReplayIsTheSameRun() {
        for (long seed = 1; seed <= 20; seed++) {
            TwRecord a = MODEL.run(BASE, seed);
            assertEquals(a, MODEL.run(BASE, seed), "seed " + seed);
            Replay<TwRecord> r = MODEL.replay(BASE, seed);
            assertEquals(a, r.record(), "the replay of seed " + seed);
            assertFalse(r.story().isEmpty());
            assertTrue(r.story().get(r.story().size() - 1).text().startsWith(
                    TwSchema.ENDINGS.get(a.ending()).name()), "a story ends with its ending");
            Timeline t = r.timeline();
            assertEquals(Math.min(a.day(), 528) + 1, t.days(), "one value a day from day 0 to the last");
            assertEquals("rung", t.series().get(0).name());
            for (double v : t.series().get(0).values()) {
                assertTrue(v >= 0 && v <= 7, "a rung is in [0, 7]: " + v);
            }
            for (Timeline.Series series : t.series().subList(1, 6)) {
                for (double v : series.values()) {
                    assertTrue(v >= 0 && v <= 2, series.name() + " in range: " + v);
                }
            }
        }
    }

    /** Decisions see an actor's View only: no class of the world, the MASON glue or the beliefs. */
    @Test
    void decisionsCannotPeekAtTheWorld() {
        com.tngtech.archunit.core.domain.JavaClasses classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importPackages("org.offramp.tankerwar");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().haveSimpleName("Decisions")
                .should().dependOnClassesThat().haveSimpleName("World")
                .orShould().dependOnClassesThat().haveSimpleName("TwState")
                .orShould().dependOnClassesThat().resideInAPackage("org.offramp.perception..")
                .check(classes);
    }

    @Test
    void everyRecordIsValidForTheSchemaAndEndsByTheHorizon() {
        for (long seed = 100; seed < 160; seed++) {
            TwRecord r = MODEL.run(BASE, seed);
            MODEL.record().toRecord(r); // throws on an invalid value
            assertTrue(r.day() >= 0 && r.day() <= 529, "day " + r.day());
            if (r.ending() == TwSchema.STALEMATE) {
                assertEquals(529, r.day());
            }
            if (r.ending() == TwSchema.CEASEFIRE) {
                assertTrue(r.acceptDay() >= 0 && r.day() >= r.acceptDay() + 21, "a ceasefire takes 21 quiet days");
            }
            assertTrue(r.firstLethalClash() < 0 || r.firstDirectFire() >= 0 && r.firstDirectFire() <= r.firstLethalClash());
        }
    }

    @Test
    void theConvoyScheduleIsTheAnnouncedOne() {
        boolean[] days = World.schedule(529, 10);
        assertTrue(days[0], "the first convoy sails on day 0");
        assertEquals(1, count(days, 0, 9), "one transit in July 1987");
        assertEquals(3, count(days, 10, 40), "three in August");
        assertEquals(10, count(days, 41, 70), "then ten a month (September)");
        assertEquals(10, count(days, 132, 162), "December 1987");
        assertEquals(0, count(World.schedule(529, -1), 0, 528), "no escort operation, no transits");
    }

    private static int count(boolean[] days, int from, int to) {
        int n = 0;
        for (int d = from; d <= to; d++) {
            n += days[d] ? 1 : 0;
        }
        return n;
    }

    @Test
    void scenariosOfAnotherModelAreRefused() {
        Scenario standoff = Models.defaultModel().defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MODEL.run(standoff, 1));
        assertTrue(e.getMessage().contains("not tankerwar"), e.getMessage());
    }

    /**
     * Escorts expose protected ships to mines: with four transits a month instead of twelve, fewer
     * protected ships strike mines. 300 runs each on common seeds; the paired difference of the
     * means must exceed 4 of its standard errors (a one-sided level below 1e-4 if the two were
     * equal).
     */
    @Test
    void moreEscortedTransitsMeanMoreMineStrikesOnProtectedShips() {
        Scenario few = BASE.with(TwParams.TRANSITS_MAX, 4);
        Scenario many = BASE.with(TwParams.TRANSITS_MAX, 12);
        double[] d = paired(few, many, TwRecord::protectedMineStrikes, 300);
        assertTrue(d[0] > 4 * d[1], "more transits: mean difference " + d[0] + ", standard error " + d[1]);
        Scenario none = BASE.with(TwParams.CONVOYS, 0);
        for (long seed = 1; seed <= 50; seed++) {
            assertEquals(0, MODEL.run(none, seed).protectedMineStrikes(), "no escorts, no protected ships");
        }
    }

    /**
     * Misattribution draws Washington into direct fire: when every miss blames Tehran (the state)
     * and mines and incidents are read at accuracy 0.2, Washington's state trigger fires more often,
     * a strike campaign becomes available, and there are more US strike days than with perfect
     * attribution. 300 runs each on common seeds; the paired difference must exceed 4 standard errors.
     */
    @Test
    void misattributionRaisesDirectExchanges() {
        Scenario clear = BASE.with(TwParams.ACC_MINES, 1).with(TwParams.ACC_BOATS, 1).with(TwParams.ACC_INCIDENTS, 1);
        Scenario foggy = BASE.with(TwParams.ACC_MINES, 0.2).with(TwParams.ACC_BOATS, 0.2)
                .with(TwParams.ACC_INCIDENTS, 0.2).with(TwParams.SCAPEGOAT, 1);
        double[] d = paired(clear, foggy, TwRecord::strikeDays, 300);
        assertTrue(d[0] > 4 * d[1], "strike days: mean difference " + d[0] + ", standard error " + d[1]);
        double[] m = paired(clear, foggy, TwRecord::misattributions, 300);
        assertTrue(m[0] > 4 * m[1], "misattributions: " + m[0] + " +- " + m[1]);
    }

    /**
     * Accidents need ships and alert: with no incident hazard there are none, and a quadrupled alert
     * multiplier gives more incidents than none at all (paired, 300 runs, 4 standard errors).
     */
    @Test
    void accidentsGrowWithAlert() {
        Scenario calm = BASE.with(TwParams.ALERT, 1);
        Scenario tense = BASE.with(TwParams.ALERT, 4);
        double[] d = paired(calm, tense, TwRecord::incidents, 300);
        assertTrue(d[0] > 4 * d[1], "incidents: " + d[0] + " +- " + d[1]);
        Scenario none = BASE.with(TwParams.ACCIDENTS, 0);
        for (long seed = 1; seed <= 50; seed++) {
            TwRecord r = MODEL.run(none, seed);
            assertEquals(0, r.incidents());
            assertEquals(-1, r.massAccidentDay());
            assertEquals(-1, r.iraqiStrikeOnUsShip(), "Iraq fires on US ships only by accident");
        }
    }

    /**
     * Tehran accepts 598 only when its condition holds: with the war position held high (no drift,
     * no offensives) and a pain threshold out of reach, no run ends in a ceasefire.
     */
    @Test
    void noAcceptanceWithoutItsCondition() {
        Scenario held = BASE.with(TwParams.WAR_DRIFT, 0).with(TwParams.IRAQ_OFFENSIVE, 0)
                .with(TwParams.IRAN_OFFENSIVE, -12).with(TwParams.ACCEPT_PAIN, 1.5);
        for (long seed = 1; seed <= 100; seed++) {
            TwRecord r = MODEL.run(held, seed);
            assertEquals(-1, r.acceptDay(), "seed " + seed);
            assertTrue(r.ending() != TwSchema.CEASEFIRE);
        }
    }

    /**
     * The hand calibration holds on the pre-period (design §9): 400 runs of the preperiod scenario
     * (202 days) at seed 1987 give Iraqi attacks of 5.5 +- 2 a month (T1), Iranian attacks of 3 to 6
     * a month (T2), mine strikes inside T4's Poisson 90 % interval 1.4-9.2, and no US strike in at
     * least 95 % of runs (T7, where history had none).
     */
    @Test
    void thePreperiodMeetsTheCalibrationTargets() {
        Scenario pre = org.offramp.scenario.Scenarios.load(MODEL, "preperiod");
        int n = 400;
        double months = 202 / 30.4375;
        double iraqi = 0;
        double iranian = 0;
        double mines = 0;
        int struck = 0;
        for (int i = 0; i < n; i++) {
            TwRecord r = MODEL.run(pre, Seeds.runSeed(1987, i));
            iraqi += r.iraqiAttacks();
            iranian += r.iranianAttacks();
            mines += r.otherMineStrikes();
            struck += r.strikeDays() > 0 ? 1 : 0;
        }
        assertEquals(5.5, iraqi / n / months, 2.0, "T1: Iraqi attacks a month");
        assertEquals(4.5, iranian / n / months, 1.5, "T2: Iranian attacks a month");
        assertTrue(mines / n > 1.4 && mines / n < 9.2, "T4: mine strikes " + mines / n);
        assertTrue(struck <= 0.05 * n, "T7: runs with a US strike " + struck);
    }

    /** Mean paired difference (b - a) over common seeds and its standard error. */
    private static double[] paired(Scenario a, Scenario b, ToDoubleFunction<TwRecord> f, int n) {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            long seed = Seeds.runSeed(20240101L, i);
            double d = f.applyAsDouble(MODEL.run(b, seed)) - f.applyAsDouble(MODEL.run(a, seed));
            sum += d;
            sumSq += d * d;
        }
        double mean = sum / n;
        double var = (sumSq - n * mean * mean) / (n - 1);
        return new double[] {mean, Math.sqrt(var / n)};
    }
}
