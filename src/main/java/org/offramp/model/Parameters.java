package org.offramp.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The registry of a model's parameters: every parameter with its unit, default, valid range and
 * reason, declared once. A registry is an ordinary object that its model owns, not global state,
 * so two models (each with its own registry) live side by side in one JVM.
 *
 * <pre>{@code
 * Parameters.Builder b = Parameters.builder("tutorial");
 * Param horizon = b.integer("run.horizonDays", "days", 365, 1, 3650, "One year.");
 * Param threshold = b.real("endings.threshold", "share (0-1)", 0.5, 0, 1, "Assumption.");
 * Parameters registry = b.build();
 * Scenario s = ...;                 // a scenario of the model that owns this registry
 * int days = s.integer(horizon);    // read by handle: an array access
 * }</pre>
 *
 * <p>The declaration order is the order of documents, tables and {@link Scenario#contentHash()}.
 * Immutable once built and safe to share between threads.
 */
public final class Parameters {
    /** What a parameter path must look like: dotted segments of letters and digits. */
    public static final Pattern PATH = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(\\.[a-zA-Z][a-zA-Z0-9]*)*");

    private final String owner;
    private final List<Param> list = new ArrayList<>();
    private final Map<String, Param> byPath = new HashMap<>();
    private String note = "";
    private boolean built;

    private Parameters(String owner) {
        this.owner = owner;
    }

    /**
     * A builder of the registry of the model named {@code owner}.
     *
     * @param owner the model's name, for messages
     * @return the builder
     * @throws NullPointerException if {@code owner} is null
     */
    public static Builder builder(String owner) {
        return new Builder(new Parameters(Objects.requireNonNull(owner, "owner")));
    }

    /** {@return the name of the model whose parameters these are} */
    public String owner() {
        return owner;
    }

    /** {@return every parameter, in declaration order; unmodifiable} */
    public List<Param> all() {
        return Collections.unmodifiableList(list);
    }

    /** {@return the number of parameters} */
    public int count() {
        return list.size();
    }

    /**
     * How the reasons of the parameters cite their sources, in a sentence for readers of the
     * {@code params} command; empty when there is nothing to say.
     *
     * @return the note, possibly empty
     */
    public String note() {
        return note;
    }

    /**
     * The parameter with the given path.
     *
     * @param path the parameter's path, e.g. {@code run.horizonDays}
     * @return the parameter
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException naming the path and the model when there is none
     */
    public Param byPath(String path) {
        Param p = byPath.get(Objects.requireNonNull(path, "path"));
        if (p == null) {
            throw new IllegalArgumentException("unknown parameter '" + Excerpts.excerpt(path) + "' of model " + owner
                    + "; allowed: a parameter path that 'offramp params' lists");
        }
        return p;
    }

    /**
     * The parameter with the given path, or null.
     *
     * @param path the parameter's path
     * @return the parameter, or null when there is none
     * @throws NullPointerException if {@code path} is null
     */
    public Param find(String path) {
        return byPath.get(Objects.requireNonNull(path, "path"));
    }

    /**
     * Whether {@code p} was declared by this registry.
     *
     * @param p a parameter
     * @return true if it is one of this registry's
     * @throws NullPointerException if {@code p} is null
     */
    public boolean owns(Param p) {
        return Objects.requireNonNull(p, "p").registry() == this;
    }

    @Override
    public String toString() {
        return "Parameters[" + owner + ", " + list.size() + " parameters]";
    }

    /**
     * Declares the parameters of one registry, in order. A model typically keeps the builder in a
     * static field of its parameter class, declares each parameter as a constant and calls
     * {@link #build()} last. Not thread-safe; used once, during class initialisation.
     */
    public static final class Builder {
        private final Parameters registry;

        private Builder(Parameters registry) {
            this.registry = registry;
        }

        /**
         * Declares a real parameter.
         *
         * @param path         the dotted path, unique in the registry
         * @param unit         the unit ("days", "probability", "1" for a dimensionless weight...)
         * @param defaultValue the value of every scenario that does not set it
         * @param min          the smallest valid value
         * @param max          the largest valid value
         * @param reason       why the default has this value
         * @return the parameter's handle
         * @throws IllegalArgumentException if the path is malformed or taken, or the default is out of range
         * @throws IllegalStateException    if the registry is built
         */
        public Param real(String path, String unit, double defaultValue, double min, double max, String reason) {
            return add(path, Param.Type.REAL, unit, defaultValue, min, max, reason);
        }

        /**
         * Declares a whole-number parameter; see {@link #real}.
         *
         * @param path         the dotted path, unique in the registry
         * @param unit         the unit
         * @param defaultValue the default
         * @param min          the smallest valid value
         * @param max          the largest valid value
         * @param reason       why the default has this value
         * @return the parameter's handle
         */
        public Param integer(String path, String unit, int defaultValue, int min, int max, String reason) {
            return add(path, Param.Type.INTEGER, unit, defaultValue, min, max, reason);
        }

        /**
         * Declares a flag (true or false, stored as 1 or 0); see {@link #real}.
         *
         * @param path         the dotted path, unique in the registry
         * @param defaultValue the default
         * @param reason       why the default has this value
         * @return the parameter's handle
         */
        public Param flag(String path, boolean defaultValue, String reason) {
            return add(path, Param.Type.FLAG, "flag", defaultValue ? 1 : 0, 0, 1, reason);
        }

        /**
         * Sets the registry's {@link Parameters#note() note}.
         *
         * @param text the note
         * @return this builder
         */
        public Builder note(String text) {
            registry.note = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * The registry, with every parameter declared so far; the builder cannot declare more.
         *
         * @return the registry
         * @throws IllegalStateException if the registry has no parameter or is built already
         */
        public Parameters build() {
            if (registry.built) {
                throw new IllegalStateException("the parameters of " + registry.owner + " are built already");
            }
            if (registry.list.isEmpty()) {
                throw new IllegalStateException("the parameters of " + registry.owner + " must hold at least one"
                        + " parameter, but hold none");
            }
            registry.built = true;
            return registry;
        }

        private Param add(String path, Param.Type type, String unit, double defaultValue, double min, double max,
                          String reason) {
            Objects.requireNonNull(path, "path");
            if (registry.built) {
                throw new IllegalStateException("the parameters of " + registry.owner + " are built: " + path
                        + " cannot be declared");
            }
            if (!PATH.matcher(path).matches()) {
                throw new IllegalArgumentException("a parameter path must be dotted segments of letters and digits,"
                        + " but was '" + Excerpts.excerpt(path) + "'");
            }
            if (registry.byPath.containsKey(path)) {
                throw new IllegalArgumentException("parameter declared twice: " + path);
            }
            Param p = new Param(registry, registry.list.size(), path, type, unit, defaultValue, min, max, reason);
            registry.list.add(p);
            registry.byPath.put(path, p);
            return p;
        }
    }
}
