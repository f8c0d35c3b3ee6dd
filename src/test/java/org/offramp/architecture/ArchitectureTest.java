package org.offramp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
import org.offramp.design.fixture.Exits;
import org.offramp.engine.fixture.DrawsCharts;
import org.offramp.examples.fixture.BorrowsFromTheStandoff;
import org.offramp.experiment.fixture.KnowsTheStandoff;
import org.offramp.standoff.decision.fixture.PeekingRule;
import org.offramp.standoff.fixture.RunsExperiments;

/**
 * The package structure the library's guarantees rest on: a generic core that never knows a model,
 * models that see only the model interface, the layering of docs/architecture.md, decision code that
 * cannot peek, no ambient randomness and only the command line ending the process. Each rule is also
 * evaluated against a small test-only class that breaks it ({@code ..fixture} packages), so a rule
 * that could never fail (a misspelt package, say) is caught.
 */
class ArchitectureTest {
    /** The model packages: the flagship, the Tanker War and the examples. Nothing else of ours may name them. */
    static final String[] MODELS = {"org.offramp.standoff..", "org.offramp.tankerwar..", "org.offramp.examples.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offramp");
        assertTrue(main.size() > 50, "only " + main.size() + " main classes imported");
    }

    /** The core works for any model: it may not name a model's classes (models are found by ServiceLoader). */
    static final ArchRule CORE_KNOWS_NO_MODEL = noClasses().that().resideOutsideOfPackages(MODELS)
            .should().dependOnClassesThat().resideInAnyPackage(MODELS)
            .because("the core serves every model through org.offramp.model; a model is found by its service"
                    + " registration, not by name")
            .allowEmptyShould(true);

    /** The standoff is sealed: only its own packages (and its service file) refer to it. */
    static final ArchRule STANDOFF_IS_SEALED = noClasses().that().resideOutsideOfPackage("org.offramp.standoff..")
            .should().dependOnClassesThat().resideInAPackage("org.offramp.standoff..")
            .because("nothing outside the standoff, other models included, depends on it")
            .allowEmptyShould(true);

    /** A model sees the model interface and the MASON and random building blocks, nothing of the engines above. */
    static final ArchRule MODELS_SEE_ONLY_THE_SPI = noClasses().that().resideInAnyPackage(MODELS)
            .should().dependOnClassesThat().resideInAnyPackage("org.offramp.scenario..", "org.offramp.executor..",
                    "org.offramp.experiment..",
                    "org.offramp.engine..", "org.offramp.design..", "org.offramp.output..", "org.offramp.io..",
                    "org.offramp.stats..", "org.offramp.report..", "org.offramp.notebook..", "org.offramp.cli..")
            .because("a model is embeddable without the engines, designs, output or command line that run it")
            .allowEmptyShould(true);

    /**
     * The layering table of docs/architecture.md: each package may depend only on the packages its
     * row lists.
     */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("model").definedBy("org.offramp.model..")
            .layer("random").definedBy("org.offramp.random..")
            .layer("stats").definedBy("org.offramp.stats..")
            .layer("io").definedBy("org.offramp.io..")
            .layer("sim").definedBy("org.offramp.sim..")
            .layer("perception").definedBy("org.offramp.perception..")
            .layer("scenario").definedBy("org.offramp.scenario..")
            .layer("output").definedBy("org.offramp.output..")
            .layer("executor").definedBy("org.offramp.executor..")
            .layer("experiment").definedBy("org.offramp.experiment..")
            .layer("engine").definedBy("org.offramp.engine..")
            .layer("design").definedBy("org.offramp.design..")
            .layer("report").definedBy("org.offramp.report..")
            .layer("notebook").definedBy("org.offramp.notebook..")
            .layer("cli").definedBy("org.offramp.cli..")
            .layer("models").definedBy(MODELS)
            .whereLayer("model").mayNotAccessAnyLayer()
            .whereLayer("random").mayNotAccessAnyLayer()
            .whereLayer("stats").mayNotAccessAnyLayer()
            .whereLayer("io").mayNotAccessAnyLayer()
            .whereLayer("sim").mayOnlyAccessLayers("random")
            .whereLayer("perception").mayOnlyAccessLayers("random")
            .whereLayer("scenario").mayOnlyAccessLayers("model", "stats")
            .whereLayer("output").mayOnlyAccessLayers("stats", "io")
            .whereLayer("executor").mayNotAccessAnyLayer()
            .whereLayer("experiment").mayOnlyAccessLayers("executor", "model", "scenario", "random", "stats")
            .whereLayer("engine").mayOnlyAccessLayers("executor", "experiment", "model", "scenario", "random", "stats",
                    "io")
            .whereLayer("design").mayOnlyAccessLayers("executor", "experiment", "model", "scenario", "random", "stats",
                    "output", "io")
            .whereLayer("report").mayOnlyAccessLayers("experiment", "design", "model", "scenario", "stats", "output",
                    "io")
            .whereLayer("notebook").mayOnlyAccessLayers("executor", "experiment", "design", "report", "model", "scenario",
                    "random", "stats", "output", "io")
            .whereLayer("cli").mayOnlyAccessLayers("model", "random", "stats", "io", "sim", "scenario", "output",
                    "executor", "experiment", "engine", "design", "report", "notebook")
            .whereLayer("models").mayOnlyAccessLayers("model", "sim", "random", "perception")
            .because("dependencies point one way, from the command line down to the model interface")
            .allowEmptyShould(true);

    /**
     * Decision code sees an ActorView and nothing else of the world, so it cannot read another actor's
     * true hostility, resolve or economy.
     */
    static final ArchRule DECISION_IS_BLIND = noClasses().that().resideInAPackage("org.offramp.standoff.decision..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.offramp.standoff.world..", "org.offramp.standoff.perception..", "org.offramp.standoff.sim..")
            .because("decision rules must see only their actor's view")
            .allowEmptyShould(true);

    /**
     * No ambient randomness and no clock outside the packages that record wall-clock provenance or
     * measure speed: a run must be a function of (scenario, seed) alone.
     */
    static final ArchRule NO_AMBIENT_RANDOMNESS = noClasses().that().resideInAPackage("org.offramp..")
            .and().resideOutsideOfPackages("org.offramp.experiment..", "org.offramp.design..", "org.offramp.cli..",
                    "org.offramp.output..", "org.offramp.bench..", "org.offramp.engine..", "org.offramp.executor..")
            .should().callMethod(Math.class, "random")
            .orShould().callMethod(StrictMath.class, "random")
            .orShould().callConstructor(Random.class)
            .orShould().callConstructor(Random.class, long.class)
            .orShould().callMethod(ThreadLocalRandom.class, "current")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .because("randomness comes only from the run's keyed streams, and runs do not read the clock")
            .allowEmptyShould(true);

    /** A library never ends its caller's process: errors are exceptions; the command line alone exits. */
    static final ArchRule ONLY_THE_COMMAND_LINE_EXITS = noClasses().that().resideOutsideOfPackage("org.offramp.cli..")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("typed exceptions carry errors to the caller; only OfframpCommand.main ends the process");

    @Test
    void theCoreKnowsNoModel() {
        CORE_KNOWS_NO_MODEL.check(main);
    }

    @Test
    void nothingOutsideTheStandoffDependsOnIt() {
        STANDOFF_IS_SEALED.check(main);
    }

    @Test
    void modelsSeeOnlyTheModelInterface() {
        MODELS_SEE_ONLY_THE_SPI.check(main);
    }

    @Test
    void packagesFollowTheLayeringTable() {
        LAYERS.check(main);
    }

    @Test
    void decisionCodeDependsOnNeitherWorldNorPerceptionNorSimulation() {
        DECISION_IS_BLIND.check(main);
    }

    @Test
    void noAmbientRandomnessOrClock() {
        NO_AMBIENT_RANDOMNESS.check(main);
    }

    @Test
    void onlyTheCommandLineExits() {
        ONLY_THE_COMMAND_LINE_EXITS.check(main);
    }

    /** Each rule fails on the fixture that breaks it, and only on the ones that break it. */
    @Test
    void theRulesCatchViolations() {
        JavaClasses core = importClasses(KnowsTheStandoff.class);
        assertTrue(CORE_KNOWS_NO_MODEL.evaluate(core).hasViolation(), "a core class naming WAR passes");
        assertTrue(STANDOFF_IS_SEALED.evaluate(core).hasViolation());

        JavaClasses otherModel = importClasses(BorrowsFromTheStandoff.class);
        assertTrue(STANDOFF_IS_SEALED.evaluate(otherModel).hasViolation(), "another model using the standoff passes");
        assertFalse(CORE_KNOWS_NO_MODEL.evaluate(otherModel).hasViolation(), "a model is no core class");

        JavaClasses model = importClasses(RunsExperiments.class);
        assertTrue(MODELS_SEE_ONLY_THE_SPI.evaluate(model).hasViolation(), "a model running experiments passes");
        assertTrue(LAYERS.evaluate(model).hasViolation(), "the models' row of the table");
        assertFalse(CORE_KNOWS_NO_MODEL.evaluate(model).hasViolation());

        JavaClasses engine = importClasses(DrawsCharts.class);
        assertTrue(LAYERS.evaluate(engine).hasViolation(), "an engine drawing charts passes");
        assertFalse(CORE_KNOWS_NO_MODEL.evaluate(engine).hasViolation());

        JavaClasses peeking = importClasses(PeekingRule.class);
        assertTrue(DECISION_IS_BLIND.evaluate(peeking).hasViolation(), "a decision class reading the world passes");

        JavaClasses random = importClasses(AmbientRandomness.class);
        assertTrue(NO_AMBIENT_RANDOMNESS.evaluate(random).hasViolation(), "Math.random passes");
        assertFalse(ONLY_THE_COMMAND_LINE_EXITS.evaluate(random).hasViolation());

        JavaClasses exits = importClasses(Exits.class);
        assertTrue(ONLY_THE_COMMAND_LINE_EXITS.evaluate(exits).hasViolation(), "System.exit in a design passes");
        assertFalse(LAYERS.evaluate(exits).hasViolation());
    }

    private static JavaClasses importClasses(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /** Breaks the randomness rule; used only by {@link #theRulesCatchViolations()}. */
    static final class AmbientRandomness {
        double draw() {
            return Math.random() + new Random().nextDouble() + System.nanoTime();
        }
    }
}
