package org.offramp.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The installed models, found with {@link ServiceLoader}: every jar on the class path may list
 * {@link Model} implementations in {@code META-INF/services/org.offramp.model.Model}.
 *
 * <pre>{@code
 * for (Model<?> m : Models.all()) System.out.println(m.name() + ": " + m.title());
 * Model<?> standoff = Models.get("standoff");
 * Model<?> fallback = Models.defaultModel();     // the model of files that name none
 * }</pre>
 *
 * <p>Models are loaded once, with the class loader of this class, on first use. Thread-safe.
 */
public final class Models {
    private Models() {
    }

    /** Holder: the models are loaded once, thread-safely, by class initialisation. */
    private static final class Installed {
        static final List<Model<?>> ALL = load();

        private static List<Model<?>> load() {
            List<Model<?>> all = new ArrayList<>();
            for (Model<?> m : ServiceLoader.load(Model.class, Models.class.getClassLoader())) {
                @SuppressWarnings("unchecked")
                Model<?> model = m;
                all.add(model);
            }
            return check(all);
        }
    }

    /**
     * Checks a set of models as {@link #all()} requires them: each with a valid name, no two with
     * the same name, at most one default. Returns them sorted by name.
     *
     * @param models the models
     * @return the models, sorted by name
     * @throws IllegalStateException naming the models at fault
     */
    static List<Model<?>> check(List<Model<?>> models) {
        List<Model<?>> sorted = new ArrayList<>(models);
        sorted.sort(Comparator.comparing(Model::name));
        Model<?> byDefault = null;
        for (int i = 0; i < sorted.size(); i++) {
            Model<?> m = sorted.get(i);
            if (m.name() == null || !Model.NAME.matcher(m.name()).matches()) {
                throw new IllegalStateException("model " + m.getClass().getName() + " has the name "
                        + (m.name() == null ? "null" : Excerpts.quote(m.name())) + "; allowed: [a-z][a-z0-9-]*");
            }
            if (i > 0 && sorted.get(i - 1).name().equals(m.name())) {
                throw new IllegalStateException("two installed models are named " + m.name() + ": "
                        + sorted.get(i - 1).getClass().getName() + " and " + m.getClass().getName());
            }
            if (m.isDefault()) {
                if (byDefault != null) {
                    throw new IllegalStateException("two installed models say they are the default: "
                            + byDefault.name() + " and " + m.name());
                }
                byDefault = m;
            }
        }
        return List.copyOf(sorted);
    }

    /** {@return the installed models, sorted by name; unmodifiable} */
    public static List<Model<?>> all() {
        return Installed.ALL;
    }

    /** {@return the installed models' names, sorted} */
    public static List<String> names() {
        return all().stream().map(Model::name).toList();
    }

    /**
     * The installed model with this name.
     *
     * @param name a model's name
     * @return the model, or empty
     */
    public static Optional<Model<?>> find(String name) {
        Objects.requireNonNull(name, "name");
        for (Model<?> m : all()) {
            if (m.name().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The installed model with this name.
     *
     * @param name a model's name
     * @return the model
     * @throws UnknownModelException naming the installed models when there is none with this name
     */
    public static Model<?> get(String name) {
        return find(name).orElseThrow(() -> new UnknownModelException(name, names()));
    }

    /**
     * The default model: the one installed model whose {@link Model#isDefault()} is true. Files
     * that name no model use it.
     *
     * @return the model
     * @throws IllegalStateException if no installed model is the default
     */
    public static Model<?> defaultModel() {
        for (Model<?> m : all()) {
            if (m.isDefault()) {
                return m;
            }
        }
        throw new IllegalStateException("no installed model is the default; installed: " + names());
    }
}
