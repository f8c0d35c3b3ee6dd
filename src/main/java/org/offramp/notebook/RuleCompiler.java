package org.offramp.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a class from a Java source file and loads an instance of it, so a notebook can change a
 * piece of a model (such as how one of the standoff's actors decides) without a build.
 *
 * <pre>{@code
 * DecisionRule mine = RuleCompiler.compile(Path.of("work/ConciliatoryTehran.java"),
 *         "ConciliatoryTehran", Path.of("work/classes"), DecisionRule.class);
 * RunModel model = Notebooks.model(StandoffModel.withRules(StandoffModel.rulesWith(Actor.TEHRAN, mine)));
 * }</pre>
 *
 * <p>The source is compiled with the running JVM's compiler ({@link ToolProvider}; a JDK is needed,
 * not a bare JRE) against the JVM's own class path, for release 17. Each call loads the classes with
 * a new class loader, so a source changed and compiled again under the same class name gives the
 * new class. The class must be public, implement or extend the type asked for and have a public
 * constructor without arguments; a model's rule must be stateless and thread-safe, since runs call
 * it from several threads. Stateless and thread-safe itself.
 */
public final class RuleCompiler {

    private RuleCompiler() {
    }

    /**
     * Compiles {@code source} into {@code classesDir} and returns a new instance of {@code className}.
     *
     * @param source     the {@code .java} file
     * @param className  the binary name of the class, e.g. {@code ConciliatoryTehran} or
     *                   {@code my.rules.ConciliatoryTehran}
     * @param classesDir where the class files go; created if missing
     * @param type       what the class must implement or extend, e.g. a model's decision-rule interface
     * @param <T>        that type
     * @return the instance
     * @throws RuleCompilationException if the source does not compile (with the compiler's messages),
     *                                  or the class is not a usable rule
     * @throws IllegalStateException    if the JVM has no Java compiler
     * @throws UncheckedIOException     if a file cannot be read or written
     */
    public static <T> T compile(Path source, String className, Path classesDir, Class<T> type) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(classesDir, "classesDir");
        Objects.requireNonNull(type, "type");
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("source must be an existing file, but " + source + " is not");
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this JVM (" + System.getProperty("java.home")
                    + ") has no Java compiler; run the notebook on a JDK");
        }
        try {
            Files.createDirectories(classesDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + classesDir, e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classesDir.toString(),
                    "-classpath", System.getProperty("java.class.path"),
                    "--release", "17", "-proc:none", "-Xlint:all");
            ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source.toFile()))
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            messages.add(d.getKind() + " " + (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName()
                    + ":" + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT));
        }
        if (!ok) {
            throw new RuleCompilationException(source + " does not compile", messages);
        }
        return load(className, classesDir, messages, type);
    }

    private static <T> T load(String className, Path classesDir, List<String> messages, Class<T> type) {
        URL url;
        try {
            url = classesDir.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("classesDir cannot be a class path entry: " + classesDir, e);
        }
        // Not closed: the rule's classes are loaded lazily by this loader for as long as the rule lives.
        @SuppressWarnings("resource")
        URLClassLoader loader = new URLClassLoader(new URL[] {url}, RuleCompiler.class.getClassLoader());
        Class<?> c;
        try {
            c = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new RuleCompilationException("the source compiled, but has no class " + className
                    + " (give the binary name, with its package)", messages);
        }
        if (!type.isAssignableFrom(c)) {
            throw new RuleCompilationException(className + " must implement " + type.getName()
                    + ", but does not", messages);
        }
        try {
            return type.cast(c.getConstructor().newInstance());
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new RuleCompilationException(className + " must be public with a public constructor without"
                    + " arguments", messages);
        } catch (InstantiationException e) {
            throw new RuleCompilationException(className + " must be a concrete class, but is abstract", messages);
        } catch (InvocationTargetException e) {
            throw new RuleCompilationException(className + "'s constructor threw " + e.getCause(), messages);
        }
    }
}
