package org.offramp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.offramp.io.AtomicFiles;

/**
 * What {@code offramp run --shard} knows about an experiment file and {@code offramp merge} needs
 * to make its folder look like a {@code run} folder, but a shard's {@code partial.json} does not
 * hold: the experiment's name (for chart titles and story headers), its outputs (charts, stories
 * per outcome) and how to replay a run (the scenario as the file names it, and the overrides). It
 * is written next to the shard's results as {@value #FILE}, after them.
 *
 * @param name        the experiment's name
 * @param scenarioRef the scenario as {@code offramp replay --scenario} should load it
 * @param overrides   the parameter values set on top of it, by path, in order
 * @param charts      whether the file asks for charts
 * @param stories     story samples per outcome
 * @param contentHash the scenario's content hash, so the file is used only with its own shard
 *
 * <p>Immutable and safe to share between threads.
 */
record ShardOutputs(String name, String scenarioRef, Map<String, Double> overrides, boolean charts, int stories,
        String contentHash) {
    /** The file's name in a shard folder. */
    static final String FILE = "outputs.json";
    /** Its format tag. */
    static final String FORMAT = "offramp-outputs/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks for nulls and copies the overrides. */
    ShardOutputs {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenarioRef, "scenarioRef");
        Objects.requireNonNull(contentHash, "contentHash");
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(overrides, "overrides")));
        if (stories < 0) {
            throw new IllegalArgumentException("stories must be at least 0, but was " + stories);
        }
    }

    /** Writes {@value #FILE} into {@code dir} through a temporary file. */
    void write(Path dir) throws IOException {
        write(dir, null);
    }

    /**
     * Writes {@value #FILE} into {@code dir} through a temporary file, with the shard's invocation
     * (see {@link Invocation}), which {@code offramp merge} carries into the merged summary.
     */
    void write(Path dir, ObjectNode invocation) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", FORMAT);
        n.put("experiment", name);
        n.put("scenario", scenarioRef);
        ObjectNode o = n.putObject("overrides");
        overrides.forEach(o::put);
        n.put("charts", charts);
        n.put("stories", stories);
        n.put("contentHash", contentHash);
        if (invocation != null) {
            n.set("invocation", invocation);
        }
        AtomicFiles.writeString(dir.resolve(FILE), n.toPrettyString() + "\n");
    }

    /**
     * The invocation a shard recorded in its {@value #FILE}, if any.
     *
     * @throws IOException if the file cannot be read
     */
    static Optional<ObjectNode> invocation(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(Files.readString(file)).path("invocation");
            return n.isObject() ? Optional.of((ObjectNode) n) : Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException damaged) {
            // read() reports a damaged file, naming it; here it simply has no invocation.
            return Optional.empty();
        }
    }

    /**
     * Reads {@value #FILE} from a shard folder.
     *
     * @return empty if the folder has none (a shard run through the Java API)
     * @throws BadInputException naming the file if it is damaged
     */
    static Optional<ShardOutputs> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        JsonNode n;
        try {
            n = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException ex) {
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new BadInputException(file + " is damaged: " + org.offramp.experiment.Provenance.jsonProblem(ex), ex);
        }
        if (n == null || !FORMAT.equals(n.path("format").asText())) {
            throw new BadInputException(file + ": format must be " + FORMAT + ", but was "
                    + (n == null ? "empty" : n.path("format")));
        }
        Map<String, Double> overrides = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("overrides").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw new BadInputException(file + ": overrides." + e.getKey() + " must be a number, but was "
                        + e.getValue());
            }
            overrides.put(e.getKey(), e.getValue().asDouble());
        }
        for (String field : new String[] {"experiment", "scenario", "contentHash"}) {
            if (!n.path(field).isTextual()) {
                throw new BadInputException(file + ": " + field + " must be text, but was " + n.path(field));
            }
        }
        if (!n.path("charts").isBoolean() || !n.path("stories").canConvertToInt() || n.path("stories").asInt() < 0) {
            throw new BadInputException(file + ": charts must be true or false and stories a count >= 0, but were "
                    + n.path("charts") + " and " + n.path("stories"));
        }
        return Optional.of(new ShardOutputs(n.path("experiment").asText(), n.path("scenario").asText(), overrides,
                n.path("charts").asBoolean(), n.path("stories").asInt(), n.path("contentHash").asText()));
    }
}
