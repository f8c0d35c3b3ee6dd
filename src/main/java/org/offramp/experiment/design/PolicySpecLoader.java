package org.offramp.experiment.design;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.offramp.scenario.Param;
import org.offramp.scenario.Params;
import org.offramp.scenario.Scenario;
import org.offramp.scenario.ScenarioException;
import org.offramp.scenario.ScenarioLoader;
import org.offramp.scenario.Scenarios;

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
    private static final List<String> COMMON = List.of("experiment", "kind", "description", "scenario", "overrides",
            "seed", "threads", "measures", "confidence");

    private PolicySpecLoader() {
    }

    /**
     * The {@code kind} of an experiment file, if it has one: lets a caller send {@code compare},
     * {@code sweep} and {@code sensitivity} files here and plain experiment files (no {@code kind})
     * to {@code ExperimentSpecLoader}.
     *
     * @throws ScenarioException if the file cannot be read or is not a YAML mapping
     */
    public static Optional<String> kindOf(Path file) {
        Yaml.Map root = Yaml.read(read(file), file.normalize().toString());
        for (Yaml.Entry e : root.entries()) {
            if (e.key().equals("kind") && e.value() instanceof Yaml.Scalar s && s.kind() == Yaml.Kind.STRING) {
                return Optional.of(s.text());
            }
        }
        return Optional.empty();
    }

    /** Loads a file; a relative scenario path is resolved against the file's folder. */
    public static PolicySpec load(Path file) {
        Path normal = file.normalize();
        Path parent = normal.getParent();
        return load(read(normal), normal.toString(), parent == null ? Path.of("") : parent);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), -1, "", e.toString(), "a readable experiment file",
                    "cannot read the experiment file: " + e.getMessage(), e);
        }
    }

    /**
     * Loads YAML text.
     *
     * @param source        the name used in error messages
     * @param baseDirectory the folder against which a relative scenario path is resolved
     */
    public static PolicySpec load(String yaml, String source, Path baseDirectory) {
        Yaml.Map root = Yaml.read(yaml, source);
        String kind = kind(root, source);
        List<String> keys = new ArrayList<>(COMMON);
        switch (kind) {
            case "compare" -> keys.addAll(List.of("runs", "variants"));
            case "sweep" -> keys.addAll(List.of("runs", "design", "factors", "charts"));
            default -> keys.addAll(List.of("runsPerPoint", "samples", "bootstrap", "factors"));
        }
        Fields f = new Fields(root, source, "", keys);
        String name = f.string("experiment", NAME, NAME_ALLOWED);
        String description = f.text("description", "");
        Scenario base = scenario(f, baseDirectory);
        if (f.has("overrides")) {
            for (Map.Entry<String, Double> e : overrides(f.entry("overrides").value(), "overrides", source).entrySet()) {
                base = base.with(e.getKey(), e.getValue());
            }
        }
        long seed = f.int64("seed");
        int threads = f.has("threads") ? (int) f.integer("threads", 0, 4096) : 0;
        double level = f.has("confidence") ? f.number(f.entry("confidence").value(), "confidence", 0, 1, true, true)
                : 0.95;
        List<Measure> measures = f.has("measures") ? measures(f, "measures") : Measure.OUTCOMES;
        switch (kind) {
            case "compare":
                return new PolicySpec.Compare(name, description, source, base, variants(f), measures,
                        f.integer("runs", 1, Integer.MAX_VALUE), seed, threads, level);
            case "sweep":
                return sweep(f, name, description, base, measures, seed, threads, level);
            default:
                return sensitivity(f, name, description, base, measures, seed, threads, level);
        }
    }

    private static String kind(Yaml.Map root, String source) {
        String allowed = "one of " + String.join(", ", KINDS);
        for (Yaml.Entry e : root.entries()) {
            if (e.key().equals("kind")) {
                if (e.value() instanceof Yaml.Scalar s && s.kind() == Yaml.Kind.STRING && KINDS.contains(s.text())) {
                    return s.text();
                }
                throw ScenarioException.invalid(source, e.line(), "kind", e.value().describe(), allowed);
            }
        }
        throw new ScenarioException(source, root.line(), "kind", "missing", allowed,
                "kind is required, but is missing; allowed: " + allowed
                        + " (a file without kind is a plain experiment: load it with ExperimentSpecLoader)");
    }

    private static Scenario scenario(Fields f, Path baseDirectory) {
        String allowed = "an embedded scenario name or a path to a scenario file";
        Yaml.Node n = f.required("scenario", allowed);
        if (!(n instanceof Yaml.Scalar s) || s.kind() != Yaml.Kind.STRING || s.text().isBlank()) {
            throw f.invalid(n, "scenario", allowed);
        }
        if (Scenarios.names().contains(s.text())) {
            return Scenarios.load(s.text());
        }
        Path p = baseDirectory.resolve(s.text());
        if (!Files.isRegularFile(p)) {
            throw ScenarioException.invalid(f.source, n.line(), "scenario", n.describe(),
                    "one of the embedded scenarios " + Scenarios.names() + " or an existing scenario file");
        }
        return ScenarioLoader.load(p);
    }

    /** Parameter overrides: nested maps, dotted keys or both; each parameter once; values checked. */
    static Map<String, Double> overrides(Yaml.Node node, String keyPath, String source) {
        if (!(node instanceof Yaml.Map m)) {
            throw ScenarioException.invalid(source, node.line(), keyPath, node.describe(),
                    "a mapping of parameter paths to values");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        flatten(m, "", keyPath, source, out, lines);
        return out;
    }

    private static void flatten(Yaml.Map m, String prefix, String keyPath, String source, Map<String, Double> out,
                                Map<String, Integer> lines) {
        for (Yaml.Entry e : m.entries()) {
            String path = prefix.isEmpty() ? e.key() : prefix + "." + e.key();
            String shown = keyPath + "." + path;
            if (e.value() instanceof Yaml.Map child) {
                flatten(child, path, keyPath, source, out, lines);
                continue;
            }
            Param p = Params.find(path);
            if (p == null) {
                boolean group = Params.all().stream().anyMatch(q -> q.path().startsWith(path + "."));
                String allowed = group ? "one of its parameters, e.g. " + Params.all().stream()
                        .filter(q -> q.path().startsWith(path + ".")).findFirst().orElseThrow().path()
                        : "a parameter path listed in docs/parameters.md";
                throw new ScenarioException(source, e.line(), shown, path, allowed,
                        path + (group ? " is a group of parameters, not a parameter" : " is not a known parameter")
                                + "; allowed: " + allowed);
            }
            if (lines.containsKey(path)) {
                throw new ScenarioException(source, e.line(), shown, e.value().describe(), "each parameter once",
                        path + " is given twice (first on line " + lines.get(path) + "), here as "
                                + e.value().describe() + "; allowed: each parameter once");
            }
            double v;
            if (!(e.value() instanceof Yaml.Scalar s)) {
                throw ScenarioException.invalid(source, e.value().line(), shown, e.value().describe(), p.allowed());
            } else if (p.type() == Param.Type.FLAG) {
                if (s.kind() != Yaml.Kind.BOOLEAN) {
                    throw ScenarioException.invalid(source, s.line(), shown, s.describe(), p.allowed());
                }
                v = s.text().equalsIgnoreCase("true") ? 1 : 0;
            } else {
                if (!s.isNumber()) {
                    throw ScenarioException.invalid(source, s.line(), shown, s.describe(), p.allowed());
                }
                v = Double.parseDouble(s.text());
                if (p.problem(v) != null) {
                    throw ScenarioException.invalid(source, s.line(), shown, s.describe(), p.allowed());
                }
            }
            lines.put(path, e.line());
            out.put(path, v);
        }
    }

    private static List<Measure> measures(Fields f, String key) {
        List<Measure> out = new ArrayList<>();
        for (Yaml.Node n : f.list(key, "a non-empty list of measures")) {
            if (!(n instanceof Yaml.Scalar s) || s.kind() != Yaml.Kind.STRING) {
                throw f.invalid(n, key, "a measure: " + Measure.ALLOWED);
            }
            try {
                Measure m = Measure.parse(s.text());
                if (out.contains(m)) {
                    throw ScenarioException.invalid(f.source, n.line(), f.path(key), n.describe(), "each measure once");
                }
                out.add(m);
            } catch (IllegalArgumentException e) {
                throw f.invalid(n, key, "one of " + Measure.ALLOWED);
            }
        }
        if (out.size() > 64) {
            throw f.invalid(f.entry(key).value(), key, "at most 64 measures");
        }
        return out;
    }

    private static List<PolicySpec.Variant> variants(Fields f) {
        List<PolicySpec.Variant> out = new ArrayList<>();
        List<Yaml.Node> items = f.list("variants", "a list of at least 2 variants");
        if (items.size() < 2) {
            throw f.invalid(f.entry("variants").value(), "variants", "a list of at least 2 variants");
        }
        for (int i = 0; i < items.size(); i++) {
            Yaml.Node n = items.get(i);
            String at = "variants[" + i + "]";
            if (!(n instanceof Yaml.Map m)) {
                throw ScenarioException.invalid(f.source, n.line(), at, n.describe(),
                        "a mapping with name, description, overrides, against");
            }
            Fields v = new Fields(m, f.source, at, List.of("name", "description", "overrides", "against"));
            String name = v.string("name", NAME, NAME_ALLOWED);
            for (PolicySpec.Variant w : out) {
                if (w.name().equals(name)) {
                    throw ScenarioException.invalid(f.source, v.entry("name").line(), at + ".name", '"' + name + '"',
                            "a name not used by another variant");
                }
            }
            Map<String, Double> ov = v.has("overrides")
                    ? overrides(v.entry("overrides").value(), at + ".overrides", f.source) : Map.of();
            String against = null;
            if (i > 0) {
                against = out.get(0).name();
                if (v.has("against")) {
                    Yaml.Node a = v.entry("against").value();
                    List<String> earlier = out.stream().map(PolicySpec.Variant::name).toList();
                    if (!(a instanceof Yaml.Scalar s) || !earlier.contains(s.text())) {
                        throw ScenarioException.invalid(f.source, a.line(), at + ".against", a.describe(),
                                "the name of a variant listed before it: " + earlier);
                    }
                    against = s.text();
                }
            } else if (v.has("against")) {
                throw ScenarioException.invalid(f.source, v.entry("against").line(), at + ".against",
                        v.entry("against").value().describe(), "absent: the first variant is the reference");
            }
            out.add(new PolicySpec.Variant(name, v.text("description", ""), ov, against));
        }
        return out;
    }

    private static List<Factor> factors(Fields f, boolean grid) {
        List<Factor> out = new ArrayList<>();
        List<Yaml.Node> items = f.list("factors", "a non-empty list of factors");
        for (int i = 0; i < items.size(); i++) {
            Yaml.Node n = items.get(i);
            String at = "factors[" + i + "]";
            if (!(n instanceof Yaml.Map m)) {
                throw ScenarioException.invalid(f.source, n.line(), at, n.describe(),
                        "a mapping with path and values, or path, from, to (and levels for a grid)");
            }
            Fields x = new Fields(m, f.source, at, grid ? List.of("path", "values", "from", "to", "levels")
                    : List.of("path", "from", "to"));
            Yaml.Node pn = x.required("path", "a parameter path listed in docs/parameters.md");
            Param p = pn instanceof Yaml.Scalar s && s.kind() == Yaml.Kind.STRING ? Params.find(s.text()) : null;
            if (p == null) {
                throw ScenarioException.invalid(f.source, pn.line(), at + ".path", pn.describe(),
                        "a parameter path listed in docs/parameters.md");
            }
            for (Factor g : out) {
                if (g.path().equals(p.path())) {
                    throw ScenarioException.invalid(f.source, pn.line(), at + ".path", pn.describe(),
                            "a path not used by another factor");
                }
            }
            try {
                if (grid && x.has("values")) {
                    if (x.has("from") || x.has("to") || x.has("levels")) {
                        throw ScenarioException.invalid(f.source, x.entry("values").line(), at + ".values", "values",
                                "either values, or from, to and levels");
                    }
                    List<Double> vals = new ArrayList<>();
                    for (Yaml.Node vn : x.list("values", "a non-empty list of " + p.allowed())) {
                        vals.add(value(x, vn, "values", p));
                    }
                    out.add(Factor.levels(p.path(), vals));
                } else {
                    double from = value(x, x.required("from", p.allowed()), "from", p);
                    double to = value(x, x.required("to", p.allowed()), "to", p);
                    if (!(from < to) && !(grid && from == to)) {
                        throw ScenarioException.invalid(f.source, x.entry("to").line(), at + ".to",
                                Fields.fmt(to), "greater than from (" + Fields.fmt(from) + ")");
                    }
                    if (grid) {
                        int levels = (int) x.integer("levels", 1, 1000);
                        out.add(Factor.evenly(p.path(), from, to, levels));
                    } else {
                        out.add(Factor.range(p.path(), from, to));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(f.source, n.line(), at, p.path(), "a valid factor", e.getMessage(), e);
            }
        }
        return out;
    }

    private static double value(Fields x, Yaml.Node n, String key, Param p) {
        if (n instanceof Yaml.Scalar s) {
            if (p.type() == Param.Type.FLAG && s.kind() == Yaml.Kind.BOOLEAN) {
                return s.text().equalsIgnoreCase("true") ? 1 : 0;
            }
            if (s.isNumber()) {
                double v = Double.parseDouble(s.text());
                if (p.problem(v) == null) {
                    return v;
                }
            }
        }
        throw x.invalid(n, key, p.allowed() + " (" + p.path() + ")");
    }

    private static PolicySpec sweep(Fields f, String name, String description, Scenario base, List<Measure> measures,
                                    long seed, int threads, double level) {
        Fields d = f.nested("design", List.of("type", "points"));
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
        List<Factor> factors = factors(f, grid);
        long runs = f.integer("runs", 1, Integer.MAX_VALUE);
        List<String> series = List.of();
        List<Measure> seriesMeasures = measures;
        List<String> heat = null;
        if (f.has("charts")) {
            Fields c = f.nested("charts", List.of("series", "seriesMeasures", "heatMap"));
            List<String> paths = PolicySpec.paths(factors);
            if ((c.has("series") || c.has("heatMap")) && !grid) {
                throw c.invalid(c.map, "", "no series or heat map charts for a " + type + " design (they need a grid)");
            }
            if (c.has("series")) {
                series = c.strings("series", "a list of factor paths " + paths);
                for (String s : series) {
                    if (!paths.contains(s)) {
                        throw c.invalid(c.entry("series").value(), "series", "factor paths among " + paths);
                    }
                }
            }
            if (c.has("seriesMeasures")) {
                seriesMeasures = measures(c, "seriesMeasures");
                for (Measure m : seriesMeasures) {
                    if (!measures.contains(m)) {
                        throw c.invalid(c.entry("seriesMeasures").value(), "seriesMeasures", "measures among " + measures);
                    }
                }
            }
            if (c.has("heatMap")) {
                Fields h = c.nested("heatMap", List.of("x", "y", "measure"));
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
        PolicySpec.SweepSpec spec = new PolicySpec.SweepSpec(name, description, f.source,
                base, factors, design, measures, runs, seed, threads, level, series, seriesMeasures, heat);
        if (heat != null) {
            for (Factor fa : factors) {
                if (!heat.subList(0, 2).contains(fa.path()) && fa.levels().size() > 1) {
                    throw ScenarioException.invalid(f.source, f.entry("charts").line(), "charts.heatMap",
                            fa.path() + " with " + fa.levels().size() + " levels",
                            "a grid whose other factors have one level each");
                }
            }
        }
        return spec;
    }

    private static PolicySpec sensitivity(Fields f, String name, String description, Scenario base,
                                          List<Measure> measures, long seed, int threads, double level) {
        List<Factor> factors = factors(f, false);
        if (factors.size() < 2 || factors.size() > 32) {
            throw f.invalid(f.entry("factors").value(), "factors", "a list of 2 to 32 factors");
        }
        int samples = (int) f.integer("samples", 2, 65536);
        long runsPerPoint = f.integer("runsPerPoint", 1, Integer.MAX_VALUE);
        int bootstrap = f.has("bootstrap") ? (int) f.integer("bootstrap", 0, 100_000) : 1000;
        return new PolicySpec.SensitivitySpec(name, description, f.source, base, factors, samples, runsPerPoint,
                bootstrap, measures, seed, threads, level);
    }
}
