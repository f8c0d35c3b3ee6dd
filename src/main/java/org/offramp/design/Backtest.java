package org.offramp.design;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.offramp.executor.LocalBackend;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;

/**
 * Runs a {@link BacktestSpec}'s forecast and scores it: the log score of the realised ending, of its
 * timing bin (given an ending before the horizon) and of each realised yes/no event, for the model
 * and for each naive baseline, and the Markdown document that reports them.
 *
 * <p><b>Scoring.</b> A probability estimated from {@code k} of {@code n} runs is taken as
 * {@code (k + 1/2) / (n + 1)}, so that a finite number of runs never gives an infinite score. The
 * log score of a question is {@code ln p} of the realised answer; higher is better; a difference of
 * log scores is the log of the ratio of the probabilities the two forecasts gave what happened. The
 * timing bin is scored only when the realised ending is not the horizon's, as the probability of the
 * realised bin among the runs that ended before the horizon; every baseline spreads it uniformly
 * over the bins.
 *
 * <p>The forecast's runs are those of {@code offramp run} with the same scenario, runs and master
 * seed (run {@code i} has seed {@code Seeds.runSeed(seed, i)}), counted as integers, so the document
 * does not depend on the thread count.
 *
 * @param spec    the back-test
 * @param runs    runs made
 * @param endings runs per ending, in the model's order
 * @param binsAll per timing bin, runs ending (in any ending but the horizon's) in that bin
 * @param events  per event, runs where it happened
 */
public record Backtest(BacktestSpec spec, long runs, long[] endings, long[] binsAll, long[] events) {
    /**
     * Copies the arrays.
     *
     * @param spec    the back-test
     * @param runs    runs made
     * @param endings runs per ending, in the model's order
     * @param binsAll per timing bin, runs ending (in any ending but the horizon's) in that bin
     * @param events  per event, runs where it happened
     */
    public Backtest {
        Objects.requireNonNull(spec, "spec");
        endings = endings.clone();
        binsAll = binsAll.clone();
        events = events.clone();
    }

    /**
     * Runs the forecast of a back-test.
     *
     * @param spec     the back-test
     * @param listener told of progress
     * @return the counts, ready to score
     * @throws DesignException if a run fails
     */
    public static Backtest run(BacktestSpec spec, ProgressListener listener) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(listener, "listener");
        Model<?> model = spec.scenario().model();
        var schema = model.record();
        List<String> endingNames = model.endings().names();
        String horizon = model.endings().horizon().name();
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (String e : endingNames) {
            measures.put(e, Measure.parse(schema, e));
        }
        for (String e : endingNames) {
            if (e.equals(horizon)) {
                continue;
            }
            for (int b : spec.bins()) {
                if (b > 0) {
                    String n = e + "_BY_DAY_" + (b - 1);
                    measures.put(n, Measure.parse(schema, n));
                }
            }
        }
        for (BacktestSpec.Event ev : spec.events()) {
            if (ev.measure() != null) {
                measures.put(ev.measure().name(), ev.measure());
            } else {
                for (int d : new int[] {ev.to(), ev.from() - 1}) {
                    if (d >= 0) {
                        String n = ev.ending() + "_BY_DAY_" + d;
                        measures.put(n, Measure.parse(schema, n));
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(measures.keySet());
        if (names.size() > 64) {
            throw new DesignException("a back-test needs at most 64 measures, but " + spec.name() + " needs "
                    + names.size() + "; use fewer bins or events", null);
        }
        CrnPlan plan = new CrnPlan("backtest", spec.name(), List.of(spec.scenario()), List.of(spec.scenario().name()),
                new ArrayList<>(measures.values()), spec.runs(), spec.seed(), false, spec.threads(), Map.of());
        Tally t = CrnRun.run(plan, RunModel.of(model), LocalBackend.threads(spec.threads()), listener, 0, plan.blocks())
                .tally();
        long[] endings = new long[endingNames.size()];
        for (int i = 0; i < endings.length; i++) {
            endings[i] = t.yes(0, names.indexOf(endingNames.get(i)));
        }
        long[] bins = new long[spec.bins().size() - 1];
        for (String e : endingNames) {
            if (e.equals(horizon)) {
                continue;
            }
            for (int k = 0; k < bins.length; k++) {
                long upper = t.yes(0, names.indexOf(e + "_BY_DAY_" + (spec.bins().get(k + 1) - 1)));
                int lowEdge = spec.bins().get(k);
                long lower = lowEdge == 0 ? 0 : t.yes(0, names.indexOf(e + "_BY_DAY_" + (lowEdge - 1)));
                bins[k] += upper - lower;
            }
        }
        long[] events = new long[spec.events().size()];
        for (int i = 0; i < events.length; i++) {
            BacktestSpec.Event ev = spec.events().get(i);
            if (ev.measure() != null) {
                events[i] = t.yes(0, names.indexOf(ev.measure().name()));
            } else {
                long upper = t.yes(0, names.indexOf(ev.ending() + "_BY_DAY_" + ev.to()));
                events[i] = upper - (ev.from() == 0 ? 0 : t.yes(0, names.indexOf(ev.ending() + "_BY_DAY_" + (ev.from() - 1))));
            }
        }
        return new Backtest(spec, spec.runs(), endings, bins, events);
    }

    /**
     * The estimate of a probability from {@code k} of {@code n} runs: {@code (k + 1/2) / (n + 1)}.
     *
     * @param k runs with the property
     * @param n runs
     * @return the probability
     */
    public static double estimate(long k, long n) {
        return (k + 0.5) / (n + 1);
    }

    /** One scored question: the model's and each baseline's probability of what happened. */
    record Score(String id, String question, double model, Map<String, Double> baselines, boolean scored) {
    }

    /**
     * The scored questions, in order: the ending, its timing bin (when the realised ending is not
     * the horizon's), then every event.
     *
     * @return the scores
     */
    List<Score> scores() {
        Model<?> model = spec.scenario().model();
        List<String> endingNames = model.endings().names();
        List<Score> out = new ArrayList<>();
        int e = endingNames.indexOf(spec.realisedEnding());
        Map<String, Double> eb = new LinkedHashMap<>();
        for (String b : spec.baselines()) {
            eb.put(b, spec.endingBaselines().get(b).get(spec.realisedEnding()));
        }
        out.add(new Score("ending", "How the confrontation ends", estimate(endings[e], runs), eb, true));
        int bin = realisedBin();
        if (bin >= 0) {
            long ended = 0;
            for (long c : binsAll) {
                ended += c;
            }
            Map<String, Double> tb = new LinkedHashMap<>();
            for (String b : spec.baselines()) {
                tb.put(b, 1.0 / binsAll.length);
            }
            out.add(new Score("timing", "When it ends (given an ending before the horizon)",
                    estimate(binsAll[bin], ended), tb, true));
        }
        for (int i = 0; i < events.length; i++) {
            BacktestSpec.Event ev = spec.events().get(i);
            double p = estimate(events[i], runs);
            Map<String, Double> b = new LinkedHashMap<>();
            for (String name : spec.baselines()) {
                double q = ev.baselines().get(name);
                b.put(name, ev.realised() ? q : 1 - q);
            }
            out.add(new Score(ev.id(), ev.question(), ev.realised() ? p : 1 - p, b, ev.scored()));
        }
        return out;
    }

    private int realisedBin() {
        if (spec.realisedEnding().equals(spec.scenario().model().endings().horizon().name())) {
            return -1;
        }
        for (int k = 0; k + 1 < spec.bins().size(); k++) {
            if (spec.realisedDay() >= spec.bins().get(k) && spec.realisedDay() < spec.bins().get(k + 1)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The total log score of the scored questions, for the model and for each baseline.
     *
     * @return "model" and each baseline's name, mapped to its total
     */
    public Map<String, Double> totals() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("model", 0.0);
        for (String b : spec.baselines()) {
            out.put(b, 0.0);
        }
        for (Score s : scores()) {
            if (s.scored()) {
                out.merge("model", Math.log(s.model()), Double::sum);
                for (String b : spec.baselines()) {
                    out.merge(b, Math.log(s.baselines().get(b)), Double::sum);
                }
            }
        }
        return out;
    }

    /**
     * The back-test as a Markdown document: the forecast distribution beside the record, the scores
     * against every baseline, and where the model does worse.
     *
     * @return the document, with "\n" line ends
     */
    public String markdown() {
        Model<?> model = spec.scenario().model();
        List<String> endingNames = model.endings().names();
        StringBuilder md = new StringBuilder();
        md.append("# Back-test: ").append(spec.name()).append("\n\n");
        md.append("<!-- Generated; do not edit. Regenerate with: ")
                .append(spec.command().isEmpty() ? "offramp backtest " + spec.source() : spec.command())
                .append(" -->\n\n");
        if (!spec.description().isEmpty()) {
            md.append(spec.description().strip()).append("\n\n");
        }
        LocalDate start = model.startDate().orElse(null);
        md.append("Forecast: model `").append(model.name()).append("`, scenario `").append(spec.scenario().name())
                .append("` (content hash `").append(spec.scenario().contentHash()).append("`), ")
                .append(runs).append(" runs, master seed ").append(spec.seed())
                .append(". A probability from k of n runs is (k + 1/2)/(n + 1). Log scores are natural logarithms of ")
                .append("the probability each forecast gave what happened; higher is better, and a difference of 1 ")
                .append("means the better forecast gave the record e ≈ 2.7 times the probability.\n\n");

        md.append("## How it ends\n\n| ending | model | ");
        md.append(String.join(" | ", spec.baselines())).append(" | realised |\n|---|---|");
        md.append("---|".repeat(spec.baselines().size())).append("---|\n");
        for (int i = 0; i < endingNames.size(); i++) {
            String name = endingNames.get(i);
            md.append("| ").append(name).append(" | ").append(pct(endings[i], runs));
            for (String b : spec.baselines()) {
                md.append(" | ").append(percent(spec.endingBaselines().get(b).get(name)));
            }
            md.append(" | ").append(name.equals(spec.realisedEnding())
                    ? "**yes**, day " + spec.realisedDay() + date(start, spec.realisedDay()) : "").append(" |\n");
        }
        if (!spec.endingSource().isEmpty()) {
            md.append("\nRealised: ").append(spec.endingSource()).append(".\n");
        }

        long ended = 0;
        for (long c : binsAll) {
            ended += c;
        }
        md.append("\n## When it ends, given an ending before the horizon\n\n")
                .append(ended).append(" of ").append(runs).append(" runs end before the horizon. Baselines spread ")
                .append("the timing uniformly over the bins.\n\n| days | dates | model | realised |\n|---|---|---|---|\n");
        int realisedBin = realisedBin();
        for (int k = 0; k < binsAll.length; k++) {
            int lo = spec.bins().get(k);
            int hi = spec.bins().get(k + 1);
            md.append("| [").append(lo).append(", ").append(hi).append(") | ")
                    .append(start == null ? "" : start.plusDays(lo) + " to " + start.plusDays(hi - 1)).append(" | ")
                    .append(pct(binsAll[k], ended)).append(" | ").append(k == realisedBin ? "**yes**" : "")
                    .append(" |\n");
        }

        md.append("\n## Events\n\n| id | event | model P(yes) | ");
        for (String b : spec.baselines()) {
            md.append(b).append(" P(yes) | ");
        }
        md.append("realised | source |\n|---|---|---|").append("---|".repeat(spec.baselines().size()))
                .append("---|---|\n");
        for (int i = 0; i < events.length; i++) {
            BacktestSpec.Event ev = spec.events().get(i);
            md.append("| ").append(ev.id()).append(ev.scored() ? "" : " (not scored)").append(" | ")
                    .append(cell(ev.question())).append(" | ").append(pct(events[i], runs));
            for (String b : spec.baselines()) {
                md.append(" | ").append(percent(ev.baselines().get(b)));
            }
            md.append(" | ").append(ev.realised() ? "yes" : "no").append(" | ").append(cell(ev.source())).append(" |\n");
        }

        md.append("\n## Scores\n\nLog score of what happened, per question (Δ = model minus baseline; negative: ")
                .append("the model did worse).\n\n| question | model |");
        for (String b : spec.baselines()) {
            md.append(" ").append(b).append(" | Δ ").append(b).append(" |");
        }
        md.append("\n|---|---|").append("---|---|".repeat(spec.baselines().size())).append("\n");
        List<Score> scores = scores();
        for (Score s : scores) {
            md.append("| ").append(s.id()).append(s.scored() ? "" : " (not scored)").append(" | ")
                    .append(num(Math.log(s.model())));
            for (String b : spec.baselines()) {
                double lb = Math.log(s.baselines().get(b));
                md.append(" | ").append(num(lb)).append(" | ").append(signed(Math.log(s.model()) - lb));
            }
            md.append(" |\n");
        }
        Map<String, Double> totals = totals();
        md.append("| **total** | **").append(num(totals.get("model"))).append("**");
        for (String b : spec.baselines()) {
            md.append(" | **").append(num(totals.get(b))).append("** | **")
                    .append(signed(totals.get("model") - totals.get(b))).append("**");
        }
        md.append(" |\n");

        md.append("\n## Where the model does worse\n\n");
        int worse = worse(md, scores, true);
        if (worse == 0) {
            md.append("On no scored question does a baseline give what happened a higher probability.\n");
        }
        StringBuilder unscored = new StringBuilder();
        if (worse(unscored, scores, false) > 0) {
            md.append("\nAmong the questions not scored:\n\n").append(unscored);
        }
        for (String b : spec.baselines()) {
            double d = totals.get("model") - totals.get(b);
            md.append("\nIn total the model scores ").append(signed(d)).append(" against ").append(b).append(": ")
                    .append(d >= 0 ? "better" : "worse").append(" than that baseline.");
        }
        md.append("\n");
        if (!spec.notes().isEmpty()) {
            md.append("\n## Notes\n\n").append(spec.notes().strip()).append("\n");
        }
        return md.toString();
    }

    /** Lists the questions (scored or not) where a baseline gave what happened more probability. */
    private int worse(StringBuilder md, List<Score> scores, boolean scored) {
        int worse = 0;
        for (Score s : scores) {
            if (s.scored() != scored) {
                continue;
            }
            List<String> beaten = new ArrayList<>();
            for (String b : spec.baselines()) {
                if (s.baselines().get(b) > s.model()) {
                    beaten.add(b + " (" + percent(s.baselines().get(b)) + ")");
                }
            }
            if (!beaten.isEmpty()) {
                worse++;
                md.append("- **").append(s.id()).append("** (").append(cell(s.question())).append("): the model gave ")
                        .append("what happened ").append(percent(s.model())).append(", less than ")
                        .append(String.join(" and ", beaten)).append(".\n");
            }
        }
        return worse;
    }

    private static String date(LocalDate start, int day) {
        return start == null ? "" : " (" + start.plusDays(day) + ")";
    }

    private static String pct(long k, long n) {
        return n == 0 ? "–" : k > 0 && 1000 * k < 5 * n ? "< 0.5 ‰"
                : String.format(Locale.ROOT, "%.1f %%", 100.0 * k / n);
    }

    private static String percent(double p) {
        return p < 0.0005 ? "< 0.1 %" : String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Backtest b && spec.equals(b.spec) && runs == b.runs
                && java.util.Arrays.equals(endings, b.endings) && java.util.Arrays.equals(binsAll, b.binsAll)
                && java.util.Arrays.equals(events, b.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, runs, java.util.Arrays.hashCode(endings), java.util.Arrays.hashCode(binsAll),
                java.util.Arrays.hashCode(events));
    }

    @Override
    public String toString() {
        return "Backtest[" + spec.name() + ", " + runs + " runs]";
    }
}
