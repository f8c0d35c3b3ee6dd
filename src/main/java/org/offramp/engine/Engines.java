package org.offramp.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The engines installed beside the local one, found by name with {@link ServiceLoader}
 * ({@link EngineProvider}): the command line reaches the Spark engine this way, so it loads and runs
 * without Spark's classes, and a build without the Spark engine says so instead of failing.
 *
 * <pre>{@code
 * try (EngineSession spark = Engines.open("spark", "local[*]")) {
 *     ExperimentResult r = spark.run(experiment, PortableModel.of(experiment.model()));
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Engines {
    private Engines() {
    }

    /**
     * The provider of engine {@code name}, if one is installed.
     *
     * @param name the engine's name, e.g. {@code spark}
     * @return the provider, or empty
     */
    public static Optional<EngineProvider> find(String name) {
        Objects.requireNonNull(name, "name");
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The names of the installed engines beside the local one.
     *
     * @return the names, in the order the class path lists them
     */
    public static List<String> names() {
        return all().stream().map(EngineProvider::name).toList();
    }

    /**
     * Whether engine {@code name} can start here: its provider is installed and its libraries are on
     * the class path.
     *
     * @param name the engine's name
     * @return empty if it can; else why not, in words
     */
    public static Optional<String> unavailable(String name) {
        Optional<EngineProvider> p = find(name);
        if (p.isEmpty()) {
            return Optional.of("this build of the library has no " + name + " engine (installed: "
                    + (names().isEmpty() ? "none but local" : String.join(", ", names())) + ")");
        }
        try {
            Class.forName(p.get().probeClass(), false, Engines.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError ex) {
            return Optional.of("the " + name + " engine's libraries are not on the class path (" + p.get().probeClass()
                    + " is missing)");
        }
        return Optional.empty();
    }

    /**
     * Starts engine {@code name}.
     *
     * @param name         the engine's name, e.g. {@code spark}
     * @param masterOrNull where it runs, or null to take it from the environment
     * @return the running engine; close it
     * @throws IllegalStateException    if the engine is not installed or its libraries are missing
     *                                  ({@link #unavailable} says which)
     * @throws IllegalArgumentException if the engine refuses {@code masterOrNull}
     */
    public static EngineSession open(String name, String masterOrNull) {
        Optional<String> why = unavailable(name);
        if (why.isPresent()) {
            throw new IllegalStateException(why.get());
        }
        return find(name).orElseThrow().open(masterOrNull);
    }

    private static List<EngineProvider> all() {
        List<EngineProvider> list = new ArrayList<>();
        try {
            for (EngineProvider p : ServiceLoader.load(EngineProvider.class, Engines.class.getClassLoader())) {
                list.add(p);
            }
        } catch (ServiceConfigurationError broken) {
            // A provider listed but not loadable (its class missing from a partial build): not installed.
        }
        return list;
    }
}
