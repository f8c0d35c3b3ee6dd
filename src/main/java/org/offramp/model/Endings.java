package org.offramp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a model's runs can end: its outcome categories in a fixed order, each with a label and a
 * colour, exactly one of which means "no ending by the horizon"; and the triggers that end a run,
 * each belonging to one ending.
 *
 * <pre>{@code
 * Endings endings = Endings.builder()
 *         .ending("WIN", "a win", "#1e884e")
 *         .horizon("DRAW", "no decision by the horizon", "#8c8c8c")
 *         .trigger("CAPTURE", "WIN", "the flag was captured")
 *         .trigger("HORIZON", "DRAW", "horizon reached")
 *         .build();
 * }</pre>
 *
 * <p>Names are what files show: an ending's name is the {@code outcome} column of {@code runs.csv},
 * a key of {@code summary.json} and a measure of the policy designs, so it matches
 * {@code [A-Z][A-Z0-9_]*}. Immutable and safe to share between threads.
 */
public final class Endings {
    /** What an ending's or trigger's name must look like. */
    public static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** What a colour must look like: {@code #rrggbb}. */
    public static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** A name no ending may take: the count of failed runs is reported under it. */
    public static final String FAILED = "FAILED";

    /**
     * One outcome category.
     *
     * @param name    the name, {@code [A-Z][A-Z0-9_]*}, e.g. {@code WAR}
     * @param label   a few words for tables and legends
     * @param colour  its colour in every chart, {@code #rrggbb}
     * @param horizon whether this ending means "no ending by the horizon"
     */
    public record Ending(String name, String label, String colour, boolean horizon) {
        /**
         * Checks the components.
         *
         * @param name    the name, {@code [A-Z][A-Z0-9_]*}, e.g. {@code WAR}
         * @param label   a few words for tables and legends
         * @param colour  its colour in every chart, {@code #rrggbb}
         * @param horizon whether this ending means "no ending by the horizon"
         */
        public Ending {
            checkName("ending", name);
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(colour, "colour");
            if (!COLOUR.matcher(colour).matches()) {
                throw new IllegalArgumentException("ending " + name + ": colour must be #rrggbb, but was "
                        + Excerpts.quote(colour));
            }
        }
    }

    /**
     * What ended a run.
     *
     * @param name        the name, {@code [A-Z][A-Z0-9_]*}, e.g. {@code TOP_RUNG_HELD}
     * @param ending      the name of the ending it produces
     * @param description a few words for tables and stories
     */
    public record Trigger(String name, String ending, String description) {
        /**
         * Checks the components.
         *
         * @param name        the name, {@code [A-Z][A-Z0-9_]*}, e.g. {@code TOP_RUNG_HELD}
         * @param ending      the name of the ending it produces
         * @param description a few words for tables and stories
         */
        public Trigger {
            checkName("trigger", name);
            Objects.requireNonNull(ending, "ending");
            Objects.requireNonNull(description, "description");
        }
    }

    private final List<Ending> endings;
    private final List<Trigger> triggers;
    private final int[] endingOfTrigger;
    private final int horizon;

    private Endings(List<Ending> endings, List<Trigger> triggers) {
        this.endings = List.copyOf(endings);
        this.triggers = List.copyOf(triggers);
        this.endingOfTrigger = new int[triggers.size()];
        int h = -1;
        for (int i = 0; i < endings.size(); i++) {
            if (endings.get(i).horizon()) {
                if (h >= 0) {
                    throw new IllegalArgumentException("exactly one ending may be the horizon ending, but "
                            + endings.get(h).name() + " and " + endings.get(i).name() + " both are");
                }
                h = i;
            }
        }
        if (h < 0) {
            throw new IllegalArgumentException("exactly one ending must be the horizon ending (no ending by the"
                    + " horizon), but none is");
        }
        this.horizon = h;
        for (int t = 0; t < triggers.size(); t++) {
            int e = indexOf(triggers.get(t).ending());
            if (e < 0) {
                throw new IllegalArgumentException("trigger " + triggers.get(t).name() + " belongs to ending "
                        + triggers.get(t).ending() + ", which is not declared; allowed: " + names());
            }
            endingOfTrigger[t] = e;
        }
        for (int e = 0; e < endings.size(); e++) {
            boolean any = false;
            for (int t : endingOfTrigger) {
                any |= t == e;
            }
            if (!any) {
                throw new IllegalArgumentException("ending " + endings.get(e).name() + " has no trigger: every ending"
                        + " needs at least one");
            }
        }
    }

    private static void checkName(String what, String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches() || name.equals(FAILED)) {
            throw new IllegalArgumentException(what + " name must match [A-Z][A-Z0-9_]* and not be " + FAILED
                    + ", but was " + Excerpts.quote(name));
        }
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the endings, in order; unmodifiable} */
    public List<Ending> all() {
        return endings;
    }

    /** {@return the number of endings} */
    public int count() {
        return endings.size();
    }

    /**
     * The ending at {@code index}.
     *
     * @param index in [0, {@link #count()})
     * @return the ending
     */
    public Ending get(int index) {
        return endings.get(index);
    }

    /** {@return the endings' names, in order} */
    public List<String> names() {
        return endings.stream().map(Ending::name).toList();
    }

    /**
     * The index of the ending named {@code name}.
     *
     * @param name an ending's name
     * @return its index, or -1 when there is none
     */
    public int indexOf(String name) {
        Objects.requireNonNull(name, "name");
        for (int i = 0; i < endings.size(); i++) {
            if (endings.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** {@return the index of the horizon ending ("no ending by the horizon")} */
    public int horizonIndex() {
        return horizon;
    }

    /** {@return the horizon ending} */
    public Ending horizon() {
        return endings.get(horizon);
    }

    /**
     * Each ending's colour by its name, in order: what charts colour the endings with.
     *
     * @return name to {@code #rrggbb}, in the endings' order; unmodifiable
     */
    public java.util.Map<String, String> colours() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (Ending e : endings) {
            m.put(e.name(), e.colour());
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** {@return the triggers, in order; unmodifiable} */
    public List<Trigger> triggers() {
        return triggers;
    }

    /**
     * The index of the ending that trigger {@code t} produces.
     *
     * @param t a trigger's index
     * @return the ending's index
     */
    public int endingOf(int t) {
        return endingOfTrigger[t];
    }

    /**
     * The index of the trigger named {@code name}.
     *
     * @param name a trigger's name
     * @return its index, or -1 when there is none
     */
    public int triggerIndex(String name) {
        Objects.requireNonNull(name, "name");
        for (int i = 0; i < triggers.size(); i++) {
            if (triggers.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Endings" + names();
    }

    /** Declares endings and triggers, in order. Not thread-safe. */
    public static final class Builder {
        private final List<Ending> endings = new ArrayList<>();
        private final List<Trigger> triggers = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an ending.
         *
         * @param name   its name
         * @param label  a few words
         * @param colour {@code #rrggbb}
         * @return this builder
         */
        public Builder ending(String name, String label, String colour) {
            return add(new Ending(name, label, colour, false));
        }

        /**
         * Adds the horizon ending: no ending by the horizon.
         *
         * @param name   its name
         * @param label  a few words
         * @param colour {@code #rrggbb}
         * @return this builder
         */
        public Builder horizon(String name, String label, String colour) {
            return add(new Ending(name, label, colour, true));
        }

        private Builder add(Ending e) {
            for (Ending x : endings) {
                if (x.name().equals(e.name())) {
                    throw new IllegalArgumentException("ending declared twice: " + e.name());
                }
            }
            endings.add(e);
            return this;
        }

        /**
         * Adds a trigger.
         *
         * @param name        its name
         * @param ending      the name of the ending it produces, declared before or after
         * @param description a few words
         * @return this builder
         */
        public Builder trigger(String name, String ending, String description) {
            Trigger t = new Trigger(name, ending, description);
            for (Trigger x : triggers) {
                if (x.name().equals(name)) {
                    throw new IllegalArgumentException("trigger declared twice: " + name);
                }
            }
            triggers.add(t);
            return this;
        }

        /**
         * The endings.
         *
         * @return the endings
         * @throws IllegalArgumentException if there is not exactly one horizon ending, an ending has no
         *                                  trigger, or a trigger names an unknown ending
         */
        public Endings build() {
            return new Endings(endings, triggers);
        }
    }
}
