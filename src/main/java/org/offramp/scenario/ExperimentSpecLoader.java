package org.offramp.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.model.Model;
import org.offramp.model.Scenario;
import org.offramp.stats.PrecisionTarget;

/**
 * Loads an {@link ExperimentSpec} from a YAML experiment file and refuses, before any run,
 * anything it cannot accept, with a {@link ScenarioException} naming file, line, key path, value
 * and what is allowed.
 *
 * <pre>
 * model: standoff               # optional: an installed model; default: the default model
 * experiment: baseline          # required name, [a-z0-9][a-z0-9-]*
 * description: "..."            # optional
 * scenario: baseline            # required: an embedded name of the model, or a path relative to this file
 * overrides:                    # optional; nested maps, dotted keys, or both
 *   washington.restraint: 0.9
 * runs: 10000                   # either runs, in [1, 2147483647] ...
 * precision:                    # ... or a precision target (exactly one of the two)
 *   halfWidth: 0.005            #   absolute, in (0, 0.5); or relative to each share: 10% (P% with P in (0, 100))
 *   floor: 0.01                 #   relative only, optional, in (0, 1): shares whose upper bound is below it are exempt
 *   maxRuns: 1000000            #   optional, in [1, 2147483647]; default 1000000
 * seed: 20190517                # required master seed, any 64-bit integer
 * threads: 0                    # optional, in [0, 1024]; 0 (the default) = all cores
 * outputs:                      # optional
 *   charts: true                #   default true
 *   stories: 3                  #   story samples per outcome, in [0, 100]; default 3
 * </pre>
 *
 * <p>Stateless; safe to call from several threads.
 */
public final class ExperimentSpecLoader {
    private static final List<String> KEYS = List.of("model", "experiment", "description", "scenario", "overrides",
            "runs", "precision", "seed", "threads", "outputs");

    private ExperimentSpecLoader() {
    }

    /**
     * Loads an experiment file; a relative scenario path is resolved against the file's folder.
     *
     * @param file the experiment file, at most 1 MiB
     * @return the checked spec
     * @throws ScenarioException when the file cannot be read or is not a valid experiment
     */
    public static ExperimentSpec load(Path file) {
        Path normal = Objects.requireNonNull(file, "file").normalize();
        String source = normal.toString();
        String text = YamlReader.readFile(normal, source, -1, "", "an experiment file (YAML)");
        Path parent = normal.getParent();
        return load(text, source, parent == null ? Path.of("") : parent);
    }

    /**
     * Loads an experiment from YAML text.
     *
     * @param yaml          the text
     * @param source        the name to use in error messages
     * @param baseDirectory the folder against which a relative scenario path is resolved
     * @return the checked spec
     * @throws ScenarioException when the text is not a valid experiment
     */
    public static ExperimentSpec load(String yaml, String source, Path baseDirectory) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        YamlNode.Mapping root = YamlReader.readMapping(yaml, source);
        YamlFields f = new YamlFields(root, source, "", KEYS);
        Model<?> model = ScenarioLoader.modelOf(f);
        String name = f.string("experiment", ScenarioLoader.NAME, ScenarioLoader.NAME_ALLOWED);
        String description = f.text("description", "");
        YamlNode refNode = f.required("scenario", "an embedded scenario name or a path to a scenario file");
        if (!(refNode instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.STRING || s.text().isBlank()) {
            throw ScenarioException.invalid(source, refNode.line(), "scenario", refNode.describe(),
                    "an embedded scenario name or a path to a scenario file");
        }
        String ref = s.text();
        ParameterAssignments overrides = f.has("overrides")
                ? ParameterAssignments.read(f.entry("overrides").value(), "overrides", source,
                        ParamIndex.of(model.parameters()))
                : ParameterAssignments.none();
        ExperimentSpec.Budget budget = budget(f, source, root.line());
        long seed = f.int64("seed");
        int threads = f.has("threads") ? (int) f.integer("threads", 0, Limits.MAX_THREADS) : 0;
        ExperimentSpec.Outputs outputs = outputs(f, source);

        Map<String, String> chain = new LinkedHashMap<>();
        chain.put("experiment:" + source, source);
        Scenario base = ScenarioLoader.resolve(model, ref, source, baseDirectory, refNode.line(), "scenario", chain);
        return new ExperimentSpec(name, description, ref, overrides.applyTo(base), overrides.values(), budget,
                seed, threads, outputs, source);
    }

    private static ExperimentSpec.Budget budget(YamlFields f, String source, int rootLine) {
        boolean runs = f.has("runs");
        boolean precision = f.has("precision");
        String allowed = "exactly one of runs or precision";
        if (runs && precision) {
            int line = Math.max(f.entry("runs").line(), f.entry("precision").line());
            throw new ScenarioException(source, line, "runs", "runs and precision", allowed,
                    "runs and precision are both given; allowed: " + allowed);
        }
        if (runs) {
            return new ExperimentSpec.Runs(f.integer("runs", 1, Limits.MAX_RUNS));
        }
        if (!precision) {
            throw new ScenarioException(source, rootLine, "runs", "missing", allowed,
                    "runs or precision is required, but both are missing; allowed: " + allowed);
        }
        YamlFields p = f.nested("precision", List.of("halfWidth", "maxRuns", "floor"));
        PrecisionTarget target = precisionTarget(p, source);
        long maxRuns = p.has("maxRuns") ? p.integer("maxRuns", 1, Limits.MAX_RUNS)
                : ExperimentSpec.DEFAULT_MAX_RUNS;
        return new ExperimentSpec.Precision(target, maxRuns);
    }

    /** What {@code precision.halfWidth} may be. */
    private static final String HALF_WIDTH_ALLOWED = "a number in (0, 0.5) (an absolute half-width) or a percentage"
            + " P% with P in (0, 100), such as 10% (a half-width relative to each share)";

    /** {@code halfWidth}: a number (absolute) or a percentage string (relative, with an optional floor). */
    private static PrecisionTarget precisionTarget(YamlFields p, String source) {
        YamlNode node = p.required("halfWidth", HALF_WIDTH_ALLOWED);
        PrecisionTarget target = null;
        if (node instanceof YamlNode.Scalar s && s.isNumber() && s.real() > 0 && s.real() < 0.5) {
            target = PrecisionTarget.absolute(s.real());
        } else if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.STRING
                && s.text().strip().endsWith("%")) {
            double floor = p.has("floor") ? p.number(p.entry("floor").value(), "floor", 0, 1, true, true)
                    : PrecisionTarget.DEFAULT_FLOOR;
            try {
                target = PrecisionTarget.parse(s.text(), floor);
            } catch (IllegalArgumentException notAPercentage) {
                target = null;
            }
        }
        if (target == null) {
            throw ScenarioException.invalid(source, node.line(), "precision.halfWidth", node.describe(),
                    HALF_WIDTH_ALLOWED);
        }
        if (!target.relative() && p.has("floor")) {
            YamlNode.Entry floor = p.entry("floor");
            throw ScenarioException.invalid(source, floor.line(), "precision.floor", floor.value().describe(),
                    "absent with an absolute halfWidth (a floor goes with a relative one, such as halfWidth: 10%)");
        }
        return target;
    }

    private static ExperimentSpec.Outputs outputs(YamlFields f, String source) {
        if (!f.has("outputs")) {
            return ExperimentSpec.Outputs.DEFAULT;
        }
        YamlFields o = f.nested("outputs", List.of("charts", "stories"));
        boolean charts = o.has("charts") ? o.bool("charts") : ExperimentSpec.Outputs.DEFAULT.charts();
        int stories = o.has("stories") ? (int) o.integer("stories", 0, ExperimentSpec.MAX_STORIES)
                : ExperimentSpec.Outputs.DEFAULT.stories();
        return new ExperimentSpec.Outputs(charts, stories);
    }
}
