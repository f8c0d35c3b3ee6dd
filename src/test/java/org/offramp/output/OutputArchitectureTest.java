package org.offramp.output;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Output works from plain data: it must not reach into the model, the simulation, the experiment
 * engine or the command line, so that any of them can use it without a cycle.
 */
class OutputArchitectureTest {

    private static JavaClasses output;

    @BeforeAll
    static void importOutput() {
        // The rules look only at package names of dependencies, so there is no need to load the
        // classes of JFreeChart and the JDK behind them; skipping that keeps the test fast.
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolve = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            output = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.offramp.output");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void outputDependsOnNoOtherProjectPackage() {
        noClasses().that().resideInAPackage("org.offramp.output..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.offramp.model..", "org.offramp.standoff..", "org.offramp.experiment..",
                        "org.offramp.scenario..", "org.offramp.random..", "org.offramp.sim..", "org.offramp.engine..",
                        "org.offramp.design..", "org.offramp.notebook..", "org.offramp.cli..")
                .because("charts and tables are built from plain data handed in by their callers")
                .check(output);
    }

    @Test
    void chartsDoNotOpenWindows() {
        noClasses().that().resideInAPackage("org.offramp.output..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "org.jfree.chart.swing..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.awt.Frame")
                .because("rendering must work headless, on servers and in batch runs")
                .check(output);
    }
}
