package org.offramp.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.Scenario;

/**
 * Parameter values given as {@code PATH=VALUE} texts, as with the command line's repeatable
 * {@code --set}; checked exactly like the {@code parameters} of a scenario file.
 *
 * <pre>{@code
 * Scenario base = Scenarios.load("baseline");
 * Overrides o = Overrides.parse(base.parameters(), List.of("washington.restraint=0.9", "tehran.leaderRefusesTalks=false"));
 * Scenario s = o.applyTo(base);
 * }</pre>
 *
 * <p>Values are read by the rule of {@link Numbers} (the YAML 1.2 core schema), exactly as in a
 * scenario file: {@code true} or {@code false} for flags; a number otherwise ({@code 0.25},
 * {@code 1e-3}, {@code 010} is ten, {@code 0x10} sixteen). Errors are {@link ScenarioException}s with source
 * {@value #SOURCE} and no line. Immutable and safe to share between threads.
 */
public final class Overrides {
    /** The source named in error messages. */
    public static final String SOURCE = "--set";
    private static final String FORM = "PATH=VALUE, e.g. run.horizonDays=365";

    private final Map<Param, Double> values;

    private Overrides(Map<Param, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** {@return empty overrides, which change no parameter} */
    public static Overrides none() {
        return new Overrides(new LinkedHashMap<>());
    }

    /**
     * Parses and checks {@code PATH=VALUE} texts, in order, against a model's parameters.
     *
     * @param registry the parameters of the model whose scenarios the values will change
     * @param settings the texts
     * @return the values
     * @throws ScenarioException for a text without '=', an unknown path (with the closest known
     *                           path), a value of the wrong type or out of range, or a path given twice
     */
    public static Overrides parse(Parameters registry, List<String> settings) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(settings, "settings");
        ParamIndex index = ParamIndex.of(registry);
        Map<Param, Double> values = new LinkedHashMap<>();
        for (String setting : settings) {
            Objects.requireNonNull(setting, "settings[" + values.size() + "]");
            int eq = setting.indexOf('=');
            String path = eq < 0 ? "" : setting.substring(0, eq).strip();
            if (path.isEmpty()) {
                throw new ScenarioException(SOURCE, -1, "", ParamValues.quote(setting), FORM,
                        ParamValues.quote(setting) + " must be " + FORM);
            }
            String text = setting.substring(eq + 1).strip();
            Param p = index.find(path);
            if (p == null) {
                throw ParamValues.unknownPath(index, path, SOURCE, -1);
            }
            if (values.containsKey(p)) {
                throw new ScenarioException(SOURCE, -1, path, ParamValues.quote(text), "each parameter once",
                        path + " is given twice, here as " + ParamValues.quote(text) + "; allowed: each parameter once");
            }
            values.put(p, ParamValues.fromText(p, text, SOURCE));
        }
        return new Overrides(values);
    }

    /**
     * Reads a YAML section of parameter values, such as the {@code overrides} of a policy experiment
     * file's variant: checked exactly like a scenario file's {@code parameters}, with the section's
     * key path before each parameter path in messages ({@code variants[1].overrides.washington.restraint}).
     * A null section means no values.
     *
     * @param registry    the parameters of the model whose scenarios the values will change
     * @param section     the section's value
     * @param sectionPath the section's key path, e.g. {@code variants[1].overrides}
     * @param source      the file name for messages
     * @return the values, in the order written
     * @throws ScenarioException naming the line, path, value and what is allowed
     */
    public static Overrides read(Parameters registry, YamlNode section, String sectionPath, String source) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(sectionPath, "sectionPath");
        Objects.requireNonNull(source, "source");
        Map<Param, Double> values = new LinkedHashMap<>();
        for (ParameterAssignments.Assignment a : ParameterAssignments.read(section, sectionPath, source,
                ParamIndex.of(registry), sectionPath + ".").list()) {
            values.put(a.param(), a.value());
        }
        return new Overrides(values);
    }

    /** {@return whether there are no overrides} */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** {@return the values by parameter path, in the order given; unmodifiable} */
    public Map<String, Double> values() {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((p, v) -> m.put(p.path(), v));
        return Collections.unmodifiableMap(m);
    }

    /**
     * Applies the overrides.
     *
     * @param base the scenario to change
     * @return {@code base} with every override applied; name and description are kept
     * @throws IllegalArgumentException if {@code base} is a scenario of another model than the values'
     */
    public Scenario applyTo(Scenario base) {
        Scenario s = Objects.requireNonNull(base, "base");
        for (Map.Entry<Param, Double> e : values.entrySet()) {
            s = s.with(e.getKey(), e.getValue());
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Overrides other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Overrides" + values();
    }
}
