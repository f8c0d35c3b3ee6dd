package org.offramp.experiment.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.offramp.experiment.FakeModels;
import org.offramp.random.Seeds;
import org.offramp.standoff.StandoffSchema;

/**
 * The merge of partial aggregates, which every engine relies on (blocks merged by the committing
 * thread, Spark's tree reduce, shards merged at the end), is associative and order-independent bit
 * for bit: any partition of the runs into parts, each aggregated in index order, merged in any order
 * and grouping, gives the aggregate of the runs taken one by one, to the last bit of every sum and
 * the same story samples. Compared through {@link ExperimentAggregate#toJson()}, which holds every
 * count, every exact sum and every sample.
 */
class AggregateMergePropertiesTest {

    /** Run {@code i} of master seed {@code master}: a failure for about one run in 13, else a record. */
    private static void add(ExperimentAggregate a, long master, long i) {
        long seed = Seeds.runSeed(master, i);
        if (Math.floorMod(seed, 13) == 0) {
            a.acceptFailure(i, seed, new IllegalStateException("model broke on seed " + seed));
        } else {
            a.accept(i, FakeModels.record(seed));
        }
    }

    private static ExperimentAggregate sequential(int runs, int samples, long master) {
        ExperimentAggregate a = new ExperimentAggregate(StandoffSchema.SCHEMA, samples);
        for (long i = 0; i < runs; i++) {
            add(a, master, i);
        }
        return a;
    }

    /** Each run goes to a random part; each part takes its runs in index order, as a block does. */
    private static List<ExperimentAggregate> partition(int runs, int parts, int samples, long master, Random random) {
        List<ExperimentAggregate> out = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            out.add(new ExperimentAggregate(StandoffSchema.SCHEMA, samples));
        }
        for (long i = 0; i < runs; i++) {
            add(out.get(random.nextInt(parts)), master, i);
        }
        return out;
    }

    private static ExperimentAggregate copy(ExperimentAggregate a) {
        return ExperimentAggregate.fromJson(StandoffSchema.SCHEMA, a.toJson());
    }

    @Property(tries = 60)
    void mergingAnyPartitionInAnyOrderGivesTheSequentialAggregate(@ForAll @IntRange(min = 0, max = 500) int runs,
            @ForAll @IntRange(min = 1, max = 9) int parts, @ForAll @IntRange(min = 0, max = 6) int samples,
            @ForAll long master, @ForAll Random random) {
        List<ExperimentAggregate> pieces = partition(runs, parts, samples, master, random);
        // A random tree of merges: two random pieces become one until one is left.
        while (pieces.size() > 1) {
            int i = random.nextInt(pieces.size());
            int j = random.nextInt(pieces.size() - 1);
            j = j >= i ? j + 1 : j;
            pieces.get(i).merge(pieces.get(j));
            pieces.remove(j);
        }
        assertEquals(sequential(runs, samples, master).toJson().toString(), pieces.get(0).toJson().toString());
    }

    @Property(tries = 60)
    void mergeIsAssociativeAndCommutative(@ForAll @IntRange(min = 0, max = 300) int runs,
            @ForAll @IntRange(min = 0, max = 6) int samples, @ForAll long master, @ForAll Random random) {
        List<ExperimentAggregate> p = partition(runs, 3, samples, master, random);
        ExperimentAggregate a = p.get(0);
        ExperimentAggregate b = p.get(1);
        ExperimentAggregate c = p.get(2);

        ExperimentAggregate left = copy(a);
        left.merge(copy(b));
        left.merge(copy(c)); // (a + b) + c
        ExperimentAggregate bc = copy(b);
        bc.merge(copy(c));
        ExperimentAggregate right = copy(a);
        right.merge(bc); // a + (b + c)
        assertEquals(left.toJson().toString(), right.toJson().toString(), "associative");

        ExperimentAggregate ab = copy(a);
        ab.merge(copy(b));
        ExperimentAggregate ba = copy(b);
        ba.merge(copy(a));
        assertEquals(ab.toJson().toString(), ba.toJson().toString(), "commutative");
    }
}
