package org.offramp.experiment.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.offramp.random.Seeds;
import org.offramp.standoff.Action;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.StandoffSchema;
import org.offramp.standoff.Successor;
import org.offramp.standoff.Trigger;

class ExperimentAggregateTest {

    static StandoffRecord record(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Trigger t = Trigger.values()[r.nextInt(Trigger.values().length)];
        int day = t.outcome() == Outcome.STALEMATE ? 540 : r.nextInt(540);
        int[] first = {0, 1, -1, -1, -1, -1, -1, -1};
        return new StandoffRecord(seed, t.outcome(), day, t, 1, first, r.nextBoolean(), false, r.nextInt(5),
                r.nextInt(2), 0, r.nextInt(3) - 1, -1, 0, -1, -1, -1, -1, -1, Successor.NONE, -1,
                ElectionResult.NOT_REACHED, r.nextInt(10), r.nextInt(10), r.nextDouble(), r.nextDouble(), 0.5,
                12.0, 70 + r.nextDouble(), new int[Action.COUNT]);
    }

    private static ExperimentAggregate of(int from, int to) {
        ExperimentAggregate a = new ExperimentAggregate(StandoffSchema.SCHEMA, 3);
        for (int i = from; i < to; i++) {
            a.accept(i, StandoffSchema.SCHEMA.toRecord(record(Seeds.runSeed(1, i))));
        }
        return a;
    }

    @Test
    void mergeIsAssociativeAndCommutativeBitForBit() {
        String whole = of(0, 900).toJson().toString();
        ExperimentAggregate left = of(0, 300);
        left.merge(of(300, 600));
        left.merge(of(600, 900));
        ExperimentAggregate right = of(600, 900);
        ExperimentAggregate mid = of(300, 600);
        mid.merge(of(0, 300));
        right.merge(mid);
        assertEquals(whole, left.toJson().toString());
        assertEquals(whole, right.toJson().toString());
    }

    @Test
    void jsonRoundTripRestoresTheState() {
        ExperimentAggregate a = of(0, 500);
        a.acceptFailure(501, 99, new IllegalStateException("boom"));
        ExperimentAggregate back = ExperimentAggregate.fromJson(StandoffSchema.SCHEMA, a.toJson());
        assertEquals(a.toJson(), back.toJson());
        assertEquals(a.mean("final_economy"), back.mean("final_economy"));
        assertEquals(1, back.failed());
        assertEquals("java.lang.IllegalStateException: boom", back.failures().get(0).detail());
    }

    @Test
    void countsMeansAndSamplesAreThoseOfTheRecords() {
        List<StandoffRecord> rs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rs.add(record(Seeds.runSeed(1, i)));
        }
        ExperimentAggregate a = of(0, 400);
        long wars = rs.stream().filter(r -> r.outcome() == Outcome.WAR).count();
        assertEquals(wars, a.outcomeCount("WAR"));
        assertEquals(wars, a.outcomeCount(Outcome.WAR.ordinal()));
        assertEquals(400, a.completed());
        long warBy100 = rs.stream().filter(r -> r.outcome() == Outcome.WAR && r.day() <= 100).count();
        assertEquals((double) warBy100 / 400, a.cumulativeIncidence(Outcome.WAR.ordinal(), 100));
        assertEquals(rs.stream().filter(r -> r.referralDay() >= 0).count(), a.runsWith("referral_day"));
        double meanEconomy = rs.stream().mapToDouble(StandoffRecord::finalEconomy).sum() / 400;
        assertEquals(meanEconomy, a.mean("final_economy"), 1e-12);
        assertEquals(rs.stream().mapToInt(StandoffRecord::attacks).sum(), a.total("attacks"));
        assertEquals(rs.stream().filter(r -> r.attacks() > 0).count(), a.runsWith("attacks"));
        assertEquals(rs.stream().filter(StandoffRecord::blowsExchanged).count(), a.runsWith("blows_exchanged"));
        assertEquals(rs.size(), a.counts("successor")[0], "no run had a succession");
        assertEquals(rs.size(), a.counts("highest_rung")[1], "every run reached rung 1 and no higher");
        List<Long> firstDeals = new ArrayList<>();
        for (int i = 0; i < 400 && firstDeals.size() < 3; i++) {
            if (rs.get(i).outcome() == Outcome.DEAL) {
                firstDeals.add((long) i);
            }
        }
        assertEquals(firstDeals, a.samples("DEAL").stream().map(RunSample::index).toList());
    }

    @Test
    void aBadDayIsRefusedBeforeItReachesTheAggregate() {
        StandoffRecord ok = record(5);
        StandoffRecord bad = new StandoffRecord(ok.seed(), Outcome.WAR, -3, Trigger.TOP_RUNG_HELD, 1, ok.firstDayOfRung(),
                false, false, 0, 0, 0, -1, -1, 0, -1, -1, -1, -1, -1, Successor.NONE, -1, ElectionResult.NOT_REACHED,
                0, 0, 0, 0, 0, 0, 0, new int[Action.COUNT]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandoffSchema.SCHEMA.toRecord(bad));
        assertEquals("day must be in [0, 100000], but was -3", e.getMessage());
    }

    @Test
    void aRecordOfAnotherModelLeavesTheAggregateUnchanged() {
        ExperimentAggregate a = of(0, 10);
        String before = a.toJson().toString();
        org.offramp.model.Endings e = org.offramp.model.Endings.builder().ending("WAR", "war", "#c0392b")
                .horizon("QUIET", "quiet", "#8c8c8c").trigger("T", "WAR", "t").trigger("H", "QUIET", "h").build();
        org.offramp.model.RecordSchema<long[]> other = org.offramp.model.RecordSchema.<long[]>builder(e,
                x -> x[0], x -> 0, x -> 3, x -> 0).build();
        assertThrows(IllegalArgumentException.class, () -> a.accept(11, other.toRecord(new long[] {7})));
        assertEquals(before, a.toJson().toString());
    }

    @Test
    void dayQuantilesUseTheNearestRank() {
        DayHistogram h = new DayHistogram();
        for (int d = 1; d <= 10; d++) {
            h.add(d);
        }
        assertEquals(5, h.quantile(0.5));
        assertEquals(10, h.quantile(0.95));
        assertEquals(1, h.quantile(0));
        assertEquals(5.5, h.mean());
    }
}
