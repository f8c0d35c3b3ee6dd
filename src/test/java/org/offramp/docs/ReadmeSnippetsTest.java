package org.offramp.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;

/**
 * The README's Java snippets are whole programs, imports included: each is compiled as written
 * against the test class path and run, and what it prints is checked.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^public (?:final )?class (\\w+)");

    /** A snippet of the README: its text and the line its block starts on. */
    record Snippet(String code, int line) {
        String className() {
            Matcher m = CLASS_NAME.matcher(code);
            if (!m.find()) {
                fail("README.md line " + line + ": a ```java block must be a whole program (its imports and a"
                        + " public class with a main method), so that a reader can copy and run it");
            }
            return m.group(1);
        }
    }

    static List<Snippet> snippets(String markdown) {
        List<Snippet> snippets = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(markdown);
        while (m.find()) {
            int line = (int) markdown.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            snippets.add(new Snippet(m.group(1), line));
        }
        return snippets;
    }

    /** Compiles the snippet into {@code out}; fails with javac's messages if it does not compile. */
    static void compile(Snippet s, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK is needed: no system Java compiler");
        Path src = out.resolve("src").resolve(s.className() + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, s.code());
        Path classes = Files.createDirectories(out.resolve("classes"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", testClassPath(), "-d", classes.toString(),
                    "-proc:none", "-Xlint:all,-path", "-Werror");
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(src.toFile())).call();
            if (!ok) {
                fail("README.md's ```java block at line " + s.line() + " does not compile:\n"
                        + diagnostics.getDiagnostics().stream()
                        .map(d -> "  snippet line " + d.getLineNumber() + ": " + d.getKind() + ": "
                                + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n")));
            }
            assertTrue(diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR));
        }
    }

    /** Surefire may hand the forked JVM a manifest-only jar; its real class path is in a property. */
    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    /** Runs the compiled snippet's main method and returns what it printed to standard output. */
    static String run(Snippet s, Path out) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.resolve("classes").toUri().toURL()},
                ReadmeSnippetsTest.class.getClassLoader())) {
            Method main = loader.loadClass(s.className()).getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError("README.md's ```java block at line " + s.line() + " threw", e.getCause());
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Each snippet's class name and what it printed, in README order: compiled and run once. */
    private static final Map<String, String> PRINTED = new LinkedHashMap<>();

    @BeforeAll
    static void compileAndRunEverySnippet(@TempDir Path tmp) throws Exception {
        List<Snippet> snippets = snippets(Files.readString(README));
        assertFalse(snippets.isEmpty(), "README.md has no ```java block");
        for (int i = 0; i < snippets.size(); i++) {
            Snippet s = snippets.get(i);
            assertTrue(s.code().startsWith("import "), "README.md line " + s.line()
                    + ": a ```java block starts with its imports");
            Path out = tmp.resolve("snippet" + i);
            compile(s, out);
            PRINTED.put(s.className(), run(s, out));
        }
    }

    @Test
    void everyJavaSnippetIsAWholeProgramThatCompilesAndRunsAndPrints() {
        PRINTED.forEach((name, printed) -> assertFalse(printed.isBlank(), "README.md's " + name + " printed nothing"));
    }

    @Test
    void fromJavaPrintsTheRunItsStoryAndTheSharesOfTheExperiment() {
        String printed = PRINTED.get("FromJava");
        assertNotNull(printed, "README.md has no FromJava snippet");

        // The same calls made here: the snippet must print exactly what the library gives.
        Model<?> standoff = Models.get("standoff");
        Scenario baseline = Scenarios.load(standoff, "baseline");
        ExperimentResult r = Experiment.builder(baseline.with("washington.restraint", 0.5))
                .runs(1_000).masterSeed(20190517L).threads(1).build().run();
        String expected = standoff.runRecord(baseline, 42L).toCsv() + "\n"
                + standoff.replay(baseline, 42L).storyText() + "\n"
                + r.shares() + " " + r.wilsonIntervals() + "\n";
        assertEquals(expected, printed.replace(System.lineSeparator(), "\n"));

        // What a reader takes from the last line: shares of the runs, adding up to 1.
        assertEquals(1_000, r.counts().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1.0, r.shares().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }
}
