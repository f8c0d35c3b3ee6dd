package org.offramp.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.offramp.experiment.JsonFields;
import org.offramp.experiment.Provenance;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.io.AtomicFiles;

/**
 * The files a design keeps of its committed state, with the integrity rules of an experiment's
 * checkpoint: written whole or not at all ({@link AtomicFiles}), holding the identity of the design
 * that wrote them ({@link CrnPlan#identity()}) and a SHA-256 of everything else they hold, and
 * checked on reading (not JSON, another format, another design, a changed byte: each refused, naming
 * the file and what differs).
 *
 * <ul>
 * <li>{@value #CHECKPOINT}, in a design's results folder: the tally of the blocks committed so far,
 *     the next block, the elapsed time and whether the runs are complete; resume continues from it.</li>
 * <li>{@value #PARTIAL}, in a shard's folder: shard K of N, its block range and its tally; merge
 *     combines N of them.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class DesignState {
    /** A design's checkpoint. */
    static final String CHECKPOINT = "design-checkpoint.json";
    /** Its format. */
    static final String CHECKPOINT_FORMAT = "offramp-design-checkpoint/1";
    /** A design shard's result. */
    static final String PARTIAL = "design-partial.json";
    /** Its format. */
    static final String PARTIAL_FORMAT = "offramp-design-partial/1";

    private DesignState() {
    }

    /** What a checkpoint holds. */
    record Checkpoint(long nextBlock, Tally tally, long elapsedNanos, boolean complete) {
    }

    /** Writes the checkpoint of {@code plan} into {@code dir}. */
    static void writeCheckpoint(Path dir, CrnPlan plan, Checkpoint c) throws IOException {
        ObjectNode n = JsonFields.MAPPER.createObjectNode();
        n.put("format", CHECKPOINT_FORMAT);
        n.put("status", c.complete() ? "COMPLETE" : "RUNNING");
        n.set("design", plan.identity());
        n.put("nextBlock", c.nextBlock());
        n.put("blocks", plan.blocks());
        n.put("elapsedNanos", c.elapsedNanos());
        n.set("tally", c.tally().toJson());
        AtomicFiles.writeString(dir.resolve(CHECKPOINT), sealed(n));
    }

    /**
     * Reads and checks the checkpoint of {@code plan} in {@code dir}.
     *
     * @throws ResultsFolderException (bad input) if there is none, it is damaged, of another format or
     *                                another design, or its content does not add up
     */
    static Checkpoint readCheckpoint(Path dir, CrnPlan plan) throws IOException {
        Path file = dir.resolve(CHECKPOINT);
        String fix = "; start again with overwrite (--overwrite)";
        JsonNode n = read(file, CHECKPOINT_FORMAT, "cannot resume in " + dir, fix);
        refuseOther(plan, n, "cannot resume in " + dir + ": " + CHECKPOINT + " belongs to another design",
                "; resume with the file and flags it was started with, or start again with overwrite (--overwrite)");
        try {
            long next = JsonFields.integer(n, "nextBlock", "checkpoint");
            Tally t = Tally.fromJson(JsonFields.field(n, "tally", "checkpoint"), "checkpoint.tally");
            checkTally(plan, t, 0, next, "checkpoint");
            return new Checkpoint(next, t, JsonFields.integer(n, "elapsedNanos", "checkpoint"),
                    "COMPLETE".equals(JsonFields.text(n, "status", "checkpoint")));
        } catch (IllegalArgumentException ex) {
            throw new ResultsFolderException("cannot resume in " + dir + ": " + CHECKPOINT + " is damaged: "
                    + ex.getMessage() + fix, ex, true);
        }
    }

    /** What a shard partial holds. */
    record Partial(Path dir, String version, ObjectNode design, int index, int count, long fromBlock, long toBlock,
                   long blocks, Tally tally, int threads, double wallSeconds, JsonNode invocation) {
    }

    /** Writes a shard's partial into {@code dir}. */
    static void writePartial(Path dir, CrnPlan plan, Partial p) throws IOException {
        ObjectNode n = JsonFields.MAPPER.createObjectNode();
        n.put("format", PARTIAL_FORMAT);
        n.put("version", p.version());
        n.put("javaVersion", System.getProperty("java.version"));
        n.set("design", plan.identity());
        ObjectNode s = n.putObject("shard");
        s.put("index", p.index());
        s.put("count", p.count());
        s.put("slicing", "contiguous: blocks floor(K*B/N) to floor((K+1)*B/N)-1");
        ObjectNode b = n.putObject("blocks");
        b.put("total", p.blocks());
        b.put("from", p.fromBlock());
        b.put("to", p.toBlock());
        n.put("threads", p.threads());
        n.put("wallTimeSeconds", p.wallSeconds());
        n.set("tally", p.tally().toJson());
        if (p.invocation() != null) {
            n.set("invocation", p.invocation().deepCopy());
        }
        AtomicFiles.writeString(dir.resolve(PARTIAL), sealed(n));
    }

    /**
     * Reads and checks a shard's partial against {@code plan}.
     *
     * @throws ResultsFolderException (bad input) if there is none (an unfinished shard), it is damaged,
     *                                of another format or another design, or does not add up
     */
    static Partial readPartial(Path dir, CrnPlan plan) throws IOException {
        Path file = dir.resolve(PARTIAL);
        String fix = "; run that shard again (with --overwrite)";
        JsonNode n = read(file, PARTIAL_FORMAT, "cannot merge shard " + dir, fix);
        refuseOther(plan, n, "cannot merge shard " + dir + ": it is a shard of another design",
                "; merge the shards of one design, made with the same file and flags");
        try {
            JsonNode s = JsonFields.field(n, "shard", "partial");
            JsonNode b = JsonFields.field(n, "blocks", "partial");
            long from = JsonFields.integer(b, "from", "blocks");
            long to = JsonFields.integer(b, "to", "blocks");
            Tally t = Tally.fromJson(JsonFields.field(n, "tally", "partial"), "partial.tally");
            checkTally(plan, t, from, to, "partial");
            return new Partial(dir, JsonFields.text(n, "version", "partial"), (ObjectNode) n.get("design"),
                    Math.toIntExact(JsonFields.integer(s, "index", "shard")),
                    Math.toIntExact(JsonFields.integer(s, "count", "shard")), from, to,
                    JsonFields.integer(b, "total", "blocks"), t, Math.toIntExact(JsonFields.integer(n, "threads", "partial")),
                    JsonFields.number(n, "wallTimeSeconds", "partial"), n.get("invocation"));
        } catch (IllegalArgumentException ex) {
            throw new ResultsFolderException("cannot merge shard " + dir + ": " + PARTIAL + " is damaged: "
                    + ex.getMessage() + fix, ex, true);
        }
    }

    /** The invocation a shard recorded, without checking the shard against any design. */
    static JsonNode invocationOf(Path dir) throws IOException {
        try {
            JsonNode n = JsonFields.MAPPER.readTree(Files.readString(dir.resolve(PARTIAL)));
            return n == null ? null : n.get("invocation");
        } catch (NoSuchFileException | JsonProcessingException unreadable) {
            return null;
        }
    }

    /** The node's JSON text with its {@code sha256} field, the SHA-256 of the text without it. */
    private static String sealed(ObjectNode n) throws JsonProcessingException {
        n.put("sha256", CrnPlan.sha256(JsonFields.MAPPER.writeValueAsString(n)));
        return JsonFields.pretty(n);
    }

    /** Reads a sealed file, checking its format and SHA-256. */
    private static JsonNode read(Path file, String format, String what, String fix) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException missing) {
            throw new ResultsFolderException(what + ": there is no " + file.getFileName()
                    + (format.equals(CHECKPOINT_FORMAT) ? " (nothing was started there, or it was started by a"
                            + " version without design checkpoints)" : " (the shard did not finish)") + fix, true);
        }
        JsonNode n;
        try {
            n = JsonFields.MAPPER.readTree(text);
        } catch (JsonProcessingException ex) {
            throw new ResultsFolderException(what + ": " + file.getFileName() + " is damaged ("
                    + Provenance.jsonProblem(ex) + ")" + fix, ex, true);
        }
        if (n == null || !n.isObject() || !format.equals(n.path("format").asText())) {
            throw new ResultsFolderException(what + ": " + file.getFileName() + " format must be " + format
                    + ", but was " + (n == null || !n.isObject() ? "no JSON object" : n.path("format")) + fix, true);
        }
        ObjectNode copy = ((ObjectNode) n).deepCopy();
        JsonNode recorded = copy.remove("sha256");
        String actual = CrnPlan.sha256(JsonFields.MAPPER.writeValueAsString(copy));
        if (recorded == null || !actual.equals(recorded.asText())) {
            throw new ResultsFolderException(what + ": " + file.getFileName() + " was changed after it was written"
                    + " (its SHA-256 is " + actual + ", it recorded " + (recorded == null ? "none" : recorded.asText())
                    + ")" + fix, true);
        }
        return n;
    }

    private static void refuseOther(CrnPlan plan, JsonNode n, String what, String fix) {
        List<String> diffs = plan.differences(n.path("design"));
        if (!diffs.isEmpty()) {
            throw new ResultsFolderException(what + " (" + String.join("; ", diffs) + ")" + fix, true);
        }
    }

    /** The tally must have the plan's shape and hold exactly the indices of blocks [from, to). */
    private static void checkTally(CrnPlan plan, Tally t, long from, long to, String where) {
        if (from < 0 || to < from || to > plan.blocks()) {
            throw new IllegalArgumentException(where + " blocks must be a range within [0, " + plan.blocks()
                    + "], but were [" + from + ", " + to + ")");
        }
        if (t.scenarios != plan.scenarios().size() || t.measures != plan.measures().size() || t.paired != plan.paired()) {
            throw new IllegalArgumentException(where + ".tally must have " + plan.scenarios().size() + " scenarios and "
                    + plan.measures().size() + " measures, but has " + t.scenarios + " and " + t.measures);
        }
        long indices = plan.modelRuns(from, to) / plan.scenarios().size();
        if (t.runs != indices) {
            throw new IllegalArgumentException(where + ".tally.runs must be " + indices + " (the run indices of blocks "
                    + from + " to " + (to - 1) + "), but was " + t.runs);
        }
    }
}
