package org.offramp.scenario;

/**
 * Turns a written value into a parameter's double, or explains in a {@link ScenarioException}
 * why it cannot. Shared by scenario files, experiment overrides and {@code --set}, so that the
 * three accept exactly the same values.
 */
final class ParamValues {
    /** What a parameter path must look like, for messages about unknown paths. */
    static final String KNOWN_PATHS = "a parameter path listed in docs/parameters.md";

    private ParamValues() {
    }

    /**
     * The value of a YAML scalar for parameter {@code p}: FLAG takes true/false, INTEGER and REAL
     * take numbers; then {@link Param#problem(double)} checks the range.
     */
    static double fromScalar(Param p, YamlNode.Scalar s, String source) {
        double value;
        if (p.type() == Param.Type.FLAG) {
            if (s.kind() != YamlNode.Kind.BOOLEAN) {
                throw ScenarioException.invalid(source, s.line(), p.path(), s.describe(), p.allowed());
            }
            value = s.bool() ? 1 : 0;
        } else {
            if (!s.isNumber()) {
                throw ScenarioException.invalid(source, s.line(), p.path(), s.describe(), p.allowed());
            }
            value = s.real();
        }
        return checked(p, value, s.text(), source, s.line());
    }

    /** The value of a command-line text for parameter {@code p}: "true"/"false" or a decimal number. */
    static double fromText(Param p, String text, String source) {
        double value;
        if (p.type() == Param.Type.FLAG) {
            if (text.equals("true")) {
                value = 1;
            } else if (text.equals("false")) {
                value = 0;
            } else {
                throw ScenarioException.invalid(source, -1, p.path(), quote(text), p.allowed());
            }
        } else {
            // Only plain decimal numbers: "NaN", "Infinity" and hex would parse in Java but are
            // never meant as parameter values.
            if (!text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
                throw ScenarioException.invalid(source, -1, p.path(), quote(text), p.allowed());
            }
            value = Double.parseDouble(text);
        }
        return checked(p, value, text, source, -1);
    }

    private static double checked(Param p, double value, String written, String source, int line) {
        String problem = p.problem(value);
        if (problem != null) {
            // Show the value as written ("7.5", "1e3") rather than re-formatted.
            throw ScenarioException.invalid(source, line, p.path(), written, p.allowed());
        }
        return value;
    }

    /**
     * The exception for a path that names no parameter: a group ("washington") gets an example of
     * its parameters, a typo gets the closest known path.
     */
    static ScenarioException unknownPath(ParamIndex index, String path, String source, int line) {
        String example = index.firstUnder(path);
        if (example != null) {
            return new ScenarioException(source, line, path, path, "one of its parameters, e.g. " + example,
                    path + " is a group of parameters, not a parameter; allowed: one of its parameters, e.g. "
                            + example);
        }
        String suggestion = index.suggest(path);
        String hint = suggestion == null ? "" : "; did you mean " + suggestion + "?";
        return new ScenarioException(source, line, path, path, KNOWN_PATHS,
                path + " is not a known parameter" + hint + " (allowed: " + KNOWN_PATHS + ")");
    }

    static String quote(String text) {
        return '"' + text.replace("\"", "\\\"") + '"';
    }
}
