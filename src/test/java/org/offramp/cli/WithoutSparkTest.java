package org.offramp.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark is a provided dependency, and the Spark engine is built only with the spark profile: the
 * tool must start, help, run locally and run policy experiments without either, and say how to get
 * them when --engine spark is asked for. Checked in a child JVM whose class path is this one's without
 * Spark's and Scala's jars (in the default build there are none to take away, and the engine itself
 * is missing), and by the rule that no command-line class names the Spark engine or Spark: it is found
 * by name ({@link org.offramp.engine.Engines}).
 */
class WithoutSparkTest {
    @TempDir
    Path tmp;

    /** Runs the tool in a JVM without Spark; returns exit code and combined output. */
    private static Cli.Result child(String... args) throws IOException, InterruptedException {
        String cp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.replace('\\', '/').contains("/org/apache/spark/")
                        && !e.replace('\\', '/').contains("/org/scala-lang/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", cp, "org.offramp.cli.OfframpCommand"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        p.getOutputStream().close();
        // Small outputs: read both streams after exit would risk nothing here, but read them first anyway.
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM finished");
        return new Cli.Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndLocalRunsWorkAndSparkIsExplainedWhenMissing() throws Exception {
        Cli.Result help = child("--help");
        assertEquals(0, help.code(), help::toString);
        assertTrue(help.out().contains("merge"), help.out());

        Path exp = Folders.shortExperiment(tmp, "short", 50);
        Cli.Result local = child("run", exp.toString(), "--out", tmp.resolve("local").toString(), "--quiet",
                "--no-charts");
        assertEquals(0, local.code(), local::toString);
        assertEquals(51, Files.readAllLines(tmp.resolve("local/runs.csv")).size());

        Path out = tmp.resolve("spark");
        Cli.Result spark = child("run", exp.toString(), "--engine", "spark", "--master", "local[2]", "--out",
                out.toString());
        assertEquals(2, spark.code(), spark::toString);
        // With the spark profile the engine is built but Spark is taken away; without it the engine is missing.
        String why = System.getProperty("java.class.path").contains("spark-core")
                ? "--engine spark needs Apache Spark" : "--engine spark needs the Spark engine, which this build";
        assertTrue(spark.err().contains(why), spark.err());
        assertTrue(spark.err().contains("./offramp launcher") && spark.err().contains("spark-submit"), spark.err());
        assertFalse(spark.err().contains("Exception"), "a message, not a stack trace: " + spark.err());
        assertFalse(Files.exists(out), "nothing is written");

        // A policy experiment says the same, and runs locally without Spark.
        Path policy = Folders.policyFile(tmp, "compare");
        Cli.Result design = child("run", policy.toString(), "--engine", "spark", "--master", "local[2]", "--out",
                out.toString());
        assertEquals(2, design.code(), design::toString);
        assertTrue(design.err().contains(why), design.err());
        assertFalse(Files.exists(out), "nothing is written");
        Cli.Result designHere = child("run", policy.toString(), "--runs", "20", "--out", tmp.resolve("p").toString(),
                "--quiet");
        assertEquals(0, designHere.code(), designHere::toString);
        assertTrue(Files.exists(tmp.resolve("p/comparison.csv")));
    }

    @Test
    void noCommandLineClassNamesSparkOrTheSparkEngine() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.offramp.cli");
        noClasses().that().resideInAPackage("org.offramp.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.offramp.engine.spark..", "org.apache.spark..",
                        "scala..")
                .because("the command line loads and compiles without Spark and without the Spark engine: it finds the"
                        + " engine by name")
                .check(cli);
    }
}
