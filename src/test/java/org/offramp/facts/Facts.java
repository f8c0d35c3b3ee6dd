package org.offramp.facts;

import java.util.List;
import java.util.Locale;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.design.Bounds;
import org.offramp.experiment.design.Comparison;
import org.offramp.experiment.design.ComparisonResult;
import org.offramp.experiment.design.Measure;
import org.offramp.scenario.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.sim.Simulation;

/**
 * Shared set-up of the stylized-fact tests (MODEL.md section 9): the baseline, one fixed master
 * seed, comparisons on common random numbers, and one-sided paired bounds.
 *
 * <p>A one-sided 95% bound is a bound of the two-sided 90% Agresti–Min interval: "the effect is
 * positive at the 5% level" means its lower bound exceeds 0.
 */
final class Facts {
    /** The master seed of every fact test; fixed, so the tests are deterministic. */
    static final long SEED = 20190517L;
    /** Two-sided level whose bounds are one-sided 95% bounds. */
    static final double ONE_SIDED_95 = 0.90;

    private Facts() {
    }

    static Scenario baseline() {
        return Scenarios.load("baseline");
    }

    static Measure m(String name) {
        return Measure.parse(name);
    }

    /** Runs {@code variants} (name, scenario pairs; the first is the reference) on common seeds. */
    static ComparisonResult compare(long runs, List<Measure> measures, Object... namesAndScenarios) {
        Comparison.Builder b = Comparison.builder().runs(runs).masterSeed(SEED).measures(measures);
        for (int i = 0; i < namesAndScenarios.length; i += 2) {
            b.variant((String) namesAndScenarios[i], (Scenario) namesAndScenarios[i + 1]);
        }
        return b.build().run(Simulation::run, ProgressListener.NONE);
    }

    /** The one-sided 95% paired bounds of {@code variant − other} for a measure. */
    static Bounds oneSided(ComparisonResult r, String variant, String other, Measure m) {
        return r.pairedInterval(variant, other, m, ONE_SIDED_95);
    }

    /** A description of a paired difference for assertion messages. */
    static String describe(ComparisonResult r, String variant, String other, Measure m) {
        long[] bc = r.discordance(variant, other, m);
        Bounds b = oneSided(r, variant, other, m);
        return String.format(Locale.ROOT, "%s: %s %.4f vs %s %.4f, paired difference %+.4f, one-sided 95%% bounds "
                        + "[%+.4f, %+.4f], discordant %d/%d, %d runs, master seed %d",
                m, variant, r.share(variant, m).share(), other, r.share(other, m).share(),
                (bc[0] - bc[1]) / (double) r.runs(), b.lower(), b.upper(), bc[0], bc[1], r.runs(), SEED);
    }
}
