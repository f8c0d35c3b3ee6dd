package org.offramp.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Scenario;

/**
 * Loads a {@link Scenario} from a YAML scenario file, a YAML text or an embedded resource, and
 * refuses, before any run, anything it cannot accept.
 *
 * <pre>{@code
 * Scenario s = ScenarioLoader.load(Path.of("scenarios/hawkish.yaml"));
 * Scenario b = ScenarioLoader.embedded("baseline");
 * }</pre>
 *
 * <h2>File schema</h2>
 * <pre>
 * model: standoff              # optional: an installed model (offramp models); default: the default model
 * scenario: hawkish            # required: the name, [a-z0-9][a-z0-9-]*
 * description: "..."           # optional; inherited from the extended scenario when absent
 * extends: baseline            # optional: an embedded scenario of the model, or a file path relative to this file
 * actors: [washington, tehran, irgc, gulf, un, moscow]   # required without extends, if the model has actors
 * parameters:                  # optional; nested maps, dotted keys, or both
 *   washington:
 *     restraint: 0.8
 *   perception.noise.washington.tehran: 1.5
 * </pre>
 *
 * <p>A file without {@code model} is of the default model ({@link Models#defaultModel()}), so every
 * file written before models existed keeps its meaning. Without {@code extends} a scenario starts
 * from the model's defaults ({@link Scenario#defaults(Model)}); with it, from the extended scenario,
 * which must be of the same model (chains are followed and cycles refused). {@code actors}, when
 * given, must list exactly the model's actor keys ({@link Model#actors()}). Every leaf of
 * {@code parameters} must be a parameter path of the model's registry, given once, of the right
 * type (true/false for flags, a number otherwise) and in range. An embedded scenario may only
 * extend embedded scenarios of its model, so that the catalog works the same inside a jar. Errors
 * are {@link ScenarioException}s naming the source, line, key path, value and what is allowed. See
 * {@code docs/scenarios.md}.
 *
 * <p>Stateless; safe to call from several threads.
 */
public final class ScenarioLoader {
    /** What a scenario or experiment name must look like. */
    static final Pattern NAME = Scenario.NAME;
    static final String NAME_ALLOWED = Scenario.NAME_ALLOWED;
    private static final List<String> KEYS = List.of("model", "scenario", "description", "extends", "actors",
            "parameters");
    /** The longest chain of {@code extends}: deeper chains are refused, with the chain, before they exhaust the stack. */
    public static final int MAX_EXTENDS = 32;

    private ScenarioLoader() {
    }

    /**
     * Loads a scenario file; a relative {@code extends} path is resolved against the file's folder.
     *
     * @param file the scenario file, at most 1 MiB
     * @return the scenario
     * @throws ScenarioException when the file cannot be read or is not a valid scenario
     */
    public static Scenario load(Path file) {
        Path normal = Objects.requireNonNull(file, "file").normalize();
        String text = YamlReader.readFile(normal, normal.toString(), -1, "", "a scenario file (YAML)");
        return parse(text, normal.toString(), folder(normal), chainOf(identity(normal), normal.toString()), null, null);
    }

    /**
     * Loads a scenario from YAML text; a relative {@code extends} path is resolved against the
     * current working directory.
     *
     * @param yaml   the text
     * @param source the name to use in error messages, e.g. a file name
     * @return the scenario
     * @throws ScenarioException when the text is not a valid scenario
     */
    public static Scenario load(String yaml, String source) {
        return load(yaml, source, Path.of(""));
    }

    /**
     * Loads a scenario from YAML text; a relative {@code extends} path is resolved against
     * {@code baseDirectory}.
     *
     * @param yaml          the text
     * @param source        the name to use in error messages, e.g. a file name
     * @param baseDirectory the folder of relative {@code extends} paths
     * @return the scenario
     * @throws ScenarioException when the text is not a valid scenario
     */
    public static Scenario load(String yaml, String source, Path baseDirectory) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        return parse(yaml, source, baseDirectory, chainOf("text:" + source, source), null, null);
    }

    /**
     * Loads an embedded scenario of the default model's catalog.
     *
     * @param name the scenario's name, one of {@link Scenarios#names()}
     * @return the scenario
     * @throws ScenarioException naming the embedded scenarios when there is none with this name
     */
    public static Scenario embedded(String name) {
        return embedded(Models.defaultModel(), name);
    }

    /**
     * Loads an embedded scenario of a model's catalog.
     *
     * @param model the model
     * @param name  the scenario's name, one of {@code model.scenarios().names()}
     * @return the scenario
     * @throws ScenarioException naming the embedded scenarios when there is none with this name
     */
    public static Scenario embedded(Model<?> model, String name) {
        Objects.requireNonNull(model, "model");
        return resolve(model, Objects.requireNonNull(name, "name"), "embedded", null, -1, "scenario",
                new LinkedHashMap<>());
    }

    /**
     * The model a file names with {@code model:}, or the default model when it names none.
     *
     * @param fields the file's top-level fields
     * @return the model
     * @throws ScenarioException naming file, line, value and the installed models when the value is
     *                           not the name of an installed model
     */
    public static Model<?> modelOf(YamlFields fields) {
        Objects.requireNonNull(fields, "fields");
        if (!fields.has("model")) {
            return Models.defaultModel();
        }
        YamlNode node = fields.entry("model").value();
        String allowed = "an installed model: " + String.join(", ", Models.names());
        if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.STRING) {
            throw ScenarioException.invalid(fields.source(), node.line(), fields.path("model"), node.describe(), allowed);
        }
        return Models.find(s.text()).orElseThrow(() -> ScenarioException.invalid(fields.source(), node.line(),
                fields.path("model"), ScenarioException.quote(s.text()), allowed));
    }

    /** The identity of an embedded scenario in chains and messages: {@code embedded:NAME}, with the model for a non-default one. */
    private static String embeddedId(Model<?> model, String name) {
        return "embedded:" + (model.isDefault() ? "" : model.name() + "/") + name;
    }

    /**
     * Resolves a reference written in a file: an embedded name of {@code model} if there is one,
     * else a path relative to {@code baseDirectory} (null inside an embedded scenario, where only
     * names are allowed). The scenario must be of {@code model}.
     *
     * @param chain the scenarios being loaded, identity to display name, for cycle detection
     */
    static Scenario resolve(Model<?> model, String ref, String source, Path baseDirectory, int line, String key,
                            Map<String, String> chain) {
        if (model.scenarios().contains(ref)) {
            String id = embeddedId(model, ref);
            Map<String, String> next = extend(chain, id, id, ref, source, line, key);
            return parse(model.scenarios().text(ref), id, null, next, ref, model);
        }
        String names = String.join(", ", model.scenarios().names());
        if (baseDirectory == null) {
            throw new ScenarioException(source, line, key, ScenarioException.excerpt(ref),
                    "an embedded scenario: " + names, key + " '" + ScenarioException.excerpt(ref)
                            + "' is not an embedded scenario; allowed: an embedded scenario (" + names + ")");
        }
        Path file = baseDirectory.resolve(ref).normalize();
        String allowed = "an embedded scenario (" + names + ") or a path to a scenario file relative to "
                + (baseDirectory.toString().isEmpty() ? "the current folder" : baseDirectory.toString());
        if (!Files.exists(file)) {
            throw new ScenarioException(source, line, key, ScenarioException.excerpt(ref), allowed,
                    key + " '" + ScenarioException.excerpt(ref) + "' is neither an embedded scenario nor a file"
                            + " (looked for " + ScenarioException.excerpt(file.toString()) + "); allowed: " + allowed);
        }
        Map<String, String> next = extend(chain, identity(file), file.toString(), ref, source, line, key);
        String text = YamlReader.readFile(file, source, line, key, "a scenario file (YAML)");
        Scenario s = parse(text, file.toString(), folder(file), next, null, null);
        if (s.model() != model && !s.model().name().equals(model.name())) {
            throw new ScenarioException(source, line, key, ScenarioException.excerpt(ref), "a scenario of model "
                    + model.name(), key + " '" + ScenarioException.excerpt(ref) + "' is a scenario of model "
                    + s.model().name() + ", but this file is of model " + model.name() + "; allowed: a scenario of"
                    + " model " + model.name() + " (a file names its model with 'model:', default "
                    + Models.defaultModel().name() + ")");
        }
        return s;
    }

    /**
     * Parses a scenario text.
     *
     * @param embeddedModel the model of an embedded scenario (whose text names none), null for a file
     */
    private static Scenario parse(String yaml, String source, Path baseDirectory, Map<String, String> chain,
                                  String embeddedName, Model<?> embeddedModel) {
        YamlNode.Mapping root = YamlReader.readMapping(yaml, source);
        YamlFields fields = new YamlFields(root, source, "", KEYS);
        Model<?> model = embeddedModel != null && !fields.has("model") ? embeddedModel : modelOf(fields);
        if (embeddedModel != null && model != embeddedModel) {
            throw ScenarioException.invalid(source, fields.entry("model").line(), "model",
                    ScenarioException.quote(model.name()), embeddedModel.name() + ", the model of its catalog");
        }
        String name = fields.string("scenario", NAME, NAME_ALLOWED);
        if (embeddedName != null && !name.equals(embeddedName)) {
            throw ScenarioException.invalid(source, fields.entry("scenario").line(), "scenario",
                    ParamValues.quote(name), "\"" + embeddedName + "\", the name of its resource");
        }
        Scenario base;
        if (fields.has("extends")) {
            YamlNode node = fields.entry("extends").value();
            if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.STRING || s.text().isBlank()) {
                throw ScenarioException.invalid(source, node.line(), "extends", node.describe(),
                        "an embedded scenario name or a file path");
            }
            base = resolve(model, s.text(), source, baseDirectory, node.line(), "extends", chain);
        } else {
            if (!model.actors().isEmpty()) {
                fields.required("actors", "a list of the actors " + String.join(", ", model.actors())
                        + " (required without extends)");
            }
            base = Scenario.defaults(model);
        }
        if (fields.has("actors")) {
            checkActors(model, fields.entry("actors").value(), source);
        }
        ParameterAssignments values = fields.has("parameters")
                ? ParameterAssignments.read(fields.entry("parameters").value(), "parameters", source,
                        ParamIndex.of(model.parameters()))
                : ParameterAssignments.none();
        String description = fields.text("description", fields.has("extends") ? base.description() : "");
        return values.applyTo(base).named(name, description);
    }

    /** The list must hold each of the model's actor keys exactly once. */
    private static void checkActors(Model<?> model, YamlNode node, String source) {
        List<String> actors = model.actors();
        String all = String.join(", ", actors);
        if (actors.isEmpty()) {
            throw ScenarioException.invalid(source, node.line(), "actors", node.describe(),
                    "absent: model " + model.name() + " has no actors to list");
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            throw ScenarioException.invalid(source, node.line(), "actors", node.describe(), "a list of " + all);
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : list.items()) {
            String actor = null;
            if (item instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING && actors.contains(s.text())) {
                actor = s.text();
            }
            String shown = item instanceof YamlNode.Scalar s ? s.text() : item.describe();
            if (actor == null) {
                throw new ScenarioException(source, item.line(), "actors", shown, all,
                        "actors: unknown actor '" + shown + "'; allowed: " + all);
            }
            if (!seen.add(actor)) {
                throw new ScenarioException(source, item.line(), "actors", shown, "each of " + all + " once",
                        "actors: actor '" + shown + "' is listed twice; allowed: each of " + all + " once");
            }
        }
        for (String a : actors) {
            if (!seen.contains(a)) {
                throw new ScenarioException(source, node.line(), "actors", "missing " + a, "all of " + all,
                        "actors: missing required actor '" + a + "'; allowed: exactly " + all);
            }
        }
    }

    private static Map<String, String> chainOf(String id, String shown) {
        Map<String, String> chain = new LinkedHashMap<>();
        chain.put(id, shown);
        return chain;
    }

    private static Map<String, String> extend(Map<String, String> chain, String id, String shown, String ref,
                                              String source, int line, String key) {
        if (chain.size() > MAX_EXTENDS && !chain.containsKey(id)) {
            List<String> files = new ArrayList<>(chain.values());
            files.add(shown);
            String allowed = "a chain of at most " + MAX_EXTENDS + " extends";
            throw new ScenarioException(source, line, key, ScenarioException.excerpt(ref), allowed,
                    key + " '" + ScenarioException.excerpt(ref) + "' makes the chain of extends longer than "
                            + MAX_EXTENDS + ": " + String.join(" -> ", files) + "; allowed: " + allowed);
        }
        if (chain.containsKey(id)) {
            List<String> cycle = new ArrayList<>(chain.values());
            cycle.add(shown);
            String allowed = "a chain of extends that ends in a scenario without extends";
            throw new ScenarioException(source, line, key, ref, allowed,
                    key + " '" + ref + "' makes a cycle: " + String.join(" -> ", cycle) + "; allowed: " + allowed);
        }
        Map<String, String> next = new LinkedHashMap<>(chain);
        next.put(id, shown);
        return next;
    }

    private static String identity(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private static Path folder(Path file) {
        // Relative stays relative, so that messages show paths as the user wrote them.
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }
}
