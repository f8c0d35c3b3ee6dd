package org.offramp.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The catalog of scenarios embedded in the library, and the one entry point that takes either an
 * embedded name or a file path.
 *
 * <pre>{@code
 * for (String name : Scenarios.names()) {
 *     System.out.println(name + ": " + Scenarios.description(name));
 * }
 * Scenario s = Scenarios.load("baseline");               // embedded
 * Scenario t = Scenarios.load("scenarios/hawkish.yaml"); // a file
 * }</pre>
 *
 * <p>Embedded scenarios are YAML resources in {@code org/offramp/scenarios/}, listed in
 * {@code index.txt} there (one name a line; {@code #} starts a comment), because a jar cannot be
 * listed like a folder. Stateless apart from the index, which is read once; safe to use from
 * several threads.
 */
public final class Scenarios {
    private static final String FOLDER = "/org/offramp/scenarios/";

    private Scenarios() {
    }

    /** The names of the embedded scenarios, sorted; an unmodifiable list. */
    public static List<String> names() {
        return Index.NAMES;
    }

    /**
     * An embedded scenario by name, or else a scenario file by path.
     *
     * @param nameOrPath an embedded scenario's name or a scenario file's path
     * @return the scenario
     * @throws NullPointerException if {@code nameOrPath} is null
     * @throws ScenarioException    when there is neither, or the scenario is invalid
     */
    public static Scenario load(String nameOrPath) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        if (names().contains(nameOrPath)) {
            return ScenarioLoader.embedded(nameOrPath);
        }
        String allowed = "an embedded scenario (" + String.join(", ", names()) + ") or a path to a scenario file";
        String shown = ScenarioException.excerpt(nameOrPath);
        if (nameOrPath.isBlank()) {
            throw new ScenarioException("scenario", -1, "scenario", shown, allowed,
                    "the scenario is empty; allowed: " + allowed);
        }
        Path file;
        try {
            file = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            throw new ScenarioException(shown, -1, "scenario", shown, allowed,
                    "neither an embedded scenario nor a file path; allowed: " + allowed, e);
        }
        if (Files.exists(file)) {
            return ScenarioLoader.load(file);
        }
        throw new ScenarioException(shown, -1, "scenario", shown, allowed,
                "neither an embedded scenario nor a file; allowed: " + allowed);
    }

    /**
     * The description of an embedded scenario.
     *
     * @param name the embedded scenario's name
     * @return its description
     * @throws NullPointerException if {@code name} is null
     * @throws ScenarioException    naming the embedded scenarios when there is none with this name
     */
    public static String description(String name) {
        return ScenarioLoader.embedded(name).description();
    }

    /** The YAML text of an embedded scenario that the index lists. */
    static String embeddedText(String name) {
        try (InputStream in = Scenarios.class.getResourceAsStream(FOLDER + name + ".yaml")) {
            if (in == null) {
                // The index and the folder are packaged together; a gap is a build error.
                throw new IllegalStateException("index.txt lists '" + name + "' but " + FOLDER + name
                        + ".yaml is not packaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded scenario " + name, e);
        }
    }

    /** Holder: the index is read on first use, once, and thread-safely by class initialisation. */
    private static final class Index {
        static final List<String> NAMES = read();

        private static List<String> read() {
            List<String> names = new ArrayList<>();
            try (InputStream in = Scenarios.class.getResourceAsStream(FOLDER + "index.txt")) {
                if (in == null) {
                    throw new IllegalStateException(FOLDER + "index.txt is not packaged");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int hash = line.indexOf('#');
                    String name = (hash < 0 ? line : line.substring(0, hash)).strip();
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (!ScenarioLoader.NAME.matcher(name).matches() || names.contains(name)) {
                        throw new IllegalStateException("index.txt: bad or repeated scenario name '" + name + "'");
                    }
                    names.add(name);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FOLDER + "index.txt", e);
            }
            Collections.sort(names);
            return List.copyOf(names);
        }
    }
}
