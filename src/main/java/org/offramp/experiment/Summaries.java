package org.offramp.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.offramp.experiment.aggregate.DayHistogram;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.experiment.aggregate.RunSample;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.MetricKind;
import org.offramp.model.RecordSchema;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;
import org.offramp.stats.PrecisionTarget;

/**
 * Builds {@code summary.json} from an aggregate, driven by the model's endings and metric table;
 * docs/experiments.md documents every field.
 */
final class Summaries {
    static final String FORMAT = "offramp-summary/2";
    static final String SEED_DERIVATION =
            "seed(i) = Seeds.runSeed(master, i) = mix(mix(master) + 0x9E3779B97F4A7C15 * (i + 1)), mix = SplitMix64 finalizer";
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Two-space indent and "\n" line ends on every platform, so the file's bytes do not depend on the OS. */
    static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));

    private Summaries() {
    }

    /** Status of the results a summary describes. */
    enum Status { COMPLETE, CANCELLED, FAILED }

    static String toText(JsonNode n) {
        try {
            return WRITER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode summary(Experiment e, ExperimentAggregate a, Status status, boolean targetMet,
            int threads, double wallSeconds) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("format", FORMAT);
        n.put("status", status.name());

        ObjectNode prov = n.putObject("provenance");
        prov.put("library", "offramp");
        prov.put("version", ExperimentRunner.libraryVersion());
        prov.put("javaVersion", System.getProperty("java.version"));
        prov.put("model", e.model().name());
        prov.set("scenario", Provenance.scenario(e.scenario()));
        prov.put("masterSeed", e.masterSeed());
        prov.put("seedDerivation", SEED_DERIVATION);
        prov.put("threads", threads);
        prov.put("wallTimeSeconds", wallSeconds);
        e.invocation().ifPresent(i -> prov.set("invocation", i));

        n.set("experiment", e.identity());

        long runs = a.runs();
        ObjectNode rn = n.putObject("runs");
        rn.put("requested", e.precisionMode() || status == Status.COMPLETE ? runs : e.runs());
        rn.put("committed", runs);
        rn.put("completed", a.completed());
        rn.put("failed", a.failed());

        double level = e.confidenceLevel();
        if (e.precisionMode()) {
            PrecisionTarget t = e.precision().orElseThrow();
            ObjectNode pn = n.putObject("precision");
            pn.put("mode", t.relative() ? "relative" : "absolute");
            pn.put("target", t.text());
            if (t.relative()) {
                pn.put("relativeHalfWidth", t.value());
                pn.put("floor", t.floor());
            } else {
                pn.put("targetHalfWidth", t.value());
            }
            pn.put("intervalMethod", e.intervalMethod().name());
            pn.put("targetMet", targetMet);
            pn.put("runsTaken", runs);
            pn.put("maxRuns", e.maxRuns());
            putDouble(pn, "largestHalfWidth", largestHalfWidth(e, a));
            // Which outcomes held the experiment back, or were let off by the floor.
            ObjectNode po = pn.putObject("outcomes");
            for (int o = 0; o < a.endings().count(); o++) {
                Interval i = e.intervalMethod().of(a.outcomeCount(o), a.completed(), level);
                double share = a.completed() == 0 ? Double.NaN : (double) a.outcomeCount(o) / a.completed();
                ObjectNode x = po.putObject(a.endings().get(o).name());
                putDouble(x, "halfWidth", i.halfWidth());
                putDouble(x, "allowedHalfWidth", t.allowedHalfWidth(share));
                x.put("exempt", t.exempt(i));
                x.put("met", t.met(i, share));
            }
        }

        Endings endings = a.endings();
        ObjectNode on = n.putObject("outcomes");
        for (int o = 0; o < endings.count(); o++) {
            long c = a.outcomeCount(o);
            ObjectNode x = on.putObject(endings.get(o).name());
            x.put("count", c);
            putDouble(x, "share", a.completed() == 0 ? Double.NaN : (double) c / a.completed());
            putInterval(x, "wilson", ConfidenceIntervals.wilson(c, a.completed(), level));
            putInterval(x, "clopperPearson", ConfidenceIntervals.clopperPearson(c, a.completed(), level));
            x.set("days", days(a.days(o)));
        }
        ObjectNode fn = on.putObject(Endings.FAILED);
        fn.put("count", a.failed());
        putDouble(fn, "shareOfRuns", runs == 0 ? Double.NaN : (double) a.failed() / runs);

        ObjectNode tn = n.putObject("triggers");
        for (int t = 0; t < endings.triggers().size(); t++) {
            Endings.Trigger tr = endings.triggers().get(t);
            tn.putObject(tr.name()).put("outcome", tr.ending()).put("count", a.triggerCount(t));
        }

        int maxDay = -1;
        for (int o = 0; o < endings.count(); o++) {
            maxDay = Math.max(maxDay, a.days(o).maxDay());
        }
        ObjectNode ci = n.putObject("cumulativeIncidence");
        ci.put("lastDay", maxDay);
        for (int o = 0; o < endings.count(); o++) {
            if (o == endings.horizonIndex()) {
                continue; // it happens only at the horizon: its incidence is a single step
            }
            ArrayNode arr = ci.putArray(endings.get(o).name());
            long cum = 0;
            DayHistogram h = a.days(o);
            for (int d = 0; d <= maxDay; d++) {
                cum += h.count(d);
                arr.add(a.completed() == 0 ? 0.0 : (double) cum / a.completed());
            }
        }

        ObjectNode ms = n.putObject("metrics");
        RecordSchema<?> schema = a.schema();
        for (int i = 0; i < schema.size(); i++) {
            Metric<?> m = schema.metric(i);
            ObjectNode x = ms.putObject(m.name());
            x.put("kind", kindName(m.kind()));
            x.put("label", m.label());
            switch (m.kind()) {
                case CATEGORY -> {
                    ObjectNode cn = x.putObject("counts");
                    long[] counts = a.counts(i);
                    for (int c = 0; c < counts.length; c++) {
                        cn.put(m.categories().get(c), counts[c]);
                    }
                }
                case COUNT -> {
                    x.put("total", a.total(i));
                    putDouble(x, "mean", a.mean(i));
                    x.put("runsWith", a.runsWith(i));
                    if (m.isBounded()) {
                        ObjectNode cn = x.putObject("counts");
                        long[] counts = a.counts(i);
                        for (int v = 0; v < counts.length; v++) {
                            cn.put(Integer.toString(v), counts[v]);
                        }
                    }
                }
                case FLAG -> {
                    x.put("runsWith", a.runsWith(i));
                    putDouble(x, "share", a.completed() == 0 ? Double.NaN : (double) a.runsWith(i) / a.completed());
                }
                case FIRST_DAY -> {
                    x.put("runsWith", a.runsWith(i));
                    putDouble(x, "share", a.completed() == 0 ? Double.NaN : (double) a.runsWith(i) / a.completed());
                    x.set("days", days(a.firstDays(i)));
                }
                default -> putDouble(x, "mean", a.mean(i));
            }
        }

        ObjectNode samples = n.putObject("storySamples");
        for (int o = 0; o < endings.count(); o++) {
            ArrayNode arr = samples.putArray(endings.get(o).name());
            for (RunSample s : a.samples(o)) {
                arr.addObject().put("index", s.index()).put("seed", s.seed());
            }
        }
        ArrayNode failures = n.putArray("failures");
        for (RunSample s : a.failures()) {
            failures.addObject().put("index", s.index()).put("seed", s.seed()).put("error", s.detail());
        }
        return n;
    }

    /**
     * Records what {@code runs.csv} holds, as {@code files."runs.csv"} (its SHA-256, data rows and
     * bytes), so a reader can check the file against the summary.
     */
    /** Adds {@code provenance.engine} holding {@code engine}, in its order; nothing when it is empty. */
    static void putEngine(ObjectNode summary, Map<String, String> engine) {
        if (!engine.isEmpty()) {
            ObjectNode e = ((ObjectNode) summary.get("provenance")).putObject("engine");
            engine.forEach(e::put);
        }
    }

    static void putRunsCsv(ObjectNode summary, FileDigest runsCsv) {
        summary.putObject("files").set(ResultsLayout.RUNS_CSV, runsCsv.toJson());
    }

    /** Whether every outcome share meets the precision target; see {@link EngineResults#targetMet}. */
    static boolean targetMet(Experiment e, ExperimentAggregate a) {
        PrecisionTarget t = e.precision().orElseThrow(() -> new IllegalArgumentException(
                "the experiment is in fixed mode (" + e.runs() + " runs); it has no precision target"));
        if (a.completed() == 0) {
            return false;
        }
        for (int o = 0; o < a.endings().count(); o++) {
            Interval i = e.intervalMethod().of(a.outcomeCount(o), a.completed(), e.confidenceLevel());
            if (!t.met(i, (double) a.outcomeCount(o) / a.completed())) {
                return false;
            }
        }
        return true;
    }

    /** The largest half-width over the outcomes of the precision mode's interval; 0.5 with no runs. */
    static double largestHalfWidth(Experiment e, ExperimentAggregate a) {
        double worst = 0;
        for (int o = 0; o < a.endings().count(); o++) {
            Interval i = e.intervalMethod().of(a.outcomeCount(o), a.completed(), e.confidenceLevel());
            worst = Math.max(worst, i.halfWidth());
        }
        return worst;
    }

    /** A metric kind's name in {@code summary.json}: {@code category}, {@code count}, {@code flag}, {@code firstDay}, {@code real}. */
    static String kindName(MetricKind k) {
        return switch (k) {
            case CATEGORY -> "category";
            case COUNT -> "count";
            case FLAG -> "flag";
            case FIRST_DAY -> "firstDay";
            case REAL -> "real";
        };
    }

    private static ObjectNode days(DayHistogram h) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("count", h.total());
        if (h.total() == 0) {
            return d;
        }
        putDouble(d, "mean", h.mean());
        d.put("min", h.minDay());
        for (double q : new double[] {0.05, 0.25, 0.5, 0.75, 0.95}) {
            d.put(String.format(Locale.ROOT, "p%02d", Math.round(q * 100)), h.quantile(q));
        }
        d.put("max", h.maxDay());
        ArrayNode days = d.putArray("histogramDays");
        ArrayNode counts = d.putArray("histogramCounts");
        for (int day = 0; day <= h.maxDay(); day++) {
            if (h.count(day) != 0) {
                days.add(day);
                counts.add(h.count(day));
            }
        }
        return d;
    }

    private static void putInterval(ObjectNode n, String name, Interval i) {
        n.putObject(name).put("lower", i.lower()).put("upper", i.upper());
    }

    /** JSON has no NaN or infinity: those are written as null. */
    private static void putDouble(ObjectNode n, String name, double v) {
        if (Double.isFinite(v)) {
            n.put(name, v);
        } else {
            n.putNull(name);
        }
    }
}
