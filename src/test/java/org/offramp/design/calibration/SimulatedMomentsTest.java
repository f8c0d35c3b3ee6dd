package org.offramp.design.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimulatedMomentsTest {

    private static Targets observed(long seed) {
        double[] obs = ToyModels.poissonBinomial(new double[] {3, 0.3}, seed);
        return Targets.of(new Target("meanCount", obs[0], Math.sqrt(3.0 / ToyModels.DRAWS), ""),
                new Target("share", obs[1], Math.sqrt(0.21 / ToyModels.DRAWS), ""));
    }

    private static SimulatedMoments.Builder toy(Targets t) {
        return SimulatedMoments.builder().parameter(CalibrationParameter.real("lambda", 0, 10))
                .parameter(CalibrationParameter.real("p", 0, 1)).targets(t);
    }

    @Test
    void recoversKnownParametersWithTheTruthInsideThe95PercentInterval() {
        Targets t = observed(99);
        MsmResult fit = toy(t).replications(20).masterSeed(42).build().fit(ToyModels::poissonBinomial);
        MsmResult.Estimate lambda = fit.estimate("lambda");
        MsmResult.Estimate p = fit.estimate("p");
        assertTrue(lambda.covers(3.0), "lambda " + lambda);
        assertTrue(p.covers(0.3), "p " + p);
        // Two targets, two parameters: the fit matches both moments closely.
        assertTrue(fit.objective() < 0.1, "objective " + fit.objective());
        assertEquals(t.get(0).value(), fit.moments()[0], 2 * t.get(0).sd() * Math.sqrt(fit.objective() + 1e-9) + 0.05);
        // Standard errors near the targets' sd mapped through the model (d mean / d lambda = 1;
        // d share / d p = 1), inflated by (1 + 1/20)
        assertEquals(Math.sqrt(1.05) * t.get(0).sd(), lambda.se(), 0.35 * t.get(0).sd());
        assertEquals(Math.sqrt(1.05) * t.get(1).sd(), p.se(), 0.35 * t.get(1).sd());
        assertTrue(Double.isNaN(fit.overidentificationP()), "exactly identified");
        String md = CalibrationTables.msmMarkdown(fit);
        assertTrue(md.contains("| meanCount | ") && md.contains("| lambda | "), md);
        String[] csv = CalibrationTables.msmCsv(fit, new double[] {3, 0.3}).split("\n");
        assertEquals("parameter,prior_lower,prior_upper,estimate,se,lower,upper,truth,covered", csv[0]);
        assertTrue(csv[1].startsWith("lambda,0.0,10.0," + lambda.value() + "," + lambda.se()) && csv[1].endsWith(",3.0,true"),
                csv[1]);
        assertEquals(fit, toy(t).replications(20).masterSeed(42).build().fit(ToyModels::poissonBinomial),
                "the same seed gives the same fit");
    }

    @Test
    void aParameterTheTargetsDoNotMoveHasNoFiniteInterval() {
        Targets t = observed(99);
        MsmResult fit = SimulatedMoments.builder().parameter(CalibrationParameter.real("lambda", 0, 10))
                .parameter(CalibrationParameter.real("unused", 0, 1)).targets(t).replications(5).maxEvaluations(400)
                .masterSeed(1).build().fit((params, seed) -> ToyModels.poissonBinomial(
                        new double[] {params[0], 0.3}, seed));
        MsmResult.Estimate unused = fit.estimate("unused");
        assertTrue(Double.isInfinite(unused.se()), "se " + unused.se());
        assertEquals(0.0, unused.lower());
        assertEquals(1.0, unused.upper());
        assertTrue(Double.isNaN(fit.overidentificationP()), "as many targets as parameters: no test");
    }

    @Test
    void everyEvaluationUsesTheSameReplicationSeeds() {
        // common random numbers: whatever the parameters, replication r runs with Seeds.runSeed(seed, r)
        java.util.Set<Long> seeds = new java.util.HashSet<>();
        toy(observed(3)).replications(5).maxEvaluations(60).masterSeed(7).build().fit((params, seed) -> {
            seeds.add(seed);
            return ToyModels.poissonBinomial(params, seed);
        });
        java.util.Set<Long> expected = new java.util.HashSet<>();
        for (int r = 0; r < 5; r++) {
            expected.add(org.offramp.random.Seeds.runSeed(7, r));
        }
        assertEquals(expected, seeds);
    }

    @Test
    void onlyRealParametersAndEnoughTargets() {
        assertThrows(IllegalArgumentException.class, () -> SimulatedMoments.builder()
                .parameter(CalibrationParameter.integer("k", 0, 5)));
        assertThrows(IllegalStateException.class, () -> SimulatedMoments.builder()
                .parameter(CalibrationParameter.real("a", 0, 1)).parameter(CalibrationParameter.real("b", 0, 1))
                .parameter(CalibrationParameter.real("c", 0, 1)).targets(observed(1)).masterSeed(1).build());
    }
}
