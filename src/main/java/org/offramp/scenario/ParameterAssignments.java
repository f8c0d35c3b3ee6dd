package org.offramp.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offramp.model.Param;
import org.offramp.model.Scenario;

/**
 * The parameter values of a {@code parameters} (scenario file) or {@code overrides} (experiment
 * file) section. Keys may be nested maps, dotted paths or both:
 *
 * <pre>
 * washington:
 *   restraint: 0.8
 * perception.noise:
 *   washington.tehran: 1.5
 * </pre>
 *
 * <p>Each leaf's path is its keys joined with dots. Every path must name a parameter and may be
 * given only once, whatever the form. Immutable once read.
 */
final class ParameterAssignments {
    /** One value, with the line that set it. */
    record Assignment(Param param, double value, int line) {
    }

    private final Map<String, Assignment> byPath;

    private ParameterAssignments(Map<String, Assignment> byPath) {
        this.byPath = Collections.unmodifiableMap(byPath);
    }

    /** No values. */
    static ParameterAssignments none() {
        return new ParameterAssignments(new LinkedHashMap<>());
    }

    /**
     * Reads a section. A null scalar (an empty section) means no values.
     *
     * @param section the section's key, for the message when it is not a mapping
     * @throws ScenarioException naming the source, path, line, value and allowed values
     */
    static ParameterAssignments read(YamlNode node, String section, String source, ParamIndex index) {
        return read(node, section, source, index, "");
    }

    /**
     * Reads a section whose paths are shown with a prefix in messages, e.g. "variants[1].overrides."
     * in a policy experiment file, where several sections set parameters.
     */
    static ParameterAssignments read(YamlNode node, String section, String source, ParamIndex index,
                                     String shownPrefix) {
        Map<String, Assignment> out = new LinkedHashMap<>();
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL) {
            return new ParameterAssignments(out);
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw ScenarioException.invalid(source, node.line(), section, node.describe(),
                    "a mapping of parameter paths to values");
        }
        walk(mapping, "", source, index, shownPrefix, out);
        return new ParameterAssignments(out);
    }

    private static void walk(YamlNode.Mapping mapping, String prefix, String source, ParamIndex index,
                             String shownPrefix, Map<String, Assignment> out) {
        for (YamlNode.Entry e : mapping.entries()) {
            String path = prefix.isEmpty() ? e.key() : prefix + "." + e.key();
            String shown = shownPrefix + path;
            Param p = index.find(path);
            YamlNode value = e.value();
            if (p == null) {
                if (value instanceof YamlNode.Mapping inner && index.firstUnder(path) != null) {
                    walk(inner, path, source, index, shownPrefix, out);
                    continue;
                }
                throw ParamValues.unknownPath(index, path, shownPrefix, source, e.line());
            }
            if (!(value instanceof YamlNode.Scalar scalar)) {
                throw ScenarioException.invalid(source, value.line(), shown, value.describe(), p.allowed());
            }
            Assignment earlier = out.get(path);
            if (earlier != null) {
                throw new ScenarioException(source, e.line(), shown, scalar.describe(), "each parameter once",
                        shown + " is given twice (first on line " + earlier.line() + "), here as "
                                + scalar.describe() + "; allowed: each parameter once");
            }
            out.put(path, new Assignment(p, ParamValues.fromScalar(p, scalar, source, shown), e.line()));
        }
    }

    /** The values in the order they were written. */
    List<Assignment> list() {
        return new ArrayList<>(byPath.values());
    }

    /** The values by path, in the order they were written; unmodifiable. */
    Map<String, Double> values() {
        Map<String, Double> m = new LinkedHashMap<>();
        byPath.values().forEach(a -> m.put(a.param().path(), a.value()));
        return Collections.unmodifiableMap(m);
    }

    /** {@code base} with every value applied; the values were checked when read. */
    Scenario applyTo(Scenario base) {
        Scenario s = base;
        for (Assignment a : byPath.values()) {
            s = s.with(a.param(), a.value());
        }
        return s;
    }
}
