package org.offramp.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Scenario;

/**
 * The one entry point that takes either an embedded scenario's name or a scenario file's path, for
 * the default model or any installed model.
 *
 * <pre>{@code
 * for (String name : Scenarios.names()) {
 *     System.out.println(name + ": " + Scenarios.description(name));
 * }
 * Scenario s = Scenarios.load("baseline");               // the default model's embedded baseline
 * Scenario t = Scenarios.load("scenarios/hawkish.yaml"); // a file (it names its model, or is of the default)
 * Scenario u = Scenarios.load(Models.get("standoff"), "war-prone");
 * }</pre>
 *
 * <p>Embedded scenarios are a model's {@link org.offramp.model.ScenarioCatalog}. Stateless; safe to
 * use from several threads.
 */
public final class Scenarios {
    private Scenarios() {
    }

    /** {@return the names of the default model's embedded scenarios, sorted; an unmodifiable list} */
    public static List<String> names() {
        return Models.defaultModel().scenarios().names();
    }

    /**
     * An embedded scenario of the default model by name, or else a scenario file by path (of the
     * model the file names).
     *
     * @param nameOrPath an embedded scenario's name or a scenario file's path
     * @return the scenario
     * @throws NullPointerException if {@code nameOrPath} is null
     * @throws ScenarioException    when there is neither, or the scenario is invalid
     */
    public static Scenario load(String nameOrPath) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        return load(Models.defaultModel(), nameOrPath, false);
    }

    /**
     * An embedded scenario of {@code model} by name, or else a scenario file (of that model) by path.
     *
     * @param model      the model
     * @param nameOrPath an embedded scenario's name or a scenario file's path
     * @return the scenario
     * @throws NullPointerException if an argument is null
     * @throws ScenarioException    when there is neither, the file is of another model, or the scenario is invalid
     */
    public static Scenario load(Model<?> model, String nameOrPath) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        return load(model, nameOrPath, true);
    }

    private static Scenario load(Model<?> model, String nameOrPath, boolean sameModel) {
        if (model.scenarios().contains(nameOrPath)) {
            return ScenarioLoader.embedded(model, nameOrPath);
        }
        String allowed = "an embedded scenario of model " + model.name() + " ("
                + String.join(", ", model.scenarios().names()) + ") or a path to a scenario file";
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
            Scenario s = ScenarioLoader.load(file);
            if (sameModel && !s.model().name().equals(model.name())) {
                throw new ScenarioException(shown, -1, "model", s.model().name(), "a scenario of model " + model.name(),
                        "the scenario file " + shown + " is of model " + s.model().name() + ", but model "
                                + model.name() + " was asked for; allowed: a scenario of model " + model.name());
            }
            return s;
        }
        throw new ScenarioException(shown, -1, "scenario", shown, allowed,
                "neither an embedded scenario nor a file; allowed: " + allowed);
    }

    /**
     * The description of an embedded scenario of the default model.
     *
     * @param name the embedded scenario's name
     * @return its description
     * @throws NullPointerException if {@code name} is null
     * @throws ScenarioException    naming the embedded scenarios when there is none with this name
     */
    public static String description(String name) {
        return ScenarioLoader.embedded(name).description();
    }

    /**
     * The description of an embedded scenario of {@code model}.
     *
     * @param model the model
     * @param name  the embedded scenario's name
     * @return its description
     * @throws ScenarioException naming the embedded scenarios when there is none with this name
     */
    public static String description(Model<?> model, String name) {
        return ScenarioLoader.embedded(model, name).description();
    }
}
