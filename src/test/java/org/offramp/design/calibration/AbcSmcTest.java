package org.offramp.design.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbcSmcTest {
    private static final double LAMBDA = 3.0;
    private static final double P = 0.3;

    /** Targets from one simulation at the truth, with the sampling sd of each statistic as its uncertainty. */
    private static Targets observed(long seed) {
        double[] obs = ToyModels.poissonBinomial(new double[] {LAMBDA, P}, seed);
        return Targets.of(new Target("meanCount", obs[0], Math.sqrt(LAMBDA / ToyModels.DRAWS), "mean of 40 counts"),
                new Target("share", obs[1], Math.sqrt(P * (1 - P) / ToyModels.DRAWS), "share of 40 trials"));
    }

    private static AbcSmc.Builder toy(Targets targets) {
        return AbcSmc.builder().parameter(CalibrationParameter.real("lambda", 0, 10))
                .parameter(CalibrationParameter.real("p", 0, 1)).targets(targets);
    }

    @Test
    void recoversKnownParametersWithTheTruthInsideThe95PercentInterval() {
        AbcResult r = toy(observed(99)).particles(500).maxGenerations(8).masterSeed(42).build()
                .run(ToyModels::poissonBinomial);
        ParameterSummary lambda = r.summary("lambda");
        ParameterSummary p = r.summary("p");
        assertTrue(lambda.covers(LAMBDA), "lambda 95% interval " + lambda);
        assertTrue(p.covers(P), "p 95% interval " + p);
        // The data pin each parameter far more tightly than the priors (sd 2.9 and 0.29).
        assertTrue(lambda.sd() < 0.5, "lambda sd " + lambda.sd());
        assertTrue(p.sd() < 0.1, "p sd " + p.sd());
        assertEquals(LAMBDA, lambda.mean(), 2 * lambda.sd());
        assertEquals(P, p.mean(), 2 * p.sd());
        // Tolerances fall generation by generation, and the population stays well spread.
        List<AbcGeneration> g = r.generations();
        assertEquals(9, g.size());
        for (int t = 1; t < g.size(); t++) {
            assertTrue(g.get(t).tolerance() < g.get(t - 1).tolerance(), "tolerance " + t);
            assertTrue(g.get(t).ess() > 0.5 * r.size(), "ESS " + g.get(t).ess());
        }
        assertEquals(AbcResult.StopReason.MAX_GENERATIONS, r.stop());
        assertEquals(1.0, java.util.Arrays.stream(r.weights()).sum(), 1e-12);
        for (double d : r.distances()) {
            assertTrue(d <= r.last().tolerance());
        }
    }

    /**
     * Coverage over 20 independent data sets: the truth should fall in the 95% interval of most.
     * With true coverage 95%, at most 15 of 20 happens with probability 1.6%; ABC's tolerance
     * makes the intervals, if anything, wider.
     */
    @Test
    void the95PercentIntervalsCoverTheTruthInMostDataSets() {
        int covered = 0;
        for (int s = 0; s < 20; s++) {
            AbcResult r = toy(observed(1000 + s)).particles(300).maxGenerations(6).masterSeed(s).build()
                    .run(ToyModels::poissonBinomial);
            if (r.summary("lambda").covers(LAMBDA) && r.summary("p").covers(P)) {
                covered++;
            }
        }
        assertTrue(covered >= 16, "both parameters covered in " + covered + " of 20 data sets");
    }

    @Test
    void resultsAreIdenticalForOneAndFourThreads() {
        Targets targets = observed(7);
        AbcResult one = toy(targets).particles(200).maxGenerations(4).masterSeed(5).threads(1).build()
                .run(ToyModels::poissonBinomial);
        AbcResult four = toy(targets).particles(200).maxGenerations(4).masterSeed(5).threads(4).build()
                .run(ToyModels::poissonBinomial);
        assertEquals(one, four);
        assertArrayEquals(one.weights(), four.weights());
        assertEquals(one.generations(), four.generations());
        AbcResult otherSeed = toy(targets).particles(200).maxGenerations(4).masterSeed(6).build()
                .run(ToyModels::poissonBinomial);
        assertTrue(!one.equals(otherSeed), "another master seed gives another sample");
    }

    @Test
    void everySimulationSeedIsDerivedFromTheMasterSeedAndItsPlace() {
        Targets targets = observed(7);
        java.util.Set<Long> seeds = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AbcResult r = toy(targets).particles(50).maxGenerations(2).masterSeed(11).threads(2).build()
                .run((params, seed) -> {
                    seeds.add(seed);
                    return ToyModels.poissonBinomial(params, seed);
                });
        assertEquals(r.totalSimulations(), seeds.size(), "no two simulations share a seed");
        assertTrue(seeds.contains(AbcSmc.simulationSeed(11, 0, 0, 0)));
        assertTrue(seeds.contains(AbcSmc.simulationSeed(11, 0, 49, 0)));
        // with no generation after the prior draw, each particle's statistics come from its seed alone
        AbcResult prior = toy(targets).particles(50).maxGenerations(0).masterSeed(11).build()
                .run(ToyModels::poissonBinomial);
        assertArrayEquals(prior.statistics()[17],
                ToyModels.poissonBinomial(prior.particles()[17], AbcSmc.simulationSeed(11, 0, 17, 0)));
    }

    /**
     * A statistic that does not depend on the parameters leaves the prior unchanged: proposals are
     * accepted whatever their parameters, and the importance weights undo the kernel's pull away
     * from the prior's edges. Uniform on [0, 1]: mean 1/2, sd 0.2887, quantiles 0.025 and 0.975.
     */
    @Test
    void anUninformativeStatisticGivesBackThePrior() {
        Targets targets = Targets.of(new Target("noise", 0, 1, ""));
        AbcResult r = AbcSmc.builder().parameter(CalibrationParameter.real("x", 0, 1)).targets(targets)
                .particles(2000).maxGenerations(8).masterSeed(4).build()
                .run((params, seed) -> new double[] {new java.util.SplittableRandom(seed).nextGaussian()});
        ParameterSummary x = r.summary("x");
        assertEquals(0.5, x.mean(), 0.02);
        assertEquals(Math.sqrt(1.0 / 12), x.sd(), 0.01);
        assertEquals(0.025, x.lower(), 0.015);
        assertEquals(0.975, x.upper(), 0.015);
    }

    @Test
    void integerAndBooleanParametersAreRecovered() {
        double[] obs = ToyModels.integerAndFlag(new double[] {7, 1}, 3);
        Targets targets = Targets.of(new Target("meanCount", obs[0], Math.sqrt(7.0 / 30), ""),
                new Target("flag", obs[1], 0.2, ""));
        AbcResult r = AbcSmc.builder().parameter(CalibrationParameter.integer("k", 0, 20))
                .parameter(CalibrationParameter.bool("flag")).targets(targets).particles(300).maxGenerations(6)
                .masterSeed(8).build().run(ToyModels::integerAndFlag);
        for (double[] particle : r.particles()) {
            assertEquals(Math.rint(particle[0]), particle[0], 0, "k stays whole");
            assertTrue(particle[1] == 0 || particle[1] == 1, "flag stays 0 or 1");
        }
        ParameterSummary k = r.summary("k");
        assertTrue(k.covers(7), "k " + k);
        assertTrue(k.upper() - k.lower() <= 4, "k " + k);
        assertTrue(r.summary("flag").mean() > 0.95, "P(flag) = " + r.summary("flag").mean());
    }

    @Test
    void theDiscreteKernelIsAProbabilityOverTheIntegers() {
        CalibrationParameter k = CalibrationParameter.integer("k", 0, 100);
        double total = 0;
        for (int x = -20; x <= 40; x++) {
            total += AbcSmc.kernel(k, x, 10.3, 2.5);
        }
        assertEquals(1.0, total, 1e-12);
        // one cell: P(9.5 <= N(10.3, 2.5) < 10.5)
        assertEquals(AbcSmc.normalCdf(0.2 / 2.5) - AbcSmc.normalCdf(-0.8 / 2.5), AbcSmc.kernel(k, 10, 10.3, 2.5), 1e-15);
        assertEquals(0.975, AbcSmc.normalCdf(1.959963984540054), 1e-12);
        CalibrationParameter x = CalibrationParameter.real("x", 0, 1);
        assertEquals(1 / Math.sqrt(2 * Math.PI), AbcSmc.kernel(x, 0.5, 0.5, 1.0), 1e-15);
    }

    @Test
    void aFailingSimulationIsReportedWithItsParametersAndSeed() {
        Targets targets = observed(7);
        CalibrationException e = assertThrows(CalibrationException.class, () -> toy(targets).particles(10)
                .masterSeed(1).build().run((params, seed) -> {
                    throw new IllegalStateException("model diverged");
                }));
        assertTrue(e.getMessage().contains("generation 0, particle 0, attempt 0, seed "
                + AbcSmc.simulationSeed(1, 0, 0, 0)), e.getMessage());
        assertTrue(e.getMessage().endsWith("failed: model diverged"), e.getMessage());
        e = assertThrows(CalibrationException.class, () -> toy(targets).particles(10).masterSeed(1).threads(3).build()
                .run((params, seed) -> new double[] {1.0}));
        assertTrue(e.getMessage().contains("returned 1 statistics, but there are 2 targets [meanCount, share]"),
                e.getMessage());
        e = assertThrows(CalibrationException.class, () -> toy(targets).particles(10).masterSeed(1).build()
                .run((params, seed) -> new double[] {1.0, Double.NaN}));
        assertTrue(e.getMessage().contains("returned NaN for target share"), e.getMessage());
    }

    @Test
    void aGenerationThatCannotFillItsParticlesIsDiscarded() {
        // With one attempt per particle, a slot stays empty whenever its one proposal lands above the
        // median distance of the prior draw; among 50 slots some always do.
        Targets targets = observed(7);
        AbcResult r = toy(targets).particles(50).maxGenerations(5).maxAttempts(1).masterSeed(3).build()
                .run(ToyModels::poissonBinomial);
        assertEquals(AbcResult.StopReason.MAX_ATTEMPTS, r.stop());
        assertEquals(1, r.generations().size(), "only the prior draw is kept");
        assertTrue(r.totalSimulations() > 50, "the discarded generation's simulations are counted");
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalStateException.class, () -> AbcSmc.builder()
                .parameter(CalibrationParameter.real("a", 0, 1)).targets(observed(1)).build());
        assertThrows(IllegalArgumentException.class, () -> AbcSmc.builder().particles(5));
        assertThrows(IllegalArgumentException.class, () -> AbcSmc.builder().quantile(1.0));
        assertThrows(IllegalArgumentException.class, () -> AbcSmc.builder()
                .parameter(CalibrationParameter.real("a", 0, 1)).parameter(CalibrationParameter.bool("a")));
        assertThrows(IllegalArgumentException.class, () -> CalibrationParameter.integer("k", 3, 3));
    }
}
