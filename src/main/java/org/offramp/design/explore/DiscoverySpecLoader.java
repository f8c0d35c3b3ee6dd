package org.offramp.design.explore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.offramp.design.Factor;
import org.offramp.design.Measure;
import org.offramp.design.PolicySpec;
import org.offramp.design.PolicySpecLoader;
import org.offramp.model.Model;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.RecordSchema;
import org.offramp.model.Scenario;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Overrides;
import org.offramp.scenario.ScenarioException;
import org.offramp.scenario.YamlFields;
import org.offramp.scenario.YamlNode;
import org.offramp.scenario.YamlReader;

/**
 * Loads the file of a scenario discovery: a {@code kind: discover} file (see docs/discovery.md), or a
 * {@code kind: sweep} or {@code kind: sensitivity} file, whose base scenario, factors (as ranges),
 * measures and master seed a discovery takes, with a Latin hypercube of
 * {@value DiscoverySpec#DEFAULT_POINTS} points and {@value DiscoverySpec#DEFAULT_RUNS} runs per point.
 * Anything it cannot accept is refused before any run with a {@link ScenarioException} naming file,
 * line, key path, value and what is allowed.
 *
 * <pre>{@code
 * DiscoverySpec spec = DiscoverySpecLoader.load(Path.of("experiments/discover-war.yaml"));
 * }</pre>
 *
 * <p>Stateless; safe to call from several threads.
 */
public final class DiscoverySpecLoader {
    /** The kind of a discovery file. */
    public static final String KIND = "discover";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String NAME_ALLOWED = "a name matching [a-z0-9][a-z0-9-]*";
    private static final List<String> KEYS = List.of("model", "experiment", "kind", "description", "scenario",
            "overrides", "seed", "threads", "measures", "measure", "points", "runs", "seeds", "factors", "prim", "cart",
            "rsa");
    private static final List<String> PRIM_KEYS = List.of("peelAlpha", "pasteAlpha", "massMin", "density", "box",
            "boxes", "resamples");

    private DiscoverySpecLoader() {
    }

    /**
     * Loads a discovery, sweep or sensitivity file; a relative scenario path is resolved against the
     * file's folder.
     *
     * @param file the file, at most 1 MiB
     * @return the checked discovery
     * @throws ScenarioException when the file cannot be read, is of another kind or is invalid
     */
    public static DiscoverySpec load(Path file) {
        Path normal = Objects.requireNonNull(file, "file").normalize();
        Optional<String> kind = PolicySpecLoader.kindOf(normal);
        if (kind.isPresent() && (kind.get().equals("sweep") || kind.get().equals("sensitivity"))) {
            return fromPolicy(PolicySpecLoader.load(normal));
        }
        String text = YamlReader.readFile(normal, normal.toString(), -1, "", "a discovery file (YAML)");
        Path parent = normal.getParent();
        return load(text, normal.toString(), parent == null ? Path.of("") : parent);
    }

    /**
     * Loads the text of a {@code kind: discover} file.
     *
     * @param yaml          the text
     * @param source        the name used in error messages
     * @param baseDirectory the folder against which a relative scenario path is resolved
     * @return the checked discovery
     * @throws ScenarioException when the text is not a valid discovery
     */
    public static DiscoverySpec load(String yaml, String source, Path baseDirectory) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        YamlNode.Mapping root = YamlReader.readMapping(yaml, source);
        checkKind(root, source);
        YamlFields f = new YamlFields(root, source, "", KEYS);
        Model<?> model = org.offramp.scenario.ScenarioLoader.modelOf(f);
        String name = f.string("experiment", NAME, NAME_ALLOWED);
        String description = f.text("description", "");
        Scenario base = ExploreFiles.scenario(f, baseDirectory, model);
        if (f.has("overrides")) {
            base = Overrides.read(model.parameters(), f.entry("overrides").value(), "overrides", source).applyTo(base);
        }
        long seed = f.int64("seed");
        int threads = f.has("threads") ? (int) f.integer("threads", 0, Limits.MAX_THREADS) : 0;
        RecordSchema<?> schema = model.record();
        List<Measure> measures = f.has("measures") ? ExploreFiles.measures(f, "measures", schema)
                : Measure.endings(schema);
        Measure measure = measures.get(0);
        if (f.has("measure")) {
            YamlNode n = f.entry("measure").value();
            measure = ExploreFiles.measure(f, n, "measure", schema);
            if (!measures.contains(measure)) {
                if (f.has("measures")) {
                    throw ScenarioException.invalid(source, n.line(), "measure", n.describe(),
                            "one of the recorded measures " + measures.stream().map(Measure::name).toList());
                }
                measures = List.of(measure);
            }
        }
        int points = (int) f.integer("points", 1, DiscoverySpec.MAX_POINTS);
        int runs = (int) f.integer("runs", 1, DiscoverySpec.MAX_RUNS);
        if ((long) points * runs > DesignRuns.MAX_ROWS) {
            throw f.invalid(f.entry("runs").value(), "runs", "at most " + DesignRuns.MAX_ROWS / points
                    + " with " + points + " points (points x runs at most " + DesignRuns.MAX_ROWS + ")");
        }
        DesignRuns.Seeding seeding = DesignRuns.Seeding.INDEPENDENT;
        if (f.has("seeds")) {
            YamlNode n = f.entry("seeds").value();
            String allowed = "independent or common";
            if (!(n instanceof YamlNode.Scalar s) || !s.isString()
                    || !(s.text().equals("independent") || s.text().equals("common"))) {
                throw f.invalid(n, "seeds", allowed);
            }
            seeding = s.text().equals("common") ? DesignRuns.Seeding.COMMON : DesignRuns.Seeding.INDEPENDENT;
        }
        List<Factor> factors = factors(f, model.parameters());
        DiscoveryOptions options = options(f);
        return new DiscoverySpec(name, description, source, KIND, base, factors, measures, measure, points, runs, seed,
                seeding, threads, options);
    }

    /**
     * The discovery a sweep or sensitivity file implies: its base scenario, its factors as ranges (a
     * grid factor spans its levels), its measures (the first analysed), its master seed and threads,
     * a Latin hypercube of {@value DiscoverySpec#DEFAULT_POINTS} points with
     * {@value DiscoverySpec#DEFAULT_RUNS} independent runs each, and the default options. Its name is
     * the file's with {@code -discovery} appended.
     *
     * @param spec a sweep or sensitivity file
     * @return the discovery
     * @throws IllegalArgumentException for a comparison, which has no factors
     */
    public static DiscoverySpec fromPolicy(PolicySpec spec) {
        Objects.requireNonNull(spec, "spec");
        List<Factor> factors;
        List<Measure> measures;
        if (spec instanceof PolicySpec.SweepSpec s) {
            factors = s.factors();
            measures = s.measures();
        } else if (spec instanceof PolicySpec.SensitivitySpec g) {
            factors = g.factors();
            measures = g.measures();
        } else {
            throw new IllegalArgumentException(spec.source() + " is a kind: " + spec.kind() + " file, which has no"
                    + " factors; allowed: a kind: discover, sweep or sensitivity file");
        }
        List<Factor> ranges = new ArrayList<>();
        for (Factor f : factors) {
            ranges.add(Factor.range(f.param(), f.lower(), f.upper()));
        }
        return new DiscoverySpec(spec.name() + "-discovery", spec.description(), spec.source(), spec.kind(),
                spec.base(), ranges, measures, measures.get(0), DiscoverySpec.DEFAULT_POINTS, DiscoverySpec.DEFAULT_RUNS,
                spec.seed(), DesignRuns.Seeding.INDEPENDENT, spec.threads(), DiscoveryOptions.defaults());
    }

    private static void checkKind(YamlNode.Mapping root, String source) {
        String allowed = KIND + " (or a kind: sweep or sensitivity file, whose factors are used)";
        for (YamlNode.Entry e : root.entries()) {
            if (e.key().equals("kind")) {
                if (e.value() instanceof YamlNode.Scalar s && s.isString() && s.text().equals(KIND)) {
                    return;
                }
                throw ScenarioException.invalid(source, e.line(), "kind", e.value().describe(), allowed);
            }
        }
        throw new ScenarioException(source, root.line(), "kind", "missing", allowed,
                "kind is required, but is missing; allowed: " + allowed);
    }

    private static List<Factor> factors(YamlFields f, Parameters registry) {
        List<Factor> out = new ArrayList<>();
        List<YamlNode> items = f.list("factors", "a non-empty list of factors, each with path, from and to");
        for (int i = 0; i < items.size(); i++) {
            YamlNode n = items.get(i);
            String at = "factors[" + i + "]";
            if (!(n instanceof YamlNode.Mapping m)) {
                throw ScenarioException.invalid(f.source(), n.line(), at, n.describe(), "a mapping with path, from, to");
            }
            YamlFields x = new YamlFields(m, f.source(), at, List.of("path", "from", "to"));
            Param p = ExploreFiles.param(x, registry);
            for (Factor g : out) {
                if (g.path().equals(p.path())) {
                    YamlNode pn = x.entry("path").value();
                    throw ScenarioException.invalid(f.source(), pn.line(), at + ".path", pn.describe(),
                            "a path not used by another factor");
                }
            }
            double from = ExploreFiles.value(x, x.required("from", p.allowed()), "from", p);
            double to = ExploreFiles.value(x, x.required("to", p.allowed()), "to", p);
            if (!(from < to)) {
                throw ScenarioException.invalid(f.source(), x.entry("to").line(), at + ".to", YamlFields.format(to),
                        "greater than from (" + YamlFields.format(from) + ")");
            }
            out.add(Factor.range(p, from, to));
        }
        return out;
    }

    private static DiscoveryOptions options(YamlFields f) {
        DiscoveryOptions o = DiscoveryOptions.defaults();
        if (f.has("prim")) {
            YamlFields p = f.nested("prim", PRIM_KEYS);
            if (p.has("peelAlpha")) {
                o = o.withPeelAlpha(p.number(p.entry("peelAlpha").value(), "peelAlpha", 0, 0.5, true, true));
            }
            if (p.has("pasteAlpha")) {
                o = o.withPasteAlpha(p.number(p.entry("pasteAlpha").value(), "pasteAlpha", 0, 0.5, true, true));
            }
            if (p.has("massMin")) {
                o = o.withMassMin(p.number(p.entry("massMin").value(), "massMin", 0, 1, false, true));
            }
            if (p.has("density")) {
                o = o.withDensity(p.number(p.entry("density").value(), "density", 0, 1, false, false));
            }
            if (p.has("box")) {
                YamlNode n = p.entry("box").value();
                if (n instanceof YamlNode.Scalar s && s.isString() && s.text().equals("last")) {
                    o = o.withBox(DiscoveryOptions.BoxChoice.last());
                } else if (n instanceof YamlNode.Scalar s && s.isString() && s.text().equals("density")) {
                    o = o.withBox(DiscoveryOptions.BoxChoice.byDensity());
                } else if (n instanceof YamlNode.Scalar s && s.isNumber()) {
                    o = o.withBox(DiscoveryOptions.BoxChoice.at((int) p.integer(n, "box", 0, 100_000)));
                } else {
                    throw p.invalid(n, "box", "density, last or a box index (a whole number >= 0)");
                }
            }
            if (p.has("boxes")) {
                o = o.withBoxes((int) p.integer("boxes", 1, 20));
            }
            if (p.has("resamples")) {
                o = o.withResamples((int) p.integer("resamples", 0, 1000));
            }
        }
        if (f.has("cart")) {
            YamlNode n = f.entry("cart").value();
            if (n instanceof YamlNode.Mapping) {
                YamlFields c = f.nested("cart", List.of("maxDepth", "minLeafShare"));
                int depth = c.has("maxDepth") ? (int) c.integer("maxDepth", 1, 10) : o.cartMaxDepth();
                double share = c.has("minLeafShare")
                        ? c.number(c.entry("minLeafShare").value(), "minLeafShare", 0, 0.5, false, false)
                        : o.cartMinLeafShare();
                o = o.withCart(true).withCartShape(depth, share);
            } else if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
                o = o.withCart(s.bool());
            } else {
                throw f.invalid(n, "cart", "true, false or a mapping with maxDepth, minLeafShare");
            }
        }
        if (f.has("rsa")) {
            o = o.withRsa(f.bool("rsa"));
        }
        return o;
    }
}
