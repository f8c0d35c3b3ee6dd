package org.offramp.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.sim.Simulation;
import org.offramp.standoff.sim.StandoffModel;

class ComparisonTest {
    static final Scenario BASE = Scenarios.load("baseline");
    static final Measure WAR = Measure.parse("WAR");

    static Comparison.Builder threeVariants() {
        return Comparison.builder().name("test")
                .variant("base", BASE.with("washington.restraint", 0.8))
                .variant("weak", BASE.with("washington.restraint", 0.4))
                .variant("weaker", BASE.with("washington.restraint", 0.2), "weak")
                .runs(1234).masterSeed(99);
    }

    @Test
    void countsEqualRunningEverySeedByHand() {
        ComparisonResult r = threeVariants().threads(3).build().run(ThresholdModel.MODEL, ProgressListener.NONE);
        long base = 0;
        long weak = 0;
        long b = 0;
        long c = 0;
        for (int i = 0; i < 1234; i++) {
            double u = ThresholdModel.u(Seeds.runSeed(99, i));
            boolean x = u < 0.1;
            boolean y = u < 0.3;
            base += x ? 1 : 0;
            weak += y ? 1 : 0;
            b += y && !x ? 1 : 0;
            c += x && !y ? 1 : 0;
        }
        assertEquals(base, r.share("base", WAR).count());
        assertEquals(weak, r.share("weak", WAR).count());
        ComparisonResult.PairedDifference d = r.difference("weak", WAR);
        assertEquals(b, d.variantOnly());
        assertEquals(c, d.againstOnly());
        assertEquals(0, c, "a weaker restraint only adds wars on common seeds");
        assertEquals("weak", r.difference("weaker", WAR).against());
        assertTrue(d.widthRatio() < 1, "pairing narrows the interval: " + d.widthRatio());
        assertTrue(d.mcNemarMidP() < 1e-6);
    }

    /**
     * Any two variants can be compared, not only a variant and its reference: "weaker" (WAR when
     * u < 0.4) against "base" (u < 0.1) is discordant exactly for 0.1 <= u < 0.4, all one way.
     */
    @Test
    void discordanceAndPairedIntervalBetweenAnyTwoVariants() {
        ComparisonResult r = threeVariants().measures(List.of(WAR, Measure.parse("DEAL"))).build()
                .run(ThresholdModel.MODEL, ProgressListener.NONE);
        long b = 0;
        for (int i = 0; i < 1234; i++) {
            double u = ThresholdModel.u(Seeds.runSeed(99, i));
            b += u >= 0.1 && u < 0.4 ? 1 : 0;
        }
        assertTrue(b > 300, "about 30% of 1,234 runs: " + b);
        assertArrayEquals(new long[] {b, 0}, r.discordance("weaker", "base", WAR));
        assertArrayEquals(new long[] {0, b}, r.discordance("base", "weaker", WAR));
        assertArrayEquals(new long[] {0, 0}, r.discordance("weaker", "base", Measure.parse("DEAL")),
                "DEAL does not depend on the restraint");
        Bounds up = r.pairedInterval("weaker", "base", WAR, 0.9);
        assertEquals(PairedStatistics.pairedInterval(b, 0, 1234, 0.9), up);
        Bounds down = r.pairedInterval("base", "weaker", WAR, 0.9);
        assertEquals(-up.upper(), down.lower(), 1e-15, "base - weaker mirrors weaker - base");
        assertEquals(-up.lower(), down.upper(), 1e-15);
        assertTrue(up.lower() > 0.25 && up.upper() < 0.35, "the true difference is 0.3: " + up);
        assertTrue(r.pairedInterval("weaker", "base", WAR, 0.99).width() > up.width(), "a higher level is wider");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.discordance("strong", "base", WAR));
        assertTrue(e.getMessage().contains("strong") && e.getMessage().contains("weaker"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.pairedInterval("weak", "base", Measure.parse("CHAOS"), 0.9));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        String one = ComparisonWriter.csv(threeVariants().threads(1).build().run(ThresholdModel.MODEL,
                ProgressListener.NONE));
        String four = ComparisonWriter.csv(threeVariants().threads(4).build().run(ThresholdModel.MODEL,
                ProgressListener.NONE));
        assertEquals(one, four);
    }

    @Test
    void theRealModelIsPairedOnTheEngineSeeds() {
        Scenario weak = BASE.with("washington.restraint", 0.4);
        ComparisonResult r = Comparison.builder().variant("baseline", BASE).variant("weak", weak)
                .measures(List.of(WAR, Measure.parse("DEAL_BY_DAY_180"))).runs(40).masterSeed(7).threads(2).build()
                .run(StandoffModel.builtIn()::runRecord, ProgressListener.NONE);
        long war = 0;
        for (int i = 0; i < 40; i++) {
            StandoffRecord rec = Simulation.run(weak, Seeds.runSeed(7, i));
            war += rec.outcome() == Outcome.WAR ? 1 : 0;
        }
        assertEquals(war, r.share("weak", WAR).count());
    }

    @Test
    void progressIsMonotoneAndEndsAtTheTotal(@TempDir Path dir) throws Exception {
        List<long[]> calls = new ArrayList<>();
        ComparisonResult r = threeVariants().threads(2).build().run(ThresholdModel.MODEL,
                (done, total) -> calls.add(new long[] {done, total}));
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(calls.get(i)[0] >= calls.get(i - 1)[0]);
        }
        assertEquals(3 * 1234, calls.get(calls.size() - 1)[0]);
        List<Path> files = ComparisonWriter.write(r, dir);
        assertTrue(files.contains(dir.resolve("comparison.csv")));
        assertTrue(Files.size(dir.resolve("shares.png")) > 1000);
        assertTrue(Files.exists(dir.resolve("difference-weaker.svg")));
        assertTrue(Files.readString(dir.resolve("comparison.csv")).lines().count() == 1 + 3 * 4);
    }

    @Test
    void aFailingRunNamesVariantIndexAndSeed() {
        Comparison c = threeVariants().build();
        long bad = Seeds.runSeed(99, 500);
        DesignException e = assertThrows(DesignException.class, () -> c.run((s, seed) -> {
            if (seed == bad && s.get("washington.restraint") == 0.4) {
                throw new IllegalStateException("boom");
            }
            return ThresholdModel.MODEL.run(s, seed);
        }, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("run 500") && e.getMessage().contains("seed " + bad)
                && e.getMessage().contains("weak"), e.getMessage());
    }

    /**
     * An interrupt of the calling thread cancels the comparison, and when the call returns its
     * workers are done: the model gets no call after the return, and none is still under way.
     */
    @Test
    void anInterruptCancelsAndStopsTheWorkers() throws Exception {
        Comparison c = threeVariants().runs(1_000_000).threads(2).build();
        CountDownLatch running = new CountDownLatch(1);
        AtomicLong calls = new AtomicLong();
        AtomicInteger underWay = new AtomicInteger();
        RunModel slow = (s, seed) -> {
            underWay.incrementAndGet();
            try {
                calls.incrementAndGet();
                running.countDown();
                // 20 ms: long enough that a worker not waited for is still inside the model when the
                // comparison returns, so a return that does not wait for its workers is caught
                long until = System.nanoTime() + 20_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                return ThresholdModel.MODEL.run(s, seed);
            } finally {
                underWay.decrementAndGet();
            }
        };
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                c.run(slow, ProgressListener.NONE);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        assertTrue(running.await(10, TimeUnit.SECONDS), "the model was never called");
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive(), "the comparison must return after an interrupt");
        long atReturn = calls.get();
        int underWayAtReturn = underWay.get();
        assertInstanceOf(ExperimentCancelledException.class, thrown.get(), String.valueOf(thrown.get()));
        assertEquals(0, underWayAtReturn, "model calls still under way when the comparison returned");
        // Absence can only be watched for: a worker left running would call the model again within
        // this time (each call takes 20 ms).
        Thread.sleep(100);
        assertEquals(atReturn, calls.get(), "model calls after the comparison returned");
    }

    @Test
    void builderRefusesWhatIsMissingOrWrong() {
        assertThrows(IllegalStateException.class, () -> Comparison.builder().variant("a", BASE).variant("b", BASE)
                .runs(10).build());
        assertThrows(IllegalArgumentException.class, () -> Comparison.builder().variant("a", BASE).variant("a", BASE));
        assertThrows(IllegalArgumentException.class, () -> Comparison.builder().variant("a", BASE)
                .variant("b", BASE, "c"));
        assertThrows(IllegalArgumentException.class, () -> Comparison.builder().variant("Bad Name", BASE));
    }
}
