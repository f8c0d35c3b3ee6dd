package org.offramp.design.discovery;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A factor of a {@link DiscoveryTable}: its name, its type and its declared range (bounds for
 * numbers, levels for categories). The declared range is the initial box of PRIM: a box restricts
 * a factor when its limits are narrower than the declared range.
 *
 * <pre>{@code
 * FactorSpec restraint = FactorSpec.real("washington.restraint", 0.0, 1.0);
 * FactorSpec delay = FactorSpec.integer("talks.delay", 0, 30);
 * FactorSpec punch = FactorSpec.bool("punchInTheNose");
 * FactorSpec policy = FactorSpec.categorical("policy", List.of("maxPressure", "deal", "offramp"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name   the factor's name, non-blank and without line breaks
 * @param type   the factor's type
 * @param lower  the lowest allowed value: the declared bound of a real or integer factor, 0 for a
 *               boolean or categorical one
 * @param upper  the highest allowed value: the declared bound of a real or integer factor, the
 *               number of levels minus one for a boolean or categorical one
 * @param levels the level names of a boolean ("false", "true") or categorical factor, in order
 *               (values are indices into this list); empty for a real or integer factor
 */
public record FactorSpec(String name, FactorType type, double lower, double upper, List<String> levels) {

    /** The most levels a categorical factor may have. */
    public static final int MAX_LEVELS = 64;

    /**
     * Checks the arguments.
     *
     * @param name   the factor's name, non-blank and without line breaks
     * @param type   the factor's type
     * @param lower  the lowest allowed value: the declared bound of a real or integer factor, 0 for a boolean or
     *               categorical one
     * @param upper  the highest allowed value: the declared bound of a real or integer factor, the number of levels
     *               minus one for a boolean or categorical one
     * @param levels the level names of a boolean ("false", "true") or categorical factor, in order (values are
     *               indices into this list); empty for a real or integer factor
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException naming the field and value if the name is blank, the bounds
     *                                  are not finite and ordered, integer bounds are not whole, or
     *                                  the levels are missing, repeated or too many
     */
    public FactorSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(levels, "levels");
        if (name.isBlank() || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("name must be non-blank and on one line, but was \"" + name + "\"");
        }
        levels = List.copyOf(levels);
        switch (type) {
            case REAL, INTEGER -> {
                if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
                    throw new IllegalArgumentException(name + ": bounds must be finite with lower < upper, but were ["
                            + lower + ", " + upper + "]");
                }
                if (type == FactorType.INTEGER && (lower != Math.rint(lower) || upper != Math.rint(upper))) {
                    throw new IllegalArgumentException(name + ": integer bounds must be whole numbers, but were ["
                            + lower + ", " + upper + "]");
                }
                if (!levels.isEmpty()) {
                    throw new IllegalArgumentException(name + ": a " + type + " factor has no levels, but had "
                            + levels);
                }
            }
            case BOOLEAN, CATEGORICAL -> {
                if (type == FactorType.BOOLEAN && !levels.equals(List.of("false", "true"))) {
                    throw new IllegalArgumentException(name + ": a boolean factor's levels must be [false, true],"
                            + " but were " + levels);
                }
                if (levels.size() < 2 || levels.size() > MAX_LEVELS) {
                    throw new IllegalArgumentException(name + ": a categorical factor needs 2 to " + MAX_LEVELS
                            + " levels, but had " + levels.size());
                }
                Set<String> seen = new HashSet<>();
                for (String level : levels) {
                    if (level.isBlank()) {
                        throw new IllegalArgumentException(name + ": levels must be non-blank, but one was \""
                                + level + "\"");
                    }
                    if (!seen.add(level)) {
                        throw new IllegalArgumentException(name + ": levels must be distinct, but \"" + level
                                + "\" appears twice");
                    }
                }
                if (lower != 0 || upper != levels.size() - 1) {
                    throw new IllegalArgumentException(name + ": a " + type + " factor's range must be [0, "
                            + (levels.size() - 1) + "] (level indices), but was [" + lower + ", " + upper + "]");
                }
            }
            default -> throw new AssertionError(type);
        }
    }

    /**
     * A real factor.
     *
     * @param name  the name
     * @param lower the lowest allowed value, finite
     * @param upper the highest allowed value, finite and above {@code lower}
     * @return the factor
     * @throws IllegalArgumentException if the name is blank or the bounds are invalid
     */
    public static FactorSpec real(String name, double lower, double upper) {
        return new FactorSpec(name, FactorType.REAL, lower, upper, List.of());
    }

    /**
     * An integer factor.
     *
     * @param name  the name
     * @param lower the lowest allowed value
     * @param upper the highest allowed value, above {@code lower}
     * @return the factor
     * @throws IllegalArgumentException if the name is blank or {@code lower >= upper}
     */
    public static FactorSpec integer(String name, long lower, long upper) {
        return new FactorSpec(name, FactorType.INTEGER, lower, upper, List.of());
    }

    /**
     * A boolean factor, stored as 0 (false) and 1 (true).
     *
     * @param name the name
     * @return the factor
     * @throws IllegalArgumentException if the name is blank
     */
    public static FactorSpec bool(String name) {
        return new FactorSpec(name, FactorType.BOOLEAN, 0, 1, List.of("false", "true"));
    }

    /**
     * A categorical factor, stored as the index of its level.
     *
     * @param name   the name
     * @param levels the level names, 2 to {@value #MAX_LEVELS}, distinct and non-blank
     * @return the factor
     * @throws IllegalArgumentException if the name is blank or the levels are invalid
     */
    public static FactorSpec categorical(String name, List<String> levels) {
        Objects.requireNonNull(levels, "levels");
        return new FactorSpec(name, FactorType.CATEGORICAL, 0, levels.size() - 1, levels);
    }

    /** {@return the number of levels of a boolean or categorical factor; 0 for a numeric one} */
    public int levelCount() {
        return levels.size();
    }

    /**
     * Checks one value against the factor's type and range.
     *
     * @param value the value
     * @return whether the value is allowed: finite and in range, whole for an integer, a level
     *         index for a boolean or categorical factor
     */
    public boolean allows(double value) {
        if (!(value >= lower && value <= upper)) {
            return false;
        }
        return type == FactorType.REAL || value == Math.rint(value);
    }

    /** What {@link #allows(double)} accepts, for error messages. */
    String allowedText() {
        return switch (type) {
            case REAL -> "a real number in [" + Format.number(lower) + ", " + Format.number(upper) + "]";
            case INTEGER -> "a whole number in [" + Format.number(lower) + ", " + Format.number(upper) + "]";
            case BOOLEAN -> "0 (false) or 1 (true)";
            case CATEGORICAL -> "a level index in [0, " + (levels.size() - 1) + "]";
        };
    }

    /**
     * A value as text: the number for a numeric factor, the level name otherwise.
     *
     * @param value an allowed value
     * @return the text
     */
    public String valueText(double value) {
        return type.isNumeric() ? Format.number(value) : levels.get((int) value);
    }
}
