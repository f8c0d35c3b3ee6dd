package org.offramp.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark is a "provided" dependency: the library must run without it on the class path, so only the
 * Spark engine's package may name a Spark class; and engines sit on top of the experiment engine.
 */
class EngineArchitectureTest {
    private static JavaClasses all;

    @BeforeAll
    static void importLibrary() {
        // Only package names of dependencies matter: do not load Spark's and the JDK's classes.
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.offramp");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void onlyTheSparkEngineDependsOnSpark() {
        noClasses().that().resideOutsideOfPackage("org.offramp.engine.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
                .because("spark-core is a provided dependency: the rest of the library must load without it")
                .check(all);
    }

    @Test
    void nothingBelowTheEnginesDependsOnThem() {
        noClasses().that().resideInAnyPackage("org.offramp.model..", "org.offramp.standoff..", "org.offramp.scenario..",
                "org.offramp.experiment..", "org.offramp.random..", "org.offramp.sim..", "org.offramp.output..",
                "org.offramp.io..", "org.offramp.stats..")
                .should().dependOnClassesThat().resideInAPackage("org.offramp.engine..")
                .because("engines depend on the experiment engine, never the other way round")
                .check(all);
    }

    @Test
    void enginesDoNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("org.offramp.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.offramp.cli..")
                .because("the command line calls the engines' Java API")
                .check(all);
    }
}
