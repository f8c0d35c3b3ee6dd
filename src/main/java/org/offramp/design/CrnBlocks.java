package org.offramp.design;

import java.util.ArrayList;
import java.util.List;
import org.offramp.executor.BlockContext;
import org.offramp.executor.BlockJob;
import org.offramp.experiment.PortableScenario;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;

/**
 * The block job of a design on common random numbers: block {@code b} holds run indices
 * {@code b * blockSize} to {@code min((b + 1) * blockSize, runs) - 1}; for each index every scenario
 * of the design runs on the seed {@code Seeds.runSeed(masterSeed, i)}, exactly the seed the
 * experiment engine gives run {@code i}, and the block's {@link Tally} counts which measures each run
 * has. Whoever runs a block, wherever, gets the same counts.
 *
 * <p>A failed run fails the block with a {@link DesignException} naming the variant or point, the run
 * index and the seed.
 *
 * <p>Serializable for a cluster: the scenarios travel as {@link PortableScenario}s and the measures by
 * name, both rebuilt once per deserialized copy against the installed model; the model's runs must
 * then be a {@code PortableModel}. Thread-safe.
 */
final class CrnBlocks implements BlockJob<Tally> {
    private static final long serialVersionUID = 1L;

    private final String modelName;
    private final List<PortableScenario> portable;
    private final List<String> labels;
    private final List<String> measureNames;
    private final long runs;
    private final long masterSeed;
    private final boolean paired;
    private final int blockSize;
    private final RunModel model;
    private transient volatile List<Scenario> scenarios;
    private transient volatile List<Measure> measures;

    CrnBlocks(CrnPlan plan, RunModel model) {
        this.modelName = plan.model().name();
        List<PortableScenario> p = new ArrayList<>();
        for (Scenario s : plan.scenarios()) {
            p.add(PortableScenario.of(s));
        }
        this.portable = List.copyOf(p);
        this.labels = plan.labels();
        this.measureNames = plan.measures().stream().map(Measure::name).toList();
        this.runs = plan.runs();
        this.masterSeed = plan.masterSeed();
        this.paired = plan.paired();
        this.blockSize = plan.blockSize();
        this.model = model;
        this.scenarios = plan.scenarios();
        this.measures = plan.measures();
    }

    /** The scenarios and measures, rebuilt once per deserialized copy. */
    private void rebuild() {
        if (scenarios == null) {
            synchronized (this) {
                if (scenarios == null) {
                    Model<?> m = Models.get(modelName);
                    List<Measure> ms = new ArrayList<>();
                    for (String n : measureNames) {
                        ms.add(Measure.parse(m.record(), n));
                    }
                    measures = List.copyOf(ms);
                    scenarios = portable.stream().map(PortableScenario::toScenario).toList();
                }
            }
        }
    }

    @Override
    public long runs(long block) {
        long from = block * blockSize;
        return Math.max(0, Math.min(runs, from + blockSize) - from) * portable.size();
    }

    @Override
    public Tally run(long block, BlockContext context) {
        rebuild();
        List<Scenario> sc = scenarios;
        List<Measure> ms = measures;
        Tally t = new Tally(sc.size(), ms.size(), paired);
        long[] bits = new long[sc.size()];
        long end = Math.min(runs, (block + 1) * blockSize);
        for (long i = block * blockSize; i < end; i++) {
            if (context.stopped()) {
                return null;
            }
            long seed = Seeds.runSeed(masterSeed, i);
            for (int s = 0; s < bits.length; s++) {
                RunRecord r;
                try {
                    r = model.run(sc.get(s), seed);
                } catch (RuntimeException | StackOverflowError | AssertionError e) {
                    throw new DesignException("run " + i + " (seed " + seed + ") of " + labels.get(s) + " failed: " + e, e);
                }
                if (r == null || r.seed() != seed) {
                    throw new DesignException("run " + i + " of " + labels.get(s) + " returned "
                            + (r == null ? "no record" : "a record with seed " + r.seed()) + " for seed " + seed);
                }
                long b = 0;
                for (int m = 0; m < ms.size(); m++) {
                    if (ms.get(m).test(r)) {
                        b |= 1L << m;
                    }
                }
                bits[s] = b;
                context.runDone();
            }
            t.accept(bits);
        }
        return t;
    }
}
