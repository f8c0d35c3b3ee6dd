package org.offramp.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An immutable scenario of one model: a name, a description and a value for every parameter of
 * the model's {@link Parameters} registry.
 *
 * <pre>{@code
 * Scenario base = Scenarios.load("baseline");          // the default model's embedded baseline
 * Scenario hawkish = base.with("washington.restraint", 0.3).named("hawkish", "Weaker restraint");
 * Scenario mine = Scenario.defaults(Models.get("standoff"));
 * }</pre>
 *
 * <p>Every value is validated when it is set, so a scenario that exists is valid. A scenario reads
 * only the parameters of its own model's registry: a {@link Param} of another registry is refused,
 * so two models in one JVM cannot read each other's values by mistake. Instances are immutable and
 * safe to share between threads; a model reads them by {@link Param} handle, which is an array
 * access.
 */
public final class Scenario {
    /** What a scenario (or experiment) name must look like. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** {@link #NAME} in words, for messages. */
    public static final String NAME_ALLOWED = "a name matching [a-z0-9][a-z0-9-]*";

    private final Model<?> model;
    private final Parameters parameters;
    private final String name;
    private final String description;
    private final double[] values;
    private String hash;

    private Scenario(Model<?> model, String name, String description, double[] values) {
        this.model = model;
        this.parameters = model.parameters();
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.values = values;
    }

    /**
     * The scenario of {@code model} in which every parameter has its declared default, named
     * "defaults". A model's embedded {@code baseline} scenario sets nothing, so it holds these
     * values under its own name and description.
     *
     * @param model the model
     * @return the scenario
     * @throws NullPointerException if {@code model} is null
     */
    public static Scenario defaults(Model<?> model) {
        Objects.requireNonNull(model, "model");
        Parameters ps = model.parameters();
        double[] v = new double[ps.count()];
        for (Param p : ps.all()) {
            v[p.index()] = p.defaultValue();
        }
        return new Scenario(model, "defaults", "The declared default of every parameter of model " + model.name() + ".",
                v);
    }

    /** {@return the model this scenario is of} */
    public Model<?> model() {
        return model;
    }

    /** {@return the registry of the parameters this scenario sets: its model's} */
    public Parameters parameters() {
        return parameters;
    }

    /** {@return the scenario's name} */
    public String name() {
        return name;
    }

    /** {@return what the scenario represents, in a sentence or two} */
    public String description() {
        return description;
    }

    /**
     * The value of a parameter.
     *
     * @param p the parameter
     * @return its value
     * @throws NullPointerException     if {@code p} is null
     * @throws IllegalArgumentException if {@code p} is a parameter of another model
     */
    public double get(Param p) {
        return values[own(p)];
    }

    private int own(Param p) {
        if (Objects.requireNonNull(p, "p").registry() != parameters) {
            throw new IllegalArgumentException("parameter " + p.path() + " belongs to model " + p.registry().owner()
                    + ", but scenario " + name + " is of model " + model.name() + "; allowed: a parameter of "
                    + model.name());
        }
        return p.index();
    }

    /**
     * The value of a parameter by path.
     *
     * @param path the parameter's path
     * @return its value
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException for a path that is not a parameter of this scenario's model
     */
    public double get(String path) {
        return get(parameters.byPath(path));
    }

    /**
     * The value of a {@link Param.Type#FLAG} parameter.
     *
     * @param p the parameter
     * @return whether it is set
     * @throws IllegalArgumentException if {@code p} is a parameter of another model
     */
    public boolean flag(Param p) {
        return values[own(p)] != 0;
    }

    /**
     * The value of an {@link Param.Type#INTEGER} parameter.
     *
     * @param p the parameter
     * @return its value
     * @throws IllegalArgumentException if {@code p} is a parameter of another model
     */
    public int integer(Param p) {
        return (int) values[own(p)];
    }

    /**
     * A copy with one parameter changed.
     *
     * @param p     the parameter
     * @param value its new value: 0 or 1 for a flag, a whole number for an integer parameter
     * @return the copy
     * @throws NullPointerException     if {@code p} is null
     * @throws IllegalArgumentException naming the path, the value and the valid range when the
     *                                  value is not valid, or when {@code p} is of another model
     */
    public Scenario with(Param p, double value) {
        int i = own(p);
        String problem = p.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(p.path() + " " + problem);
        }
        double[] v = values.clone();
        v[i] = value;
        return new Scenario(model, name, description, v);
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
        return with(parameters.byPath(path), value);
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
        return new Scenario(model, Objects.requireNonNull(newName, "newName"),
                Objects.requireNonNull(newDescription, "newDescription"), values);
    }

    /**
     * The parameters whose values differ from {@code other}'s.
     *
     * @param other the scenario to compare with, of the same model
     * @return the differing values, by path, in declaration order
     * @throws NullPointerException     if {@code other} is null
     * @throws IllegalArgumentException if {@code other} is a scenario of another model
     */
    public Map<String, Double> differencesFrom(Scenario other) {
        Objects.requireNonNull(other, "other");
        if (other.parameters != parameters) {
            throw new IllegalArgumentException("other must be a scenario of model " + model.name() + ", but "
                    + other.name + " is of model " + other.model.name());
        }
        Map<String, Double> diff = new LinkedHashMap<>();
        for (Param p : parameters.all()) {
            if (Double.compare(values[p.index()], other.values[p.index()]) != 0) {
                diff.put(p.path(), values[p.index()]);
            }
        }
        return diff;
    }

    /**
     * The parameters whose values differ from their declared defaults.
     *
     * @return the differing values, by path, in declaration order
     */
    public Map<String, Double> differencesFromDefaults() {
        return differencesFrom(defaults(model));
    }

    /**
     * This scenario as the text of a scenario file that the scenario loader reads back to an equal
     * scenario (same model, name, description and values, so the same {@link #contentHash()}): it
     * names its model (unless it is the default model), extends the model's embedded
     * {@code baseline} (which holds the defaults) and sets every parameter whose value differs from
     * its default, in declaration order. Reals are written with enough digits to be read back exactly.
     *
     * <pre>{@code
     * Files.writeString(Path.of("scenarios/hawkish.yaml"), hawkish.toYaml());
     * }</pre>
     *
     * @return the YAML text, with "\n" line ends
     * @throws IllegalStateException if the name is not a scenario file's name ([a-z0-9][a-z0-9-]*)
     */
    public String toYaml() {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("a scenario file's name must be " + NAME_ALLOWED
                    + ", but this scenario's is " + Excerpts.quote(name) + "; rename it with named(...)");
        }
        StringBuilder sb = new StringBuilder();
        if (!model.isDefault()) {
            sb.append("model: ").append(model.name()).append('\n');
        }
        // Quoted: a name such as 2019 or true would otherwise be read back as a number or a boolean.
        sb.append("scenario: ").append(doubleQuoted(name)).append('\n');
        sb.append("description: ").append(doubleQuoted(description)).append('\n');
        sb.append("extends: baseline\n");
        Map<String, Double> diff = differencesFromDefaults();
        if (!diff.isEmpty()) {
            sb.append("parameters:\n");
            diff.forEach((path, v) -> sb.append("  ").append(path).append(": ")
                    .append(parameters.byPath(path).format(v)).append('\n'));
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
     * A SHA-256 hash (hex) of every parameter's path and value, in declaration order. Two scenarios
     * of a model with the same values have the same hash whatever their names; results record it
     * as provenance, next to the model's name.
     *
     * @return 64 lower-case hex digits
     */
    public String contentHash() {
        String h = hash;
        if (h == null) {
            StringBuilder sb = new StringBuilder();
            for (Param p : parameters.all()) {
                sb.append(p.path()).append('=').append(Double.doubleToLongBits(values[p.index()])).append('\n');
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
        return o instanceof Scenario s && model.name().equals(s.model.name()) && parameters == s.parameters
                && name.equals(s.name) && description.equals(s.description) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Scenario[" + model.name() + "/" + name + ", " + differencesFromDefaults().size()
                + " parameters differ from the defaults]";
    }
}
