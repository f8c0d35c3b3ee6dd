package org.offramp.design.explore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.offramp.design.calibration.Target;
import org.offramp.model.Model;
import org.offramp.model.Param;
import org.offramp.model.Scenario;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Overrides;
import org.offramp.scenario.ScenarioException;
import org.offramp.scenario.ScenarioLoader;
import org.offramp.scenario.YamlFields;
import org.offramp.scenario.YamlNode;
import org.offramp.scenario.YamlReader;

/**
 * Loads a calibration file ({@code kind: calibrate}; see docs/discovery.md): the model, the base
 * scenario, the parameters to fit with their prior ranges, the targets (a statistic of the runs,
 * {@link Statistic}, with an observed value and its standard deviation), the method and its budget,
 * the runs per simulation and the master seed. Anything it cannot accept is refused before any run
 * with a {@link ScenarioException} naming file, line, key path, value and what is allowed.
 *
 * <pre>{@code
 * CalibrationSpec spec = CalibrationSpecLoader.load(Path.of("experiments/calibrate-tanker.yaml"));
 * }</pre>
 *
 * <p>Stateless; safe to call from several threads.
 */
public final class CalibrationSpecLoader {
    /** The kind of a calibration file. */
    public static final String KIND = "calibrate";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String NAME_ALLOWED = "a name matching [a-z0-9][a-z0-9-]*";
    private static final Pattern TARGET_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final List<String> KEYS = List.of("model", "experiment", "kind", "description", "scenario",
            "overrides", "seed", "threads", "method", "runs", "parameters", "targets", "abc", "msm");

    private CalibrationSpecLoader() {
    }

    /**
     * Loads a file; a relative scenario path is resolved against the file's folder.
     *
     * @param file the file, at most 1 MiB
     * @return the checked calibration
     * @throws ScenarioException when the file cannot be read or is not a valid calibration
     */
    public static CalibrationSpec load(Path file) {
        Path normal = Objects.requireNonNull(file, "file").normalize();
        String text = YamlReader.readFile(normal, normal.toString(), -1, "", "a calibration file (YAML)");
        Path parent = normal.getParent();
        return load(text, normal.toString(), parent == null ? Path.of("") : parent);
    }

    /**
     * Loads the text of a calibration file.
     *
     * @param yaml          the text
     * @param source        the name used in error messages
     * @param baseDirectory the folder against which a relative scenario path is resolved
     * @return the checked calibration
     * @throws ScenarioException when the text is not a valid calibration
     */
    public static CalibrationSpec load(String yaml, String source, Path baseDirectory) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        YamlNode.Mapping root = YamlReader.readMapping(yaml, source);
        checkKind(root, source);
        YamlFields f = new YamlFields(root, source, "", KEYS);
        Model<?> model = ScenarioLoader.modelOf(f);
        String name = f.string("experiment", NAME, NAME_ALLOWED);
        String description = f.text("description", "");
        Scenario base = ExploreFiles.scenario(f, baseDirectory, model);
        String ref = ((YamlNode.Scalar) f.entry("scenario").value()).text();
        boolean embedded = model.scenarios().contains(ref);
        Map<String, Double> overrides = Map.of();
        if (f.has("overrides")) {
            Overrides o = Overrides.read(model.parameters(), f.entry("overrides").value(), "overrides", source);
            overrides = o.values();
            base = o.applyTo(base);
        }
        long seed = f.int64("seed");
        int threads = f.has("threads") ? (int) f.integer("threads", 0, Limits.MAX_THREADS) : 0;
        CalibrationSpec.Method method = CalibrationSpec.Method.ABC;
        if (f.has("method")) {
            YamlNode n = f.entry("method").value();
            if (!(n instanceof YamlNode.Scalar s) || !s.isString() || !(s.text().equals("abc") || s.text().equals("msm"))) {
                throw f.invalid(n, "method", "abc or msm");
            }
            method = s.text().equals("abc") ? CalibrationSpec.Method.ABC : CalibrationSpec.Method.MSM;
        }
        int runs = (int) f.integer("runs", 1, CalibrationSpec.MAX_RUNS);
        List<CalibrationSpec.FitParameter> parameters = parameters(f, model, method);
        List<CalibrationSpec.FitTarget> targets = targets(f, model);
        CalibrationSpec.AbcBudget abc = CalibrationSpec.AbcBudget.defaults();
        if (f.has("abc")) {
            if (method != CalibrationSpec.Method.ABC) {
                throw f.invalid(f.entry("abc").value(), "abc", "absent with method msm (its budget is under msm)");
            }
            abc = abc(f.nested("abc", List.of("particles", "generations", "quantile", "minTolerance",
                    "minAcceptanceRate", "maxAttempts")), abc);
        }
        CalibrationSpec.MsmBudget msm = CalibrationSpec.MsmBudget.defaults();
        if (f.has("msm")) {
            if (method != CalibrationSpec.Method.MSM) {
                throw f.invalid(f.entry("msm").value(), "msm", "absent with method abc (its budget is under abc)");
            }
            YamlFields m = f.nested("msm", List.of("replications", "evaluations", "sigma"));
            msm = new CalibrationSpec.MsmBudget(
                    m.has("replications") ? (int) m.integer("replications", 1, 100_000) : msm.replications(),
                    m.has("evaluations") ? (int) m.integer("evaluations", 10, 1_000_000) : msm.evaluations(),
                    m.has("sigma") ? m.number(m.entry("sigma").value(), "sigma", 0, 1, true, false) : msm.sigma());
        }
        return new CalibrationSpec(name, description, source, ref, embedded, overrides, base, parameters, targets,
                method, runs, seed, threads, abc, msm);
    }

    private static void checkKind(YamlNode.Mapping root, String source) {
        for (YamlNode.Entry e : root.entries()) {
            if (e.key().equals("kind")) {
                if (e.value() instanceof YamlNode.Scalar s && s.isString() && s.text().equals(KIND)) {
                    return;
                }
                throw ScenarioException.invalid(source, e.line(), "kind", e.value().describe(), KIND);
            }
        }
        throw new ScenarioException(source, root.line(), "kind", "missing", KIND,
                "kind is required, but is missing; allowed: " + KIND);
    }

    private static List<CalibrationSpec.FitParameter> parameters(YamlFields f, Model<?> model,
                                                                 CalibrationSpec.Method method) {
        List<CalibrationSpec.FitParameter> out = new ArrayList<>();
        List<YamlNode> items = f.list("parameters", "a non-empty list of parameters, each with path, from and to");
        for (int i = 0; i < items.size(); i++) {
            YamlNode n = items.get(i);
            String at = "parameters[" + i + "]";
            if (!(n instanceof YamlNode.Mapping m)) {
                throw ScenarioException.invalid(f.source(), n.line(), at, n.describe(),
                        "a mapping with path, from, to (and truth)");
            }
            YamlFields x = new YamlFields(m, f.source(), at, List.of("path", "from", "to", "truth"));
            Param p = ExploreFiles.param(x, model.parameters());
            YamlNode pn = x.entry("path").value();
            for (CalibrationSpec.FitParameter g : out) {
                if (g.param() == p) {
                    throw ScenarioException.invalid(f.source(), pn.line(), at + ".path", pn.describe(),
                            "a path not used by another parameter");
                }
            }
            if (method == CalibrationSpec.Method.MSM && p.type() != Param.Type.REAL) {
                throw ScenarioException.invalid(f.source(), pn.line(), at + ".path", pn.describe(),
                        "a REAL parameter with method msm (" + p.path() + " is " + p.type() + "; use method abc)");
            }
            double from;
            double to;
            if (p.type() == Param.Type.FLAG && !x.has("from") && !x.has("to")) {
                from = 0;
                to = 1;
            } else {
                from = ExploreFiles.value(x, x.required("from", p.allowed()), "from", p);
                to = ExploreFiles.value(x, x.required("to", p.allowed()), "to", p);
                if (!(from < to)) {
                    throw ScenarioException.invalid(f.source(), x.entry("to").line(), at + ".to", YamlFields.format(to),
                            "greater than from (" + YamlFields.format(from) + ")");
                }
                if (p.type() == Param.Type.FLAG && (from != 0 || to != 1)) {
                    throw ScenarioException.invalid(f.source(), x.entry("from").line(), at + ".from",
                            YamlFields.format(from), "false (a flag's prior is false or true)");
                }
            }
            double truth = Double.NaN;
            if (x.has("truth")) {
                YamlNode t = x.entry("truth").value();
                truth = ExploreFiles.value(x, t, "truth", p);
                if (!(truth >= from && truth <= to)) {
                    throw x.invalid(t, "truth", "a value in the prior [" + YamlFields.format(from) + ", "
                            + YamlFields.format(to) + "]");
                }
            }
            out.add(new CalibrationSpec.FitParameter(p, from, to, truth));
        }
        return out;
    }

    private static List<CalibrationSpec.FitTarget> targets(YamlFields f, Model<?> model) {
        List<CalibrationSpec.FitTarget> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<YamlNode> items = f.list("targets", "a non-empty list of targets, each with name, statistic, value and sd");
        for (int i = 0; i < items.size(); i++) {
            YamlNode n = items.get(i);
            String at = "targets[" + i + "]";
            if (!(n instanceof YamlNode.Mapping m)) {
                throw ScenarioException.invalid(f.source(), n.line(), at, n.describe(),
                        "a mapping with name, statistic, value, sd (and description)");
            }
            YamlFields x = new YamlFields(m, f.source(), at,
                    List.of("name", "statistic", "value", "sd", "description"));
            String name = x.string("name", TARGET_NAME, "a name matching [A-Za-z][A-Za-z0-9_.-]*");
            if (!names.add(name)) {
                throw x.invalid(x.entry("name").value(), "name", "a name not used by another target");
            }
            String allowed = "share(MEASURE) or mean(METRIC) of model " + model.name();
            YamlNode sn = x.required("statistic", allowed);
            if (!(sn instanceof YamlNode.Scalar s) || !s.isString()) {
                throw x.invalid(sn, "statistic", allowed);
            }
            Statistic statistic;
            try {
                statistic = Statistic.parse(model.record(), s.text());
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(f.source(), sn.line(), x.path("statistic"), sn.describe(), allowed,
                        x.path("statistic") + ": " + e.getMessage(), e);
            }
            double value = x.number(x.required("value", "a finite number"), "value", -Double.MAX_VALUE,
                    Double.MAX_VALUE, false, false);
            double sd = x.number(x.required("sd", "a number > 0"), "sd", 0, Double.MAX_VALUE, true, false);
            out.add(new CalibrationSpec.FitTarget(new Target(name, value, sd, x.text("description", "")), statistic));
        }
        return out;
    }

    private static CalibrationSpec.AbcBudget abc(YamlFields a, CalibrationSpec.AbcBudget d) {
        return new CalibrationSpec.AbcBudget(
                a.has("particles") ? (int) a.integer("particles", 10, 1_000_000) : d.particles(),
                a.has("generations") ? (int) a.integer("generations", 0, 1000) : d.generations(),
                a.has("quantile") ? a.number(a.entry("quantile").value(), "quantile", 0, 1, true, true) : d.quantile(),
                a.has("minTolerance") ? a.number(a.entry("minTolerance").value(), "minTolerance", 0, Double.MAX_VALUE,
                        false, false) : d.minTolerance(),
                a.has("minAcceptanceRate") ? a.number(a.entry("minAcceptanceRate").value(), "minAcceptanceRate", 0, 1,
                        false, false) : d.minAcceptanceRate(),
                a.has("maxAttempts") ? (int) a.integer("maxAttempts", 1, 10_000_000) : d.maxAttempts());
    }
}
