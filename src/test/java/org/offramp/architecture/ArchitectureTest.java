package org.offramp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure that the model's guarantees rest on. Each rule is also evaluated against a
 * small test-only class that breaks it, so a rule that could never fail (a misspelt package, say)
 * is caught.
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offramp");
        assertTrue(main.size() > 50, "only " + main.size() + " main classes imported");
    }

    /**
     * Decision code sees an ActorView and nothing else of the world, so it cannot read another actor's
     * true hostility, resolve or economy.
     */
    static final ArchRule DECISION_IS_BLIND = noClasses().that().resideInAPackage("org.offramp.standoff.decision..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.offramp.standoff.world..", "org.offramp.standoff.perception..", "org.offramp.standoff.sim..")
            .because("decision rules must see only their actor's view");

    /** The model, the scenarios and the simulation know nothing of experiments, output or the command line. */
    static final ArchRule CORE_IS_INDEPENDENT = noClasses().that().resideInAnyPackage(
                    "org.offramp.model..", "org.offramp.standoff..", "org.offramp.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.offramp.experiment..", "org.offramp.engine..", "org.offramp.output..", "org.offramp.cli..")
            .because("the model must be embeddable without the experiment engine, output or command line");

    /**
     * No ambient randomness and no clock outside the packages that record wall-clock provenance or
     * measure speed: a run must be a function of (scenario, seed) alone.
     */
    static final ArchRule NO_AMBIENT_RANDOMNESS = noClasses().that().resideInAPackage("org.offramp..")
            .and().resideOutsideOfPackages("org.offramp.experiment..", "org.offramp.cli..",
                    "org.offramp.output..", "org.offramp.bench..", "org.offramp.engine..")
            .should().callMethod(Math.class, "random")
            .orShould().callMethod(StrictMath.class, "random")
            .orShould().callConstructor(Random.class)
            .orShould().callConstructor(Random.class, long.class)
            .orShould().callMethod(ThreadLocalRandom.class, "current")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .because("randomness comes only from the run's keyed streams, and runs do not read the clock");

    @Test
    void decisionCodeDependsOnNeitherWorldNorPerceptionNorSimulation() {
        DECISION_IS_BLIND.check(main);
    }

    @Test
    void coreDependsOnNoOuterLayer() {
        CORE_IS_INDEPENDENT.check(main);
    }

    @Test
    void noAmbientRandomnessOrClock() {
        NO_AMBIENT_RANDOMNESS.check(main);
    }

    @Test
    void theRulesCatchViolations() {
        JavaClasses bad = new ClassFileImporter().importClasses(
                org.offramp.standoff.decision.fixture.PeekingRule.class, AmbientRandomness.class);
        assertTrue(DECISION_IS_BLIND.evaluate(bad).hasViolation(), "a decision class reading the world passes");
        assertTrue(NO_AMBIENT_RANDOMNESS.evaluate(bad).hasViolation(), "Math.random passes");
        assertFalse(CORE_IS_INDEPENDENT.evaluate(bad).hasViolation());
    }

    /** Breaks the randomness rule; used only by {@link #theRulesCatchViolations()}. */
    static final class AmbientRandomness {
        double draw() {
            return Math.random() + new Random().nextDouble() + System.nanoTime();
        }
    }
}
