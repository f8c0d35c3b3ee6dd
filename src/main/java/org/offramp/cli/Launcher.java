package org.offramp.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * How the tool was started, as the words that start it again: the prefix of every command the tool
 * prints for the user to type (replay, {@code --resume}, rerun, merge), so that each works as
 * printed from the same working folder.
 *
 * <p>In order: the system property {@value #PROPERTY} (shell words, used as given); the environment
 * variable {@value #ENV}, which the {@code ./offramp} script sets to the name it was invoked by
 * (e.g. {@code ./offramp}); {@code java -jar JAR} when the classes come from a jar; otherwise
 * {@code java -cp CLASSPATH org.offramp.cli.OfframpCommand}. Stateless and thread-safe.
 */
final class Launcher {
    /** A system property that names the launcher, as shell words. */
    static final String PROPERTY = "offramp.launcher";
    /** The environment variable the {@code ./offramp} script sets to the name it was invoked by. */
    static final String ENV = "OFFRAMP_LAUNCHER";

    private Launcher() {
    }

    /** The words that start this tool, ready to be followed by a command and its arguments. */
    static String command() {
        return detect(System.getProperty(PROPERTY), System.getenv(ENV), codeSource(), Path.of("").toAbsolutePath(),
                System.getProperty("java.class.path", ""));
    }

    /**
     * The launcher from what is known about this process.
     *
     * @param property   the {@value #PROPERTY} system property, or null
     * @param env        the {@value #ENV} environment variable, or null
     * @param codeSource the jar or folder the tool's classes come from, or null if unknown
     * @param workingDir the current folder (absolute), against which a jar path is shown relative
     * @param classPath  the class path, for the last resort
     * @return e.g. {@code ./offramp}, {@code java -jar target/offramp-cli.jar}
     */
    static String detect(String property, String env, Path codeSource, Path workingDir, String classPath) {
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        if (env != null && !env.isBlank()) {
            return ReplayCommand.quote(env);
        }
        if (codeSource != null && codeSource.getFileName() != null
                && codeSource.getFileName().toString().endsWith(".jar") && Files.isRegularFile(codeSource)) {
            return "java -jar " + ReplayCommand.quote(shown(codeSource, workingDir));
        }
        return "java -cp " + ReplayCommand.quote(classPath) + " " + OfframpCommand.class.getName();
    }

    /** A path relative to the working folder when it lies inside it, else absolute. */
    private static String shown(Path p, Path workingDir) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(workingDir) && !abs.equals(workingDir) ? workingDir.relativize(abs).toString()
                : abs.toString();
    }

    private static Path codeSource() {
        try {
            CodeSource cs = OfframpCommand.class.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException ex) {
            // Not a file (e.g. a custom class loader): fall back to the class path.
            return null;
        }
    }
}
