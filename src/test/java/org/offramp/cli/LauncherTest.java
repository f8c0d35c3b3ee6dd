package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The launcher script {@code ./offramp}, in its dry-run mode (it prints the java command and builds
 * nothing): Spark's JVM flags are exactly pom.xml's {@code spark.jvm.opens}, the Spark class path
 * follows the jar, and other commands run the jar alone.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("offramp");

    private static String dryRun(String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("OFFRAMP_DRY_RUN", "1");
        pb.environment().remove("OFFRAMP_JAVA_OPTS");
        pb.environment().remove(Launcher.ENV);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static String pomFlags() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String flags = pom.getElementsByTagName("spark.jvm.opens").item(0).getTextContent().strip();
        assertTrue(flags.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), flags);
        return flags;
    }

    @Test
    void sparkRunsGetThePomsFlagsAndSparksClassPath() throws Exception {
        String jar = Path.of("target", "offramp-cli.jar").toAbsolutePath().toString();
        for (String[] args : new String[][] {{"run", "x.yaml", "--engine", "spark"}, {"run", "x.yaml", "--engine=spark"}}) {
            String out = dryRun(args);
            assertTrue(out.startsWith("OFFRAMP_LAUNCHER=./offramp java " + pomFlags() + " -cp " + jar + ":"), out);
            assertTrue(out.endsWith(" org.offramp.cli.OfframpCommand " + String.join(" ", args)), out);
        }
    }

    /**
     * The script tells the tool the name it was invoked by, so that the commands the tool prints
     * (replay, --resume, rerun, merge) start the same way and work as printed from the same folder.
     */
    @Test
    void theScriptExportsTheNameItWasInvokedBy() throws Exception {
        String abs = LAUNCHER.toAbsolutePath().toString();
        List<String> cmd = List.of("/bin/sh", "-c", "\"$0\" --help", abs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("OFFRAMP_DRY_RUN", "1");
        pb.environment().remove(Launcher.ENV);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(out.startsWith("OFFRAMP_LAUNCHER=" + abs + " java "), out);
        // Invoked by a bare name from its own folder, it is ./offramp there, which a shell runs.
        assertTrue(dryRun("--help").startsWith("OFFRAMP_LAUNCHER=./offramp java "));
        // A wrapper that sets the name itself keeps it.
        ProcessBuilder wrapped = new ProcessBuilder("/bin/sh", LAUNCHER.toString(), "--help").redirectErrorStream(true);
        wrapped.environment().put("OFFRAMP_DRY_RUN", "1");
        wrapped.environment().put(Launcher.ENV, "my-offramp");
        Process w = wrapped.start();
        String wout = new String(w.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(w.waitFor(30, TimeUnit.SECONDS));
        assertTrue(wout.startsWith("OFFRAMP_LAUNCHER=my-offramp java "), wout);
    }

    @Test
    void otherCommandsRunTheJarAlone() throws Exception {
        String jar = Path.of("target", "offramp-cli.jar").toAbsolutePath().toString();
        assertEquals("OFFRAMP_LAUNCHER=./offramp java -jar " + jar + " run x.yaml --engine local",
                dryRun("run", "x.yaml", "--engine", "local"));
        assertEquals("OFFRAMP_LAUNCHER=./offramp java -jar " + jar + " --help", dryRun("--help"));
    }
}
