package org.offramp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.offramp.model.Model;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.Scenario;
import org.offramp.scenario.ScenarioLoader;

/**
 * The record of what produced a results folder, as {@code offramp run} (and {@code rerun},
 * {@code merge} and the policy commands) write it into {@code summary.json} at
 * {@code provenance.invocation} or into a policy experiment's {@code provenance.json}: the command
 * line, the experiment file and its text, the scenario, every parameter change with its source and
 * its old and new values, and every setting with its source. docs/experiments.md describes the
 * fields. The printed header's {@code changes} line is made from the same record, so what is printed
 * is what is recorded. Stateless.
 */
final class Invocation {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The source of a change made by the experiment file's {@code overrides}. */
    static final String FILE_OVERRIDES = "experiment file";
    /** The source of a setting the experiment file gave. */
    static final String FROM_FILE = "experiment file";
    /** The source of a setting nobody gave. */
    static final String DEFAULT = "default";
    /** At most this many changes are listed in the header; summary.json holds them all. */
    private static final int SHOWN = 6;

    private Invocation() {
    }

    /**
     * The start of a record: the command, its arguments as typed, and the experiment file with its
     * SHA-256 and text.
     *
     * @param command   run, rerun, merge, compare...
     * @param arguments the whole command line after the launcher
     * @param file      the experiment file, or null
     */
    static ObjectNode start(String command, List<String> arguments, Path file) {
        ObjectNode n = JSON.createObjectNode();
        n.put("command", command);
        ArrayNode args = n.putArray("arguments");
        arguments.forEach(args::add);
        if (file != null) {
            n.set("experimentFile", fileRecord(file));
        }
        return n;
    }

    /** A file's path as given, SHA-256 and text (UTF-8); a file that cannot be read is recorded as such. */
    static ObjectNode fileRecord(Path file) {
        ObjectNode f = JSON.createObjectNode();
        f.put("path", file.toString());
        try {
            byte[] bytes = Files.readAllBytes(file);
            f.put("sha256", sha256(bytes));
            f.put("text", new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            f.put("unreadable", ErrorHandler.describe(ex));
        }
        return f;
    }

    /**
     * The scenario an experiment file names, before the file's overrides: an embedded scenario by
     * name, else a file relative to the experiment file's folder, as the loader resolves it.
     */
    static Scenario baseScenario(Model<?> model, String ref, Path experimentFile) {
        if (model.scenarios().contains(ref)) {
            return ScenarioLoader.embedded(model, ref);
        }
        return ScenarioLoader.load(scenarioFile(ref, experimentFile));
    }

    /** The path of a scenario file named in an experiment file. */
    static Path scenarioFile(String ref, Path experimentFile) {
        Path parent = experimentFile.normalize().getParent();
        return parent == null ? Path.of(ref).normalize() : parent.resolve(ref).normalize();
    }

    /**
     * The record of the scenario reference: {@code ref} as written, and for a file its path, SHA-256
     * and text.
     */
    static ObjectNode scenarioRecord(Model<?> model, String ref, Path experimentFile) {
        ObjectNode s = JSON.createObjectNode();
        s.put("ref", ref);
        boolean embedded = model.scenarios().contains(ref);
        s.put("embedded", embedded);
        if (!embedded) {
            s.set("file", fileRecord(scenarioFile(ref, experimentFile)));
        }
        return s;
    }

    /**
     * The parameter changes, layer by layer: the scenario's own values against its model's
     * defaults, then each of {@code layers} (source to values, in order) against the values before it.
     *
     * @param base           the scenario as loaded, before any override
     * @param scenarioSource e.g. "scenario baseline" or "scenario file scenarios/x.yaml"
     * @param layers         the overrides by source, in the order they were applied
     * @return the changes, as JSON objects {parameter, from, to, source}
     */
    static ArrayNode changes(Scenario base, String scenarioSource, Map<String, Map<String, Double>> layers) {
        ArrayNode out = JSON.createArrayNode();
        Scenario defaults = Scenario.defaults(base.model());
        for (Map.Entry<String, Double> d : base.differencesFrom(defaults).entrySet()) {
            add(out, base.parameters().byPath(d.getKey()), defaults.get(d.getKey()), d.getValue(), scenarioSource);
        }
        Scenario now = base;
        for (Map.Entry<String, Map<String, Double>> layer : layers.entrySet()) {
            for (Map.Entry<String, Double> o : layer.getValue().entrySet()) {
                Param p = base.parameters().byPath(o.getKey());
                add(out, p, now.get(p), o.getValue(), layer.getKey());
            }
            for (Map.Entry<String, Double> o : layer.getValue().entrySet()) {
                now = now.with(o.getKey(), o.getValue());
            }
        }
        return out;
    }

    private static void add(ArrayNode out, Param p, double from, double to, String source) {
        ObjectNode c = out.addObject();
        c.put("parameter", p.path());
        putValue(c, "from", p, from);
        putValue(c, "to", p, to);
        c.put("source", source);
    }

    private static void putValue(ObjectNode n, String field, Param p, double v) {
        switch (p.type()) {
            case FLAG -> n.put(field, v != 0);
            case INTEGER -> n.put(field, (long) v);
            default -> n.put(field, v);
        }
    }

    /**
     * A setting: its effective value, where it came from, and the experiment file's value when a flag
     * replaced it.
     */
    static ObjectNode setting(ObjectNode settings, String name, Object value, String source, Object fileValue) {
        ObjectNode s = settings.putObject(name);
        s.set("value", JSON.valueToTree(value));
        s.put("source", source);
        if (fileValue != null && !fileValue.equals(value)) {
            s.set("file", JSON.valueToTree(fileValue));
        }
        return s;
    }

    /**
     * The header line that lists what the command line changed on top of the files: parameter
     * changes from the file's overrides and {@code --set}, and the settings a flag gave.
     *
     * @param invocation the record, or null
     * @param registry   the parameters of the experiment's model, to show values as they document them
     * @return e.g. {@code changes  washington.restraint 0.8 → 0.5 (--set) · runs 10,000 → 2,000 (--runs)}
     */
    static String changesLine(JsonNode invocation, Parameters registry) {
        List<String> items = new ArrayList<>();
        if (invocation != null) {
            for (JsonNode c : invocation.path("changes")) {
                String source = c.path("source").asText();
                if (source.startsWith("scenario")) {
                    continue; // the scenario's own values: the header names the scenario
                }
                String path = c.path("parameter").asText();
                items.add(path + " " + paramValue(registry, path, c.get("from")) + " → "
                        + paramValue(registry, path, c.get("to")) + " (" + source + ")");
            }
            JsonNode settings = invocation.path("settings");
            for (var it = settings.fields(); it.hasNext();) {
                var e = it.next();
                String source = e.getValue().path("source").asText();
                if (!source.startsWith("--") || e.getKey().equals("threads")) {
                    continue; // threads never change the results
                }
                JsonNode file = e.getValue().get("file");
                JsonNode now = e.getValue().get("value");
                boolean seed = e.getKey().equals("seed");
                items.add(label(e.getKey()) + " " + (file == null ? "" : (seed ? file.asText() : value(file)) + " → ")
                        + (seed ? now.asText() : value(now)) + " (" + source + ")");
            }
        }
        if (items.isEmpty()) {
            return "changes  none: the experiment file as written";
        }
        String shown = String.join(" · ", items.subList(0, Math.min(SHOWN, items.size())));
        int more = items.size() - SHOWN;
        return "changes  " + shown + (more > 0 ? " · and " + more + " more (summary.json lists them)" : "");
    }

    /** A parameter's value as the parameter documents it: 0.5, 540, true. */
    private static String paramValue(Parameters registry, String path, JsonNode v) {
        Param p = registry.find(path);
        if (p == null || v == null || !(v.isNumber() || v.isBoolean())) {
            return value(v);
        }
        return p.format(v.isBoolean() ? (v.booleanValue() ? 1 : 0) : v.doubleValue());
    }

    private static String label(String setting) {
        return switch (setting) {
            case "keepGoing" -> "keep-going";
            case "seed" -> "master seed";
            default -> setting;
        };
    }

    private static String value(JsonNode v) {
        if (v == null || v.isNull()) {
            return "none";
        }
        if (v.isIntegralNumber() && !v.isBoolean()) {
            return String.format(Locale.ROOT, "%,d", v.longValue());
        }
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            v.fields().forEachRemaining(f -> parts.add(f.getKey() + " " + value(f.getValue())));
            return String.join(", ", parts);
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }

    /** The SHA-256 of bytes, in lowercase hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The SHA-256 of a file, in lowercase hex. */
    static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
