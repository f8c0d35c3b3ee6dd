package org.offramp.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable scenario: a name, a description and a value for every parameter of {@link Params}.
 *
 * <pre>{@code
 * Scenario base = Scenarios.load("baseline");
 * Scenario hawkish = base.with("washington.restraint", 0.3).named("hawkish", "Weaker restraint");
 * }</pre>
 *
 * <p>Every value is validated when it is set, so a scenario that exists is valid. Instances are
 * immutable and safe to share between threads; the model reads them by {@link Param} handle, which
 * is an array access.
 */
public final class Scenario {
    private final String name;
    private final String description;
    private final double[] values;
    private String hash;

    private Scenario(String name, String description, double[] values) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.values = values;
    }

    /** The baseline values of every parameter, named "baseline". */
    public static Scenario baselineValues() {
        double[] v = new double[Params.count()];
        for (Param p : Params.all()) {
            v[p.index()] = p.baseline();
        }
        return new Scenario("baseline", "The calibrated baseline of the standoff on 2019-05-17.", v);
    }

    /** The scenario's name. */
    public String name() {
        return name;
    }

    /** What the scenario represents, in a sentence or two. */
    public String description() {
        return description;
    }

    /**
     * The value of a parameter.
     *
     * @param p the parameter
     * @return its value
     */
    public double get(Param p) {
        return values[Objects.requireNonNull(p, "p").index()];
    }

    /**
     * The value of a parameter by path.
     *
     * @param path the parameter's path
     * @return its value
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException for an unknown path
     */
    public double get(String path) {
        return get(Params.byPath(path));
    }

    /**
     * The value of a {@link Param.Type#FLAG} parameter.
     *
     * @param p the parameter
     * @return whether it is set
     */
    public boolean flag(Param p) {
        return values[Objects.requireNonNull(p, "p").index()] != 0;
    }

    /**
     * The value of an {@link Param.Type#INTEGER} parameter.
     *
     * @param p the parameter
     * @return its value
     */
    public int integer(Param p) {
        return (int) values[Objects.requireNonNull(p, "p").index()];
    }

    /**
     * A copy with one parameter changed.
     *
     * @param p     the parameter
     * @param value its new value: 0 or 1 for a flag, a whole number for an integer parameter
     * @return the copy
     * @throws NullPointerException     if {@code p} is null
     * @throws IllegalArgumentException naming the path, the value and the valid range when the
     *                                  value is not valid
     */
    public Scenario with(Param p, double value) {
        String problem = Objects.requireNonNull(p, "p").problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(p.path() + " " + problem);
        }
        double[] v = values.clone();
        v[p.index()] = value;
        return new Scenario(name, description, v);
    }

    /**
     * A copy with one parameter, given by path, changed.
     *
     * @param path  the parameter's path
     * @param value its new value
     * @return the copy
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException for an unknown path or a value that is not valid
     * @see #with(Param, double)
     */
    public Scenario with(String path, double value) {
        return with(Params.byPath(path), value);
    }

    /**
     * A copy with another name and description.
     *
     * @param newName        the name
     * @param newDescription the description
     * @return the copy
     * @throws NullPointerException if either is null
     */
    public Scenario named(String newName, String newDescription) {
        return new Scenario(Objects.requireNonNull(newName, "newName"),
                Objects.requireNonNull(newDescription, "newDescription"), values);
    }

    /**
     * The parameters whose values differ from {@code other}'s.
     *
     * @param other the scenario to compare with
     * @return the differing values, by path, in declaration order
     * @throws NullPointerException if {@code other} is null
     */
    public Map<String, Double> differencesFrom(Scenario other) {
        Objects.requireNonNull(other, "other");
        Map<String, Double> diff = new LinkedHashMap<>();
        for (Param p : Params.all()) {
            if (Double.compare(get(p), other.get(p)) != 0) {
                diff.put(p.path(), get(p));
            }
        }
        return diff;
    }

    /**
     * This scenario as the text of a scenario file that {@link ScenarioLoader} reads back to an
     * equal scenario (same name, description and values, so the same {@link #contentHash()}): it
     * extends {@code baseline} and sets every parameter whose value differs from the baseline, in
     * declaration order. Reals are written with enough digits to be read back exactly.
     *
     * <pre>{@code
     * Files.writeString(Path.of("scenarios/hawkish.yaml"), hawkish.toYaml());
     * }</pre>
     *
     * @return the YAML text, with "\n" line ends
     * @throws IllegalStateException if the name is not a scenario file's name ([a-z0-9][a-z0-9-]*)
     */
    public String toYaml() {
        if (!ScenarioLoader.NAME.matcher(name).matches()) {
            throw new IllegalStateException("a scenario file's name must be " + ScenarioLoader.NAME_ALLOWED
                    + ", but this scenario's is " + ScenarioException.quote(name) + "; rename it with named(...)");
        }
        StringBuilder sb = new StringBuilder();
        // Quoted: a name such as 2019 or true would otherwise be read back as a number or a boolean.
        sb.append("scenario: ").append(doubleQuoted(name)).append('\n');
        sb.append("description: ").append(doubleQuoted(description)).append('\n');
        sb.append("extends: baseline\n");
        Map<String, Double> diff = differencesFrom(baselineValues());
        if (!diff.isEmpty()) {
            sb.append("parameters:\n");
            diff.forEach((path, v) -> sb.append("  ").append(path).append(": ")
                    .append(Params.byPath(path).format(v)).append('\n'));
        }
        return sb.toString();
    }

    /** A YAML double-quoted scalar: every character survives, control characters as escapes. */
    private static String doubleQuoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfeff || c >= 0xfffe) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * A SHA-256 hash (hex) of every parameter's path and value. Two scenarios with the same values
     * have the same hash whatever their names; results record it as provenance.
     */
    public String contentHash() {
        String h = hash;
        if (h == null) {
            StringBuilder sb = new StringBuilder();
            for (Param p : Params.all()) {
                sb.append(p.path()).append('=').append(Double.doubleToLongBits(get(p))).append('\n');
            }
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
                StringBuilder hex = new StringBuilder();
                for (byte b : d) {
                    hex.append(String.format("%02x", b));
                }
                h = hex.toString();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every Java platform", e);
            }
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && name.equals(s.name) && description.equals(s.description)
                && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Scenario[" + name + ", " + differencesFrom(baselineValues()).size() + " parameters differ from baseline]";
    }
}
