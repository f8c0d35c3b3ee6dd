package org.offramp.scenario;

import org.offramp.model.Param;

/**
 * Turns a written value into a parameter's double, or explains in a {@link ScenarioException}
 * why it cannot. Shared by scenario files, experiment overrides and {@code --set}, so that the
 * three accept exactly the same values.
 */
final class ParamValues {
    /** The longest unknown path for which the closest known path is looked for. */
    private static final int MAX_SUGGESTED_LENGTH = 200;

    private ParamValues() {
    }

    /**
     * The value of a YAML scalar for parameter {@code p}: FLAG takes true/false, INTEGER and REAL
     * take numbers; then {@link Param#problem(double)} checks the range.
     */
    static double fromScalar(Param p, YamlNode.Scalar s, String source) {
        return fromScalar(p, s, source, p.path());
    }

    /** As {@link #fromScalar(Param, YamlNode.Scalar, String)}, naming the value {@code shown} in messages. */
    static double fromScalar(Param p, YamlNode.Scalar s, String source, String shown) {
        double value;
        if (p.type() == Param.Type.FLAG) {
            if (s.kind() != YamlNode.Kind.BOOLEAN) {
                throw ScenarioException.invalid(source, s.line(), shown, s.describe(), p.allowed());
            }
            value = s.bool() ? 1 : 0;
        } else {
            if (!s.isNumber()) {
                throw ScenarioException.invalid(source, s.line(), shown, s.describe(), p.allowed());
            }
            value = s.real();
        }
        return checked(p, shown, value, ScenarioException.excerpt(s.text()), source, s.line());
    }

    /**
     * The value of a command-line text for parameter {@code p}, read by the same rule as a YAML
     * file's plain scalar ({@link Numbers}): a boolean for flags, a number otherwise, so that
     * {@code --set run.horizonDays=010} means what {@code run.horizonDays: 010} means.
     */
    static double fromText(Param p, String text, String source) {
        double value;
        if (p.type() == Param.Type.FLAG) {
            if (!Numbers.isBoolean(text)) {
                throw ScenarioException.invalid(source, -1, p.path(), quote(text), p.allowed());
            }
            value = text.equalsIgnoreCase("true") ? 1 : 0;
        } else {
            Double d = Numbers.real(text);
            if (d == null) {
                throw ScenarioException.invalid(source, -1, p.path(), quote(text), p.allowed());
            }
            value = d;
        }
        return checked(p, p.path(), value, ScenarioException.excerpt(text), source, -1);
    }

    private static double checked(Param p, String shown, double value, String written, String source, int line) {
        String problem = p.problem(value);
        if (problem != null) {
            // Show the value as written ("7.5", "1e3") rather than re-formatted.
            throw ScenarioException.invalid(source, line, shown, written, p.allowed());
        }
        return value;
    }

    /**
     * The exception for a path that names no parameter: a group ("washington") gets an example of
     * its parameters, a typo gets the closest known path.
     */
    static ScenarioException unknownPath(ParamIndex index, String path, String source, int line) {
        return unknownPath(index, path, "", source, line);
    }

    /** As {@link #unknownPath(ParamIndex, String, String, int)}, the path shown after {@code shownPrefix}. */
    static ScenarioException unknownPath(ParamIndex index, String path, String shownPrefix, String source, int line) {
        String shown = ScenarioException.excerpt(shownPrefix + path);
        String example = index.firstUnder(path);
        if (example != null) {
            return new ScenarioException(source, line, shownPrefix + path, shown,
                    "one of its parameters, e.g. " + example,
                    shown + " is a group of parameters, not a parameter; allowed: one of its parameters, e.g. "
                            + example);
        }
        // The edit distance costs |path| x |known| per parameter: no suggestion for a path no one types.
        String suggestion = path.length() > MAX_SUGGESTED_LENGTH ? null : index.suggest(path);
        String hint = suggestion == null ? "" : "; did you mean " + suggestion + "?";
        return new ScenarioException(source, line, shownPrefix + path, shown, index.knownPaths(),
                shown + " is not a known parameter" + hint + " (allowed: " + index.knownPaths() + ")");
    }

    static String quote(String text) {
        return ScenarioException.quote(text);
    }
}
