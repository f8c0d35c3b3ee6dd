package org.offramp.design;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.offramp.model.Model;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.RecordSchema;
import org.offramp.model.Scenario;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Overrides;
import org.offramp.scenario.ScenarioException;
import org.offramp.scenario.ScenarioLoader;
import org.offramp.scenario.YamlFields;
import org.offramp.scenario.YamlNode;
import org.offramp.scenario.YamlReader;

/**
 * Loads policy experiment files ({@code kind: compare}, {@code sweep} or {@code sensitivity}; see
 * docs/policy-experiments.md) and refuses, before any run, anything it cannot accept, with a
 * {@link ScenarioException} naming file, line, key path, value and what is allowed, like the plain
 * experiment files of docs/scenarios.md.
 *
 * <p>Stateless; safe to call from several threads.
 */
public final class PolicySpecLoader {
    /** The kinds this loader reads. */
    public static final List<String> KINDS = List.of("compare", "sweep", "sensitivity");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String NAME_ALLOWED = "a name matching [a-z0-9][a-z0-9-]*";
    private static final List<String> COMMON = List.of("model", "experiment", "kind", "description", "scenario",
            "overrides", "seed", "threads", "measures", "confidence");

    private PolicySpecLoader() {
    }

    /**
     * The {@code kind} of an experiment file, if it has one: lets a caller send {@code compare},
     * {@code sweep} and {@code sensitivity} files here and plain experiment files (no {@code kind})
     * to {@code ExperimentSpecLoader}.
     *
     * @param file the experiment file
     * @return the value of its top-level {@code kind} key, or empty if it has none
     * @throws ScenarioException if the file cannot be read or is not a YAML mapping
     */
    public static Optional<String> kindOf(Path file) {
        Path normal = Objects.requireNonNull(file, "file").normalize();
        YamlNode.Mapping root = YamlReader.readMapping(read(normal), normal.toString());
        for (YamlNode.Entry e : root.entries()) {
            if (e.key().equals("kind") && e.value() instanceof YamlNode.Scalar s && s.isString()) {
                return Optional.of(s.text());
            }
        }
        return Optional.empty();
    }

    /**
     * Loads a file; a relative scenario path is resolved against the file's folder.
     *
     * @param file the policy experiment file, at most 1 MiB
     * @return the checked spec
     * @throws ScenarioException when the file cannot be read or is not a valid policy experiment
     */
    public static PolicySpec load(Path file) {
        Path normal = Objects.requireNonNull(file, "file").normalize();
        Path parent = normal.getParent();
        return load(read(normal), normal.toString(), parent == null ? Path.of("") : parent);
    }

    private static String read(Path file) {
        return YamlReader.readFile(file, file.toString(), -1, "", "a policy experiment file (YAML)");
    }

    /**
     * Loads YAML text.
     *
     * @param yaml          the policy experiment file's text
     * @param source        the name used in error messages
     * @param baseDirectory the folder against which a relative scenario path is resolved
     * @return the checked spec
     * @throws ScenarioException when the text is not a valid policy experiment
     */
    public static PolicySpec load(String yaml, String source, Path baseDirectory) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        YamlNode.Mapping root = YamlReader.readMapping(yaml, source);
        String kind = kind(root, source);
        List<String> keys = new ArrayList<>(COMMON);
        switch (kind) {
            case "compare" -> keys.addAll(List.of("runs", "variants"));
            case "sweep" -> keys.addAll(List.of("runs", "design", "factors", "charts"));
            default -> keys.addAll(List.of("runsPerPoint", "samples", "bootstrap", "factors"));
        }
        YamlFields f = new YamlFields(root, source, "", keys);
        Model<?> model = ScenarioLoader.modelOf(f);
        String name = f.string("experiment", NAME, NAME_ALLOWED);
        String description = f.text("description", "");
        Scenario base = scenario(f, baseDirectory, model);
        if (f.has("overrides")) {
            base = Overrides.read(model.parameters(), f.entry("overrides").value(), "overrides", source).applyTo(base);
        }
        long seed = f.int64("seed");
        int threads = f.has("threads") ? (int) f.integer("threads", 0, Limits.MAX_THREADS) : 0;
        double level = f.has("confidence") ? f.number(f.entry("confidence").value(), "confidence", 0, 1, true, true)
                : 0.95;
        RecordSchema<?> schema = model.record();
        List<Measure> measures = f.has("measures") ? measures(f, "measures", schema) : Measure.endings(schema);
        switch (kind) {
            case "compare":
                return new PolicySpec.Compare(name, description, source, base, variants(f, model), measures,
                        f.integer("runs", 1, Limits.MAX_RUNS), seed, threads, level);
            case "sweep":
                return sweep(f, name, description, base, measures, seed, threads, level);
            default:
                return sensitivity(f, name, description, base, measures, seed, threads, level);
        }
    }

    private static String kind(YamlNode.Mapping root, String source) {
        String allowed = "one of " + String.join(", ", KINDS);
        for (YamlNode.Entry e : root.entries()) {
            if (e.key().equals("kind")) {
                if (e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING && KINDS.contains(s.text())) {
                    return s.text();
                }
                throw ScenarioException.invalid(source, e.line(), "kind", e.value().describe(), allowed);
            }
        }
        throw new ScenarioException(source, root.line(), "kind", "missing", allowed,
                "kind is required, but is missing; allowed: " + allowed
                        + " (a file without kind is a plain experiment: load it with ExperimentSpecLoader)");
    }

    private static Scenario scenario(YamlFields f, Path baseDirectory, Model<?> model) {
        String allowed = "an embedded scenario name or a path to a scenario file";
        YamlNode n = f.required("scenario", allowed);
        if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.STRING || s.text().isBlank()) {
            throw f.invalid(n, "scenario", allowed);
        }
        if (model.scenarios().contains(s.text())) {
            return ScenarioLoader.embedded(model, s.text());
        }
        Path p = baseDirectory.resolve(s.text());
        if (!Files.isRegularFile(p)) {
            throw ScenarioException.invalid(f.source(), n.line(), "scenario", n.describe(),
                    "one of the embedded scenarios " + model.scenarios().names() + " or an existing scenario file");
        }
        Scenario loaded = ScenarioLoader.load(p);
        if (!loaded.model().name().equals(model.name())) {
            throw ScenarioException.invalid(f.source(), n.line(), "scenario", n.describe(),
                    "a scenario of model " + model.name() + " (the file is of model " + loaded.model().name()
                            + "; name that model with 'model:')");
        }
        return loaded;
    }

    /** Parameter overrides: nested maps, dotted keys or both; each parameter once; values checked. */
    static Map<String, Double> overrides(Parameters registry, YamlNode node, String keyPath, String source) {
        return Overrides.read(registry, node, keyPath, source).values();
    }

    private static List<Measure> measures(YamlFields f, String key, RecordSchema<?> schema) {
        List<Measure> out = new ArrayList<>();
        for (YamlNode n : f.list(key, "a non-empty list of measures")) {
            if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.STRING) {
                throw f.invalid(n, key, "a measure: " + Measure.allowed(schema));
            }
            try {
                Measure m = Measure.parse(schema, s.text());
                if (out.contains(m)) {
                    throw ScenarioException.invalid(f.source(), n.line(), f.path(key), n.describe(), "each measure once");
                }
                out.add(m);
            } catch (IllegalArgumentException e) {
                throw f.invalid(n, key, "one of " + Measure.allowed(schema));
            }
        }
        if (out.size() > 64) {
            throw f.invalid(f.entry(key).value(), key, "at most 64 measures");
        }
        return out;
    }

    private static List<PolicySpec.Variant> variants(YamlFields f, Model<?> model) {
        List<PolicySpec.Variant> out = new ArrayList<>();
        List<YamlNode> items = f.list("variants", "a list of at least 2 variants");
        if (items.size() < 2) {
            throw f.invalid(f.entry("variants").value(), "variants", "a list of at least 2 variants");
        }
        for (int i = 0; i < items.size(); i++) {
            YamlNode n = items.get(i);
            String at = "variants[" + i + "]";
            if (!(n instanceof YamlNode.Mapping m)) {
                throw ScenarioException.invalid(f.source(), n.line(), at, n.describe(),
                        "a mapping with name, description, overrides, against");
            }
            YamlFields v = new YamlFields(m, f.source(), at, List.of("name", "description", "overrides", "against"));
            String name = v.string("name", NAME, NAME_ALLOWED);
            for (PolicySpec.Variant w : out) {
                if (w.name().equals(name)) {
                    throw ScenarioException.invalid(f.source(), v.entry("name").line(), at + ".name", '"' + name + '"',
                            "a name not used by another variant");
                }
            }
            Map<String, Double> ov = v.has("overrides")
                    ? overrides(model.parameters(), v.entry("overrides").value(), at + ".overrides", f.source())
                    : Map.of();
            String against = null;
            if (i > 0) {
                against = out.get(0).name();
                if (v.has("against")) {
                    YamlNode a = v.entry("against").value();
                    List<String> earlier = out.stream().map(PolicySpec.Variant::name).toList();
                    if (!(a instanceof YamlNode.Scalar s) || !earlier.contains(s.text())) {
                        throw ScenarioException.invalid(f.source(), a.line(), at + ".against", a.describe(),
                                "the name of a variant listed before it: " + earlier);
                    }
                    against = s.text();
                }
            } else if (v.has("against")) {
                throw ScenarioException.invalid(f.source(), v.entry("against").line(), at + ".against",
                        v.entry("against").value().describe(), "absent: the first variant is the reference");
            }
            out.add(new PolicySpec.Variant(name, v.text("description", ""), ov, against));
        }
        return out;
    }

    private static List<Factor> factors(YamlFields f, boolean grid, Parameters registry) {
        List<Factor> out = new ArrayList<>();
        List<YamlNode> items = f.list("factors", "a non-empty list of factors");
        for (int i = 0; i < items.size(); i++) {
            YamlNode n = items.get(i);
            String at = "factors[" + i + "]";
            if (!(n instanceof YamlNode.Mapping m)) {
                throw ScenarioException.invalid(f.source(), n.line(), at, n.describe(),
                        "a mapping with path and values, or path, from, to (and levels for a grid)");
            }
            YamlFields x = new YamlFields(m, f.source(), at, grid ? List.of("path", "values", "from", "to", "levels")
                    : List.of("path", "from", "to"));
            String known = "a parameter path that 'offramp params --model " + registry.owner() + "' lists";
            YamlNode pn = x.required("path", known);
            Param p = pn instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING ? registry.find(s.text()) : null;
            if (p == null) {
                throw ScenarioException.invalid(f.source(), pn.line(), at + ".path", pn.describe(), known);
            }
            for (Factor g : out) {
                if (g.path().equals(p.path())) {
                    throw ScenarioException.invalid(f.source(), pn.line(), at + ".path", pn.describe(),
                            "a path not used by another factor");
                }
            }
            try {
                if (grid && x.has("values")) {
                    if (x.has("from") || x.has("to") || x.has("levels")) {
                        throw ScenarioException.invalid(f.source(), x.entry("values").line(), at + ".values", "values",
                                "either values, or from, to and levels");
                    }
                    List<Double> vals = new ArrayList<>();
                    for (YamlNode vn : x.list("values", "a non-empty list of " + p.allowed())) {
                        vals.add(value(x, vn, "values", p));
                    }
                    out.add(Factor.levels(p, vals));
                } else {
                    double from = value(x, x.required("from", p.allowed()), "from", p);
                    double to = value(x, x.required("to", p.allowed()), "to", p);
                    if (!(from < to) && !(grid && from == to)) {
                        throw ScenarioException.invalid(f.source(), x.entry("to").line(), at + ".to",
                                YamlFields.format(to), "greater than from (" + YamlFields.format(from) + ")");
                    }
                    if (grid) {
                        int levels = (int) x.integer("levels", 1, 1000);
                        out.add(Factor.evenly(p, from, to, levels));
                    } else {
                        out.add(Factor.range(p, from, to));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(f.source(), n.line(), at, p.path(), "a valid factor", e.getMessage(), e);
            }
        }
        return out;
    }

    private static double value(YamlFields x, YamlNode n, String key, Param p) {
        if (n instanceof YamlNode.Scalar s) {
            if (p.type() == Param.Type.FLAG && s.kind() == YamlNode.Kind.BOOLEAN) {
                return s.bool() ? 1 : 0;
            }
            if (s.isNumber()) {
                double v = s.real();
                if (p.problem(v) == null) {
                    return v;
                }
            }
        }
        throw x.invalid(n, key, p.allowed() + " (" + p.path() + ")");
    }

    private static PolicySpec sweep(YamlFields f, String name, String description, Scenario base, List<Measure> measures,
                                    long seed, int threads, double level) {
        YamlFields d = f.nested("design", List.of("type", "points"));
        String type = d.string("type", Pattern.compile("grid|latin-hypercube|sobol"),
                "one of grid, latin-hypercube, sobol");
        boolean grid = type.equals("grid");
        Design design;
        if (grid) {
            if (d.has("points")) {
                throw d.invalid(d.entry("points").value(), "points", "absent for a grid (the levels decide the points)");
            }
            design = new Design.Grid();
        } else {
            int points = (int) d.integer("points", 1, 100_000);
            design = type.equals("sobol") ? new Design.Sobol(points) : new Design.LatinHypercube(points, seed);
        }
        List<Factor> factors = factors(f, grid, base.parameters());
        long runs = f.integer("runs", 1, Limits.MAX_RUNS);
        List<String> series = List.of();
        List<Measure> seriesMeasures = measures;
        List<String> heat = null;
        if (f.has("charts")) {
            YamlFields c = f.nested("charts", List.of("series", "seriesMeasures", "heatMap"));
            List<String> paths = PolicySpec.paths(factors);
            if ((c.has("series") || c.has("heatMap")) && !grid) {
                throw c.invalid(c.mapping(), "", "no series or heat map charts for a " + type + " design (they need a grid)");
            }
            if (c.has("series")) {
                series = c.strings("series", "a list of factor paths " + paths);
                for (String s : series) {
                    if (!paths.contains(s)) {
                        throw ScenarioException.invalid(f.source(), c.entry("series").line(), c.path("series"),
                                ScenarioException.quote(s), "factor paths among " + paths);
                    }
                }
            }
            if (c.has("seriesMeasures")) {
                seriesMeasures = measures(c, "seriesMeasures", base.model().record());
                for (Measure m : seriesMeasures) {
                    if (!measures.contains(m)) {
                        throw c.invalid(c.entry("seriesMeasures").value(), "seriesMeasures", "measures among " + measures);
                    }
                }
            }
            if (c.has("heatMap")) {
                YamlFields h = c.nested("heatMap", List.of("x", "y", "measure"));
                String x = h.string("x", Pattern.compile(".+"), "a factor path");
                String y = h.string("y", Pattern.compile(".+"), "a factor path");
                String m = h.string("measure", Pattern.compile(".+"), "a measure among " + measures);
                if (!paths.contains(x) || !paths.contains(y) || x.equals(y)) {
                    throw h.invalid(h.entry(paths.contains(x) ? "y" : "x").value(), paths.contains(x) ? "y" : "x",
                            "two different factor paths among " + paths);
                }
                if (!measures.stream().map(Measure::name).toList().contains(m)) {
                    throw h.invalid(h.entry("measure").value(), "measure", "a measure among " + measures);
                }
                heat = List.of(x, y, m);
            }
        }
        PolicySpec.SweepSpec spec = new PolicySpec.SweepSpec(name, description, f.source(),
                base, factors, design, measures, runs, seed, threads, level, series, seriesMeasures, heat);
        if (heat != null) {
            for (Factor fa : factors) {
                if (!heat.subList(0, 2).contains(fa.path()) && fa.levels().size() > 1) {
                    throw ScenarioException.invalid(f.source(), f.entry("charts").line(), "charts.heatMap",
                            fa.path() + " with " + fa.levels().size() + " levels",
                            "a grid whose other factors have one level each");
                }
            }
        }
        return spec;
    }

    private static PolicySpec sensitivity(YamlFields f, String name, String description, Scenario base,
                                          List<Measure> measures, long seed, int threads, double level) {
        List<Factor> factors = factors(f, false, base.parameters());
        if (factors.size() < 2 || factors.size() > 32) {
            throw f.invalid(f.entry("factors").value(), "factors", "a list of 2 to 32 factors");
        }
        int samples = (int) f.integer("samples", 2, 65536);
        long runsPerPoint = f.integer("runsPerPoint", 1, Limits.MAX_RUNS);
        int bootstrap = f.has("bootstrap") ? (int) f.integer("bootstrap", 0, 100_000) : 1000;
        return new PolicySpec.SensitivitySpec(name, description, f.source(), base, factors, samples, runsPerPoint,
                bootstrap, measures, seed, threads, level);
    }
}
