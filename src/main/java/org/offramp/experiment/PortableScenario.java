package org.offramp.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.offramp.model.Models;
import org.offramp.model.Scenario;

/**
 * A {@link Scenario} in a form that travels: to Spark executors (Java serialization) and into the
 * partial results of shards (JSON). It holds the model's name, the scenario's name and description
 * and the parameters that differ from the model's defaults, plus the scenario's content hash, and
 * rebuilds the scenario as {@code Scenario.defaults(model).with(...)...named(...)}, the model found
 * among the installed ones; {@link #toScenario()} checks the rebuilt scenario's hash, so a scenario
 * that does not travel intact is refused rather than run.
 *
 * <pre>{@code
 * PortableScenario p = PortableScenario.of(Scenarios.load("hawkish"));
 * Scenario again = p.toScenario();           // equal values, same contentHash
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param model       the name of the scenario's model
 * @param name        the scenario's name
 * @param description the scenario's description
 * @param differences the parameter values that differ from the model's defaults, by path, in declaration order
 * @param contentHash the scenario's {@link Scenario#contentHash()}
 * @serial exclude
 */
public record PortableScenario(String model, String name, String description, Map<String, Double> differences,
        String contentHash) implements Serializable {
    private static final long serialVersionUID = 2L;

    /**
     * Checks the components and copies the map (a serializable, ordered, unmodifiable copy).
     *
     * @param model       the name of the scenario's model
     * @param name        the scenario's name
     * @param description the scenario's description
     * @param differences the parameter values that differ from the model's defaults, by path, in declaration order
     * @param contentHash the scenario's {@link Scenario#contentHash()}
 * @serial exclude
     */
    public PortableScenario {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(differences, "differences");
        LinkedHashMap<String, Double> copy = new LinkedHashMap<>();
        differences.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "parameter path"),
                Objects.requireNonNull(v, () -> "value of " + k)));
        differences = Collections.unmodifiableMap(copy);
    }

    /**
     * The portable form of {@code scenario}.
     *
     * @param scenario the scenario
     * @return its model's and its own names, its description, its differences from the defaults and its hash
     */
    public static PortableScenario of(Scenario scenario) {
        return new PortableScenario(scenario.model().name(), scenario.name(), scenario.description(),
                scenario.differencesFromDefaults(), scenario.contentHash());
    }

    /**
     * The scenario again.
     *
     * @return the rebuilt scenario, equal in values and hash to the one sent
     * @throws IllegalArgumentException if the model is not installed, a path or value is not valid,
     *                                  or the rebuilt scenario's hash differs from {@link #contentHash()}
     *                                  (the parameters of this library version differ from those of the sender)
     */
    public Scenario toScenario() {
        Scenario s = Scenario.defaults(Models.get(model));
        for (Map.Entry<String, Double> d : differences.entrySet()) {
            s = s.with(d.getKey(), d.getValue());
        }
        s = s.named(name, description);
        if (!s.contentHash().equals(contentHash)) {
            throw new IllegalArgumentException("scenario " + name + " rebuilt from its " + differences.size()
                    + " differences from the defaults of model " + model + " has contentHash " + s.contentHash()
                    + ", but must have "
                    + contentHash + ": the sender's library has other parameters or baseline values");
        }
        return s;
    }

    /** {@return the scenario as JSON: {@code {model, name, description, contentHash, differences: {path: value}}}} */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("model", model);
        n.put("name", name);
        n.put("description", description);
        n.put("contentHash", contentHash);
        ObjectNode d = n.putObject("differences");
        // Jackson writes doubles with Double.toString, which reads back to the same bits.
        differences.forEach(d::put);
        return n;
    }

    /**
     * Reads {@link #toJson()}.
     *
     * @param n the JSON object {@link #toJson()} wrote
     * @return the settings it holds
     * @throws IllegalArgumentException naming the missing or bad field
     */
    public static PortableScenario fromJson(JsonNode n) {
        JsonNode d = JsonFields.field(n, "differences", "scenario");
        Map<String, Double> diffs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException("scenario.differences." + e.getKey() + " must be a number, but was "
                        + e.getValue());
            }
            diffs.put(e.getKey(), e.getValue().asDouble());
        }
        return new PortableScenario(JsonFields.text(n, "model", "scenario"), JsonFields.text(n, "name", "scenario"), JsonFields.text(n, "description", "scenario"), diffs,
                JsonFields.text(n, "contentHash", "scenario"));
    }
}
