package org.offramp.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.experiment.JsonFields;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.Scenario;

/**
 * What a design runs on common random numbers, whatever its kind: the scenarios (variants or design
 * points) with a label each, the measures, the run indices per scenario, the master seed, whether the
 * discordances of pairs are counted, and the block size. Its {@link #identity()} is everything that
 * decides the design's results, for checkpoints and shard partials to be checked against.
 *
 * <p>Immutable and thread-safe.
 */
final class CrnPlan {
    /** The most run indices in a block. */
    static final int MAX_BLOCK = 100;
    /** About how many model runs a block should hold, so that designs with many points still spread over threads. */
    static final int RUNS_PER_BLOCK = 1000;

    private final String kind;
    private final String name;
    private final List<Scenario> scenarios;
    private final List<String> labels;
    private final List<Measure> measures;
    private final long runs;
    private final long masterSeed;
    private final boolean paired;
    private final int threads;
    private final Map<String, Object> settings;

    /**
     * @param settings the design's other settings that decide its tables (confidence level, bootstrap
     *                 resamples), recorded in the identity
     */
    CrnPlan(String kind, String name, List<Scenario> scenarios, List<String> labels, List<Measure> measures, long runs,
            long masterSeed, boolean paired, int threads, Map<String, Object> settings) {
        if (measures.size() > 64) {
            throw new IllegalArgumentException("at most 64 measures, but there were " + measures.size());
        }
        this.kind = kind;
        this.name = name;
        this.scenarios = List.copyOf(scenarios);
        this.labels = List.copyOf(labels);
        this.measures = List.copyOf(measures);
        this.runs = runs;
        this.masterSeed = masterSeed;
        this.paired = paired;
        this.threads = threads;
        this.settings = new LinkedHashMap<>(settings);
    }

    /**
     * Indices per block for a design of {@code scenarios} scenarios: up to {@link #MAX_BLOCK}, fewer when
     * there are many scenarios. It depends on the design alone, never on the machine.
     */
    static int blockSize(int scenarios) {
        return Math.max(1, Math.min(MAX_BLOCK, RUNS_PER_BLOCK / scenarios));
    }

    String kind() {
        return kind;
    }

    Model<?> model() {
        return scenarios.get(0).model();
    }

    List<Scenario> scenarios() {
        return scenarios;
    }

    List<String> labels() {
        return labels;
    }

    List<Measure> measures() {
        return measures;
    }

    /** Run indices per scenario. */
    long runs() {
        return runs;
    }

    long masterSeed() {
        return masterSeed;
    }

    boolean paired() {
        return paired;
    }

    /** Worker threads on this JVM; 0 = one per processor. */
    int threads() {
        return threads;
    }

    int blockSize() {
        return blockSize(scenarios.size());
    }

    long blocks() {
        return (runs + blockSize() - 1) / blockSize();
    }

    /** Model runs in all: indices times scenarios. */
    long modelRuns() {
        return runs * scenarios.size();
    }

    /** Model runs in blocks {@code [from, to)}. */
    long modelRuns(long fromBlock, long toBlock) {
        long a = Math.min(runs, fromBlock * blockSize());
        long b = Math.min(runs, toBlock * blockSize());
        return (b - a) * scenarios.size();
    }

    /** The block job, running {@code model}. */
    CrnBlocks job(RunModel model) {
        return new CrnBlocks(this, Objects.requireNonNull(model, "model"));
    }

    /** An empty tally of this plan's shape. */
    Tally emptyTally() {
        return new Tally(scenarios.size(), measures.size(), paired);
    }

    /**
     * Everything that decides the results: kind, name, model, the scenarios (their number and a SHA-256
     * of their labels and content hashes, in order; the first scenario's name and hash for messages),
     * measures, runs, master seed, pairing, block size and the other settings. Threads are not part
     * of it: they never change the results.
     */
    ObjectNode identity() {
        ObjectNode n = JsonFields.MAPPER.createObjectNode();
        n.put("kind", kind);
        n.put("name", name);
        n.put("model", model().name());
        n.put("scenarios", scenarios.size());
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < scenarios.size(); i++) {
            all.append(labels.get(i)).append('\t').append(scenarios.get(i).contentHash()).append('\n');
        }
        n.put("scenariosSha256", sha256(all.toString()));
        n.put("firstScenario", scenarios.get(0).name() + " " + scenarios.get(0).contentHash());
        ArrayNode m = n.putArray("measures");
        measures.forEach(x -> m.add(x.name()));
        n.put("runs", runs);
        n.put("masterSeed", masterSeed);
        n.put("paired", paired);
        n.put("blockSize", blockSize());
        settings.forEach((k, v) -> n.set(k, JsonFields.MAPPER.valueToTree(v)));
        return n;
    }

    /**
     * The fields in which {@code other} (a recorded identity) differs from this plan's, each as
     * {@code field: recorded -> this}; empty if none.
     */
    List<String> differences(JsonNode other) {
        ObjectNode mine = identity();
        List<String> diffs = new ArrayList<>();
        for (Iterator<String> it = mine.fieldNames(); it.hasNext();) {
            String f = it.next();
            JsonNode theirs = other.get(f);
            // Compared as JSON text: a number read back from a file is an int node where the plan's is a
            // long node, and Jackson's nodes of the same value but another type are not equal.
            if (theirs == null || !mine.get(f).toString().equals(theirs.toString())) {
                diffs.add(f + ": " + (theirs == null ? "(none)" : theirs) + " -> " + mine.get(f));
            }
        }
        for (Iterator<String> it = other.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!mine.has(f)) {
                diffs.add(f + ": " + other.get(f) + " -> (none)");
            }
        }
        return diffs;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JVM has SHA-256", ex);
        }
    }
}
