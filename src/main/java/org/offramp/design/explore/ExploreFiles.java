package org.offramp.design.explore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.offramp.design.Measure;
import org.offramp.model.Model;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.RecordSchema;
import org.offramp.model.Scenario;
import org.offramp.scenario.ScenarioException;
import org.offramp.scenario.ScenarioLoader;
import org.offramp.scenario.YamlFields;
import org.offramp.scenario.YamlNode;

/**
 * The keys the discovery and calibration files share with the policy experiment files, read the
 * same way: the base scenario, measures, a parameter path and a parameter's value. Stateless.
 */
final class ExploreFiles {
    private ExploreFiles() {
    }

    /** The {@code scenario} key: an embedded scenario of the model, or a scenario file relative to the file's folder. */
    static Scenario scenario(YamlFields f, Path baseDirectory, Model<?> model) {
        String allowed = "an embedded scenario name or a path to a scenario file";
        YamlNode n = f.required("scenario", allowed);
        if (!(n instanceof YamlNode.Scalar s) || !s.isString() || s.text().isBlank()) {
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

    /** A non-empty list of distinct measures of the model, at most 64. */
    static List<Measure> measures(YamlFields f, String key, RecordSchema<?> schema) {
        List<Measure> out = new ArrayList<>();
        for (YamlNode n : f.list(key, "a non-empty list of measures")) {
            Measure m = measure(f, n, key, schema);
            if (out.contains(m)) {
                throw ScenarioException.invalid(f.source(), n.line(), f.path(key), n.describe(), "each measure once");
            }
            out.add(m);
        }
        if (out.size() > 64) {
            throw f.invalid(f.entry(key).value(), key, "at most 64 measures");
        }
        return out;
    }

    /** One measure of the model. */
    static Measure measure(YamlFields f, YamlNode n, String key, RecordSchema<?> schema) {
        if (n instanceof YamlNode.Scalar s && s.isString()) {
            try {
                return Measure.parse(schema, s.text());
            } catch (IllegalArgumentException e) {
                // refused below, with the allowed forms
            }
        }
        throw f.invalid(n, key, "a measure: " + Measure.allowed(schema));
    }

    /** The {@code path} key of a factor or parameter: a parameter of the registry. */
    static Param param(YamlFields x, Parameters registry) {
        String known = "a parameter path that 'offramp params --model " + registry.owner() + "' lists";
        YamlNode pn = x.required("path", known);
        Param p = pn instanceof YamlNode.Scalar s && s.isString() ? registry.find(s.text()) : null;
        if (p == null) {
            throw x.invalid(pn, "path", known);
        }
        return p;
    }

    /** A value of a parameter: a number in its range, or true/false for a flag. */
    static double value(YamlFields x, YamlNode n, String key, Param p) {
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
}
