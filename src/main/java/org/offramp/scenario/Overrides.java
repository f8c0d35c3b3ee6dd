package org.offramp.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parameter values given as {@code PATH=VALUE} texts, as with the command line's repeatable
 * {@code --set}; checked exactly like the {@code parameters} of a scenario file.
 *
 * <pre>{@code
 * Overrides o = Overrides.parse(List.of("washington.restraint=0.9", "tehran.leaderRefusesTalks=false"));
 * Scenario s = o.applyTo(Scenarios.load("baseline"));
 * }</pre>
 *
 * <p>Values: {@code true} or {@code false} for flags; a plain decimal number (optionally with an
 * exponent, e.g. {@code 1e-3}) otherwise. Errors are {@link ScenarioException}s with source
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

    /** No overrides. */
    public static Overrides none() {
        return new Overrides(new LinkedHashMap<>());
    }

    /**
     * Parses and checks {@code PATH=VALUE} texts, in order.
     *
     * @throws ScenarioException for a text without '=', an unknown path (with the closest known
     *                           path), a value of the wrong type or out of range, or a path given twice
     */
    public static Overrides parse(List<String> settings) {
        Objects.requireNonNull(settings, "settings");
        ParamIndex index = ParamIndex.registry();
        Map<Param, Double> values = new LinkedHashMap<>();
        for (String setting : settings) {
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

    /** Whether there are no overrides. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The values by parameter path, in the order given; unmodifiable. */
    public Map<String, Double> values() {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((p, v) -> m.put(p.path(), v));
        return Collections.unmodifiableMap(m);
    }

    /** {@code base} with every override applied; name and description are kept. */
    public Scenario applyTo(Scenario base) {
        Scenario s = base;
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
