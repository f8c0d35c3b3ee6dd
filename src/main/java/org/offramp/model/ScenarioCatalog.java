package org.offramp.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The scenarios a model ships with, as YAML texts by name. Every model's catalog holds
 * {@code baseline}, a scenario that sets nothing (so it holds the parameters' defaults): scenario
 * files extend it, and {@link Scenario#toYaml()} writes {@code extends: baseline}.
 *
 * <pre>{@code
 * ScenarioCatalog catalog = ScenarioCatalog.resources(MyModel.class, "/org/example/mymodel/scenarios/");
 * catalog.names();              // [baseline, ...]
 * catalog.text("baseline");     // the YAML text, read by the scenario loader
 * }</pre>
 *
 * <p>Resources are listed in an {@code index.txt} in their folder (one name a line; {@code #} starts a
 * comment), because a jar cannot be listed like a folder. Immutable and safe to share between threads.
 */
public final class ScenarioCatalog {
    private final Class<?> anchor;
    private final String folder;
    private final List<String> names;

    private ScenarioCatalog(Class<?> anchor, String folder, List<String> names) {
        this.anchor = anchor;
        this.folder = folder;
        this.names = names;
    }

    /**
     * The catalog of the YAML resources {@code folder + NAME + ".yaml"} that {@code folder + "index.txt"}
     * lists, loaded through {@code anchor}'s class loader. The index is read at once.
     *
     * @param anchor a class of the model, whose class loader holds the resources
     * @param folder the absolute resource folder, starting and ending with '/'
     * @return the catalog
     * @throws IllegalStateException if the index is missing, names a scenario twice or badly, or lacks
     *                               {@code baseline} (a packaging error)
     */
    public static ScenarioCatalog resources(Class<?> anchor, String folder) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(folder, "folder");
        if (!folder.startsWith("/") || !folder.endsWith("/")) {
            throw new IllegalArgumentException("folder must start and end with '/', but was " + Excerpts.quote(folder));
        }
        List<String> names = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(folder + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException(folder + "index.txt is not packaged");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String name = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!Scenario.NAME.matcher(name).matches() || names.contains(name)) {
                    throw new IllegalStateException(folder + "index.txt: bad or repeated scenario name '" + name + "'");
                }
                names.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + "index.txt", e);
        }
        if (!names.contains("baseline")) {
            throw new IllegalStateException(folder + "index.txt must list baseline, but lists " + names);
        }
        Collections.sort(names);
        return new ScenarioCatalog(anchor, folder, List.copyOf(names));
    }

    /** {@return the names of the embedded scenarios, sorted; unmodifiable} */
    public List<String> names() {
        return names;
    }

    /**
     * Whether the catalog holds a scenario of this name.
     *
     * @param name a name
     * @return true if {@link #names()} holds it
     */
    public boolean contains(String name) {
        return names.contains(Objects.requireNonNull(name, "name"));
    }

    /**
     * The YAML text of an embedded scenario.
     *
     * @param name one of {@link #names()}
     * @return its text
     * @throws IllegalArgumentException if the catalog has no such scenario
     * @throws IllegalStateException    if the index lists it but it is not packaged
     */
    public String text(String name) {
        if (!contains(name)) {
            throw new IllegalArgumentException("no embedded scenario '" + Excerpts.excerpt(name) + "'; allowed: "
                    + String.join(", ", names));
        }
        try (InputStream in = anchor.getResourceAsStream(folder + name + ".yaml")) {
            if (in == null) {
                // The index and the folder are packaged together; a gap is a build error.
                throw new IllegalStateException("index.txt lists '" + name + "' but " + folder + name
                        + ".yaml is not packaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded scenario " + name, e);
        }
    }

    @Override
    public String toString() {
        return "ScenarioCatalog" + names;
    }
}
