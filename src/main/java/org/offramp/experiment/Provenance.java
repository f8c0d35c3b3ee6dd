package org.offramp.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Param;
import org.offramp.model.Scenario;
import org.offramp.stats.IntervalMethod;
import org.offramp.stats.PrecisionTarget;

/**
 * How a results folder records what produced it, and how an experiment is rebuilt from that record
 * alone.
 *
 * <p>Every {@code summary.json} (and {@code checkpoint.json}) holds the scenario as
 * {@link #scenario(Scenario)} writes it: its model, name, description, content hash and the value of
 * every parameter that differs from the model's defaults ({@link Scenario#defaults}). With the
 * experiment's settings ({@link Experiment#identity()}, in the summary's {@code experiment} object)
 * that is all a run depends on, so {@link #experimentOf(JsonNode, String)} rebuilds the experiment
 * without the experiment or scenario files, and checks the rebuilt scenario against the recorded
 * content hash and the rebuilt settings against the recorded ones.
 *
 * <pre>{@code
 * JsonNode summary = Provenance.readSummary(Path.of("results/baseline/summary.json"));
 * Experiment again = Provenance.experimentOf(summary, "results/baseline/summary.json")
 *         .outputDirectory(Path.of("results/baseline-again"))
 *         .build();
 * again.run();                             // the same runs.csv, byte for byte
 * }</pre>
 *
 * <p>A summary from another library version is refused: its model may make other runs from the
 * same seeds. Stateless and thread-safe.
 */
public final class Provenance {
    private Provenance() {
    }

    /**
     * The record of a scenario: {@code model}, {@code name}, {@code description}, {@code contentHash}
     * and {@code parameters}, the values that differ from the model's defaults by path, in
     * declaration order (flags as true/false, whole-number parameters as integers).
     *
     * @param s the scenario
     * @return a new JSON object
     */
    public static ObjectNode scenario(Scenario s) {
        Objects.requireNonNull(s, "scenario");
        ObjectNode n = Summaries.MAPPER.createObjectNode();
        n.put("model", s.model().name());
        n.put("name", s.name());
        n.put("description", s.description());
        n.put("contentHash", s.contentHash());
        ObjectNode values = n.putObject("parameters");
        for (Map.Entry<String, Double> d : s.differencesFromDefaults().entrySet()) {
            putValue(values, s.parameters().byPath(d.getKey()), d.getValue());
        }
        return n;
    }

    /**
     * The installed model a record names in its field {@code model}.
     *
     * @param record a JSON object
     * @param where  where the record is, for messages
     * @return the model
     * @throws ProvenanceException if the field is missing, or names no installed model
     */
    public static Model<?> modelOf(JsonNode record, String where) {
        Objects.requireNonNull(where, "where");
        String name = text(record, "model", where);
        return Models.find(name).orElseThrow(() -> new ProvenanceException(where + ".model is \"" + name
                + "\", which is not an installed model; allowed: one of " + Models.names()
                + " (install the model's jar to rebuild its results)"));
    }

    /** Writes a parameter's value as JSON: a boolean, an integer or a number. */
    static void putValue(ObjectNode n, Param p, double v) {
        switch (p.type()) {
            case FLAG -> n.put(p.path(), v != 0);
            case INTEGER -> n.put(p.path(), (long) v);
            default -> n.put(p.path(), v);
        }
    }

    /**
     * Rebuilds a scenario from its record (see {@link #scenario(Scenario)}) and checks that it has
     * the recorded content hash.
     *
     * @param record the record
     * @param where  where the record is, for messages (e.g. {@code DIR/summary.json:
     *               provenance.scenario})
     * @return the scenario
     * @throws ProvenanceException if a field is missing or invalid, or the hash differs
     */
    public static Scenario scenarioOf(JsonNode record, String where) {
        Objects.requireNonNull(where, "where");
        if (record == null || !record.isObject()) {
            throw new ProvenanceException(where + " must be an object with model, name, description, contentHash"
                    + " and parameters, but was " + shown(record));
        }
        Model<?> model = modelOf(record, where);
        String name = text(record, "name", where);
        String description = text(record, "description", where);
        String hash = text(record, "contentHash", where);
        JsonNode params = record.get("parameters");
        if (params == null || !params.isObject()) {
            throw new ProvenanceException(where + ".parameters must be an object of parameter paths and values, but"
                    + " was " + shown(params));
        }
        Scenario s = Scenario.defaults(model);
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            Param p = model.parameters().find(f.getKey());
            String field = where + ".parameters." + f.getKey();
            if (p == null) {
                throw new ProvenanceException(field + " is not a parameter of this version of model " + model.name()
                        + "; allowed: the paths 'offramp params --model " + model.name() + "' lists");
            }
            s = s.with(p, value(p, f.getValue(), field));
        }
        s = s.named(name, description);
        if (!s.contentHash().equals(hash)) {
            throw new ProvenanceException(where + ": its parameters give the scenario content hash "
                    + s.contentHash() + ", but the record says " + hash + "; the record was edited, or written by a"
                    + " model whose built-in defaults differ");
        }
        return s;
    }

    private static double value(Param p, JsonNode v, String field) {
        double d;
        if (p.type() == Param.Type.FLAG) {
            if (!v.isBoolean()) {
                throw new ProvenanceException(field + " must be true or false, but was " + shown(v));
            }
            d = v.booleanValue() ? 1 : 0;
        } else if (v.isNumber()) {
            d = v.doubleValue();
        } else {
            throw new ProvenanceException(field + " must be " + p.allowed() + ", but was " + shown(v));
        }
        String problem = p.problem(d);
        if (problem != null) {
            throw new ProvenanceException(field + " " + problem);
        }
        return d;
    }

    /**
     * The parameters whose values differ between a recorded scenario and {@code now}, each as
     * {@code "washington.restraint was 0.5, now 0.7"}, in declaration order; empty if the record
     * cannot be read (older checkpoints hold none).
     *
     * @param record a record written by {@link #scenario(Scenario)}, or null
     * @param now    the scenario to compare with
     * @return the differences
     */
    public static List<String> parameterChanges(JsonNode record, Scenario now) {
        Objects.requireNonNull(now, "now");
        List<String> out = new ArrayList<>();
        if (record == null || !record.path("parameters").isObject()
                || !now.model().name().equals(record.path("model").asText())) {
            return out;
        }
        Scenario was = Scenario.defaults(now.model());
        for (Iterator<Map.Entry<String, JsonNode>> it = record.path("parameters").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            Param p = now.parameters().find(f.getKey());
            if (p == null) {
                out.add(f.getKey() + " was " + f.getValue() + ", and is no parameter of this version");
                continue;
            }
            try {
                was = was.with(p, value(p, f.getValue(), f.getKey()));
            } catch (RuntimeException damaged) {
                return List.of();
            }
        }
        for (Param p : now.parameters().all()) {
            if (Double.compare(was.get(p), now.get(p)) != 0) {
                out.add(p.path() + " was " + p.format(was.get(p)) + ", now " + p.format(now.get(p)));
            }
        }
        return out;
    }

    /**
     * Reads a {@code summary.json}.
     *
     * @param file the file
     * @return its JSON object
     * @throws ProvenanceException if the file is missing, unreadable, not JSON or not an object
     */
    public static JsonNode readSummary(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException ex) {
            throw new ProvenanceException(file + " does not exist; allowed: the summary.json of a results folder",
                    ex);
        } catch (IOException ex) {
            throw new ProvenanceException("cannot read " + file + ": " + ex, ex);
        }
        JsonNode n;
        try {
            n = Summaries.MAPPER.readTree(text);
        } catch (JsonProcessingException ex) {
            throw new ProvenanceException(file + " is damaged: " + jsonProblem(ex), ex);
        }
        if (n == null || !n.isObject()) {
            throw new ProvenanceException(file + " is damaged: it must hold a JSON object, but holds "
                    + (n == null ? "nothing" : n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return n;
    }

    /**
     * What is wrong with a JSON text, in words: the parser's own message without its quoting of the
     * input, and the line and column.
     *
     * @param ex the parser's exception
     * @return e.g. "not valid JSON at line 3, column 7 (Unexpected end-of-input ...)"
     */
    public static String jsonProblem(JsonProcessingException ex) {
        JsonLocation at = ex.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String why = ex.getOriginalMessage();
        if (why != null) {
            // The parser's message may go on with the input it read; the first line says what it expected.
            why = why.lines().findFirst().orElse("").strip();
        }
        return "not valid JSON" + where + (why == null || why.isEmpty() ? "" : " (" + why + ")");
    }

    /**
     * Rebuilds the experiment a {@code summary.json} describes: its scenario, runs or precision
     * target, master seed, block size, confidence level, samples and keep-going setting. Threads,
     * the output folder and overwrite or resume are left at their defaults for the caller to set.
     *
     * @param summary the summary, as {@link #readSummary(Path)} returns it
     * @param source  the file it came from, for messages
     * @return a builder of the same experiment
     * @throws ProvenanceException if the summary is of another format or library version, damaged,
     *                             or does not rebuild into the experiment it records
     */
    public static Experiment.Builder experimentOf(JsonNode summary, String source) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        String format = summary.path("format").asText("");
        if (!Summaries.FORMAT.equals(format)) {
            throw new ProvenanceException(source + ": format must be " + Summaries.FORMAT + ", but was "
                    + shown(summary.get("format")));
        }
        JsonNode prov = summary.path("provenance");
        String version = prov.path("version").asText("");
        String here = ExperimentRunner.libraryVersion();
        if (!here.equals(version)) {
            throw new ProvenanceException(source + " was written by offramp " + (version.isEmpty() ? "(no version"
                    + " recorded)" : version) + ", but this is offramp " + here + ", whose model may make other runs"
                    + " from the same seeds; allowed: a summary.json of offramp " + here + " (rerun the folder with"
                    + " the version that wrote it)");
        }
        JsonNode id = summary.get("experiment");
        if (id == null || !id.isObject()) {
            throw new ProvenanceException(source + ": experiment must be an object of the experiment's settings, but"
                    + " was " + shown(id));
        }
        Scenario scenario = scenarioOf(prov.get("scenario"), source + ": provenance.scenario");
        String columns = String.join(",", scenario.model().record().csvHeader());
        if (!columns.equals(id.path("csvColumns").asText())) {
            throw new ProvenanceException(source + ": experiment.csvColumns must be this version's runs.csv columns"
                    + " of model " + scenario.model().name() + " (" + columns + "), but was "
                    + shown(id.get("csvColumns")));
        }
        if (!scenario.name().equals(id.path("scenario").asText())
                || !scenario.contentHash().equals(id.path("scenarioHash").asText())) {
            throw new ProvenanceException(source + ": provenance.scenario (" + scenario.name() + ", "
                    + scenario.contentHash() + ") must be the scenario of experiment (" + shown(id.get("scenario"))
                    + ", " + shown(id.get("scenarioHash")) + ")");
        }
        Experiment.Builder b = Experiment.builder(scenario);
        try {
            String mode = id.path("mode").asText();
            if ("fixed".equals(mode)) {
                b.runs(integral(id, "runs", source));
            } else if ("precision".equals(mode)) {
                b.precision(id.has("relativeHalfWidth")
                        ? PrecisionTarget.relative(number(id, "relativeHalfWidth", source), number(id, "precisionFloor", source))
                        : PrecisionTarget.absolute(number(id, "targetHalfWidth", source)))
                        .maxRuns(integral(id, "maxRuns", source));
                String method = id.path("intervalMethod").asText();
                try {
                    b.intervalMethod(IntervalMethod.valueOf(method));
                } catch (IllegalArgumentException ex) {
                    throw new ProvenanceException(source + ": experiment.intervalMethod must be one of "
                            + List.of(IntervalMethod.values()) + ", but was " + shown(id.get("intervalMethod")), ex);
                }
            } else {
                throw new ProvenanceException(source + ": experiment.mode must be fixed or precision, but was "
                        + shown(id.get("mode")));
            }
            b.masterSeed(integral(id, "masterSeed", source))
                    .blockSize((int) integral(id, "blockSize", source))
                    .confidenceLevel(number(id, "confidenceLevel", source))
                    .samplesPerOutcome((int) integral(id, "samplesPerOutcome", source));
            JsonNode keepGoing = id.get("keepGoing");
            if (keepGoing == null || !keepGoing.isBoolean()) {
                throw new ProvenanceException(source + ": experiment.keepGoing must be true or false, but was "
                        + shown(keepGoing));
            }
            b.keepGoing(keepGoing.booleanValue());
            Experiment rebuilt = b.build();
            // Every setting the summary records must come back: a field this method does not know of
            // would otherwise be silently dropped.
            ObjectNode again = rebuilt.identity();
            for (Iterator<Map.Entry<String, JsonNode>> it = id.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!String.valueOf(f.getValue()).equals(String.valueOf(again.get(f.getKey())))) {
                    throw new ProvenanceException(source + ": experiment." + f.getKey() + " is " + f.getValue()
                            + ", but the rebuilt experiment has " + again.get(f.getKey()));
                }
            }
            if (again.size() != id.size()) {
                throw new ProvenanceException(source + ": experiment must hold the fields " + fieldNames(again)
                        + ", but holds " + fieldNames(id));
            }
        } catch (IllegalArgumentException ex) {
            throw new ProvenanceException(source + ": experiment: " + ex.getMessage(), ex);
        }
        return b;
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static long integral(JsonNode id, String field, String source) {
        JsonNode v = id.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new ProvenanceException(source + ": experiment." + field + " must be a whole number, but was "
                    + shown(v));
        }
        return v.longValue();
    }

    private static double number(JsonNode id, String field, String source) {
        JsonNode v = id.get(field);
        if (v == null || !v.isNumber()) {
            throw new ProvenanceException(source + ": experiment." + field + " must be a number, but was " + shown(v));
        }
        return v.doubleValue();
    }

    private static String text(JsonNode record, String field, String where) {
        JsonNode v = record.get(field);
        if (v == null || !v.isTextual()) {
            throw new ProvenanceException(where + "." + field + " must be a string, but was " + shown(v));
        }
        return v.textValue();
    }

    /** A JSON value for a message, shortened. */
    private static String shown(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "missing";
        }
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
