package org.offramp.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.offramp.experiment.FileDigest;
import org.offramp.executor.ShardSpec;
import org.offramp.experiment.JsonFields;
import org.offramp.experiment.PortableExperiment;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.model.Models;
import org.offramp.model.RecordSchema;
import org.offramp.model.UnknownModelException;

/**
 * The result of one shard, as {@code partial.json} in its folder records it (next to the shard's
 * {@code runs.csv}). {@link Shards#run} writes it; {@link Merge#merge} reads it.
 *
 * <p>Not thread-safe: the aggregate is mutable.
 *
 * @param directory     the shard's folder
 * @param version       the library version that ran the shard
 * @param javaVersion   the Java version that ran it
 * @param identity      the experiment's {@link org.offramp.experiment.Experiment#identity()}, as JSON
 * @param settings      the experiment's settings, enough to rebuild it
 * @param shard         K/N
 * @param totalBlocks   the experiment's number of blocks
 * @param fromBlock     the first block the shard ran
 * @param toBlock       one past the last block it ran
 * @param fromRun       the first run index it ran
 * @param toRun         one past the last run index it ran
 * @param csv           what its {@code runs.csv} holds (header included): SHA-256, data rows and length
 * @param threads       worker threads it used
 * @param wallSeconds   its wall time
 * @param aggregate     the aggregate of its runs
 */
public record Partial(Path directory, String version, String javaVersion, ObjectNode identity,
        PortableExperiment settings, ShardSpec shard, long totalBlocks, long fromBlock, long toBlock, long fromRun,
        long toRun, FileDigest csv, int threads, double wallSeconds, ExperimentAggregate aggregate) {
    /** The format tag of {@code partial.json}. */
    public static final String FORMAT = "offramp-partial/3";
    /** The file holding the shard's aggregate and identity; written last, so its presence means done. */
    public static final String FILE = "partial.json";
    /** The shard's rows of the per-run table, with the header line. */
    public static final String RUNS_CSV = "runs.csv";
    /** How the blocks are sliced, as recorded. */
    public static final String SLICING = "contiguous: shard K of N runs blocks floor(K*B/N) .. floor((K+1)*B/N)-1";

    /**
     * Checks for nulls.
     *
     * @param directory   the shard's folder
     * @param version     the library version that ran the shard
     * @param javaVersion the Java version that ran it
     * @param identity    the experiment's {@link org.offramp.experiment.Experiment#identity()}, as JSON
     * @param settings    the experiment's settings, enough to rebuild it
     * @param shard       K/N
     * @param totalBlocks the experiment's number of blocks
     * @param fromBlock   the first block the shard ran
     * @param toBlock     one past the last block it ran
     * @param fromRun     the first run index it ran
     * @param toRun       one past the last run index it ran
     * @param csv         what its {@code runs.csv} holds (header included): SHA-256, data rows and length
     * @param threads     worker threads it used
     * @param wallSeconds its wall time
     * @param aggregate   the aggregate of its runs
     */
    public Partial {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(csv, "csv");
    }

    /** {@return the length of the shard's {@code runs.csv}, header included} */
    public long csvBytes() {
        return csv.bytes();
    }

    /** The text of {@code partial.json}. */
    String toJsonText() {
        ObjectNode n = JsonFields.MAPPER.createObjectNode();
        n.put("format", FORMAT);
        n.put("library", "offramp");
        n.put("version", version);
        n.put("javaVersion", javaVersion);
        n.put("masterSeed", settings.masterSeed());
        n.set("experiment", identity);
        n.set("settings", settings.toJson());
        ObjectNode s = n.putObject("shard");
        s.put("index", shard.index());
        s.put("count", shard.count());
        s.put("slicing", SLICING);
        ObjectNode b = n.putObject("blocks");
        b.put("from", fromBlock);
        b.put("to", toBlock);
        b.put("total", totalBlocks);
        ObjectNode r = n.putObject("runs");
        r.put("from", fromRun);
        r.put("to", toRun);
        n.put("runsCsv", RUNS_CSV);
        n.put("csvBytes", csv.bytes());
        n.putObject("files").set(RUNS_CSV, csv.toJson());
        n.put("threads", threads);
        n.put("wallTimeSeconds", wallSeconds);
        n.set("aggregate", aggregate.toJson());
        return JsonFields.pretty(n);
    }

    /**
     * Reads the shard result in {@code dir}.
     *
     * @param dir a shard's folder
     * @return the shard's result, as its {@code partial.json} records it
     * @throws MergeException naming the folder if it holds no finished shard or the file is damaged
     */
    public static Partial read(Path dir) {
        Path file = dir.resolve(FILE);
        JsonNode n;
        try {
            n = JsonFields.MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException ex) {
            throw new MergeException(dir + " holds no finished shard: " + FILE + " is missing (a shard writes it last, "
                    + "when all its runs are done; rerun that shard)", ex);
        } catch (IOException ex) {
            throw new MergeException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
        if (n == null || !FORMAT.equals(n.path("format").asText())) {
            throw new MergeException(file + ": format must be " + FORMAT + ", but was "
                    + (n == null ? "empty" : n.path("format"))
                    + (n != null && n.path("format").asText().startsWith("offramp-partial/")
                        ? " (written by another version of the library, whose shard results this version does not"
                            + " read); rerun that shard with this version" : ""));
        }
        try {
            JsonNode s = JsonFields.field(n, "shard", "partial");
            JsonNode b = JsonFields.field(n, "blocks", "partial");
            JsonNode r = JsonFields.field(n, "runs", "partial");
            JsonNode id = JsonFields.field(n, "experiment", "partial");
            if (!id.isObject()) {
                throw new IllegalArgumentException("partial.experiment must be an object, but was " + id);
            }
            PortableExperiment settings = PortableExperiment.fromJson(JsonFields.field(n, "settings", "partial"));
            RecordSchema<?> schema;
            try {
                schema = Models.get(settings.scenario().model()).record();
            } catch (UnknownModelException ex) {
                throw new MergeException(file + " holds a shard of model " + ex.name() + ", which is not installed"
                        + " here (installed: " + String.join(", ", ex.installed()) + "); merge where it is", ex);
            }
            return new Partial(dir, JsonFields.text(n, "version", "partial"),
                    n.path("javaVersion").asText(""), (ObjectNode) id, settings,
                    new ShardSpec(Math.toIntExact(JsonFields.integer(s, "index", "shard")),
                            Math.toIntExact(JsonFields.integer(s, "count", "shard"))),
                    JsonFields.integer(b, "total", "blocks"), JsonFields.integer(b, "from", "blocks"), JsonFields.integer(b, "to", "blocks"),
                    JsonFields.integer(r, "from", "runs"), JsonFields.integer(r, "to", "runs"),
                    FileDigest.fromJson(n.path("files").get(RUNS_CSV), "partial.files." + RUNS_CSV),
                    Math.toIntExact(JsonFields.integer(n, "threads", "partial")),
                    JsonFields.number(n, "wallTimeSeconds", "partial"),
                    ExperimentAggregate.fromJson(schema, JsonFields.field(n, "aggregate", "partial")));
        } catch (IllegalArgumentException | ArithmeticException ex) {
            throw new MergeException(file + " is damaged: " + ex.getMessage(), ex);
        }
    }
}
