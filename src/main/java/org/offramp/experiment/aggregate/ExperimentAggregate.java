package org.offramp.experiment.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.offramp.standoff.Action;
import org.offramp.standoff.ElectionResult;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.Rung;
import org.offramp.standoff.Successor;

/**
 * The streaming aggregate of an experiment's runs: everything the summary reports, in memory that
 * does not grow with the number of runs (counts, day histograms bounded by the largest day, exact
 * sums, and the first few sample runs of each outcome).
 *
 * <pre>{@code
 * ExperimentAggregate total = new ExperimentAggregate(3);
 * total.accept(0, record0);
 * total.merge(partialOfAnotherBlock);
 * long wars = total.outcomeCount(Outcome.WAR);
 * }</pre>
 *
 * <p>{@link #merge} is associative and commutative, bit for bit: counts are integers, sums of doubles
 * are {@link ExactSum exact}, and the sample lists keep the lowest run indices whatever the order.
 * The state round-trips through {@link #toJson()} and {@link #fromJson(JsonNode)} (used by
 * checkpoints and shard merging).
 *
 * <p>Not thread-safe: each worker aggregates its block into its own instance.
 */
public final class ExperimentAggregate implements Aggregator<ExperimentAggregate> {
    /** The off-ramps and openings whose first day a {@link StandoffRecord} records, in summary order. */
    public static final List<String> OFF_RAMPS = List.of("councilReferral", "councilResolution", "unMediation",
            "moscowWashingtonDialogue", "unFramework", "talksOffered", "talksOpened");
    /** The doubles whose means the summary reports, in summary order. */
    public static final List<String> MEANS = List.of("usCasualties", "iranCasualties", "finalEconomy",
            "finalStability", "finalSanctions", "finalBreakoutMonths", "peakOilPrice");

    private static final Action[] ACTIONS = Action.values();
    private static final int SUCCESSORS = Successor.values().length;
    private static final int ELECTIONS = ElectionResult.values().length;

    private final int samplesPerOutcome;
    private long completed;
    private long failed;
    private final long[] outcomes = new long[Outcome.COUNT];
    private final DayHistogram[] days = new DayHistogram[Outcome.COUNT];
    private final long[] highestRung = new long[Rung.COUNT];
    private long blowsExchanged;
    private long blowsContained;
    private long runsWithAttacks;
    private long runsWithMisattributions;
    private long runsWithAccidents;
    private long attacks;
    private long misattributions;
    private long accidents;
    private long vetoes;
    private final long[] offRamps = new long[OFF_RAMPS.size()];
    private final long[] successors = new long[SUCCESSORS];
    private final long[] elections = new long[ELECTIONS];
    private final long[] actions = new long[Action.COUNT];
    private final ExactSum[] sums = new ExactSum[MEANS.size()];
    private final List<List<RunSample>> samples = new ArrayList<>(Outcome.COUNT);
    private final List<RunSample> failures = new ArrayList<>();

    /**
     * An empty aggregate.
     *
     * @param samplesPerOutcome how many runs to keep as samples of each outcome (the lowest indices),
     *                          and of failures; in [0, 1000]
     */
    public ExperimentAggregate(int samplesPerOutcome) {
        if (samplesPerOutcome < 0 || samplesPerOutcome > 1000) {
            throw new IllegalArgumentException("samplesPerOutcome must be in [0, 1000], but was " + samplesPerOutcome);
        }
        this.samplesPerOutcome = samplesPerOutcome;
        for (int i = 0; i < Outcome.COUNT; i++) {
            days[i] = new DayHistogram();
            samples.add(new ArrayList<>());
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] = new ExactSum();
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the record cannot be aggregated (a day outside
     *                                  [0, {@link DayHistogram#MAX_DAY}]); the aggregate is then unchanged
     */
    @Override
    public void accept(long index, StandoffRecord r) {
        // Check first so that a bad record leaves the aggregate as it was.
        DayHistogram.checkDay(r.day());
        int o = r.outcome().ordinal();
        completed++;
        outcomes[o]++;
        days[o].add(r.day());
        highestRung[r.highestRung()]++;
        blowsExchanged += r.blowsExchanged() ? 1 : 0;
        blowsContained += r.blowsContained() ? 1 : 0;
        runsWithAttacks += r.attacks() > 0 ? 1 : 0;
        runsWithMisattributions += r.misattributions() > 0 ? 1 : 0;
        runsWithAccidents += r.accidents() > 0 ? 1 : 0;
        attacks += r.attacks();
        misattributions += r.misattributions();
        accidents += r.accidents();
        vetoes += r.vetoes();
        // In the order of OFF_RAMPS; written out to allocate nothing per run.
        offRamps[0] += r.referralDay() >= 0 ? 1 : 0;
        offRamps[1] += r.resolutionDay() >= 0 ? 1 : 0;
        offRamps[2] += r.mediationDay() >= 0 ? 1 : 0;
        offRamps[3] += r.dialogueDay() >= 0 ? 1 : 0;
        offRamps[4] += r.frameworkDay() >= 0 ? 1 : 0;
        offRamps[5] += r.talksOfferedDay() >= 0 ? 1 : 0;
        offRamps[6] += r.talksOpenedDay() >= 0 ? 1 : 0;
        successors[r.successor().ordinal()]++;
        elections[r.election().ordinal()]++;
        for (Action a : ACTIONS) {
            actions[a.ordinal()] += r.count(a);
        }
        sums[0].add(r.usCasualties());
        sums[1].add(r.iranCasualties());
        sums[2].add(r.finalEconomy());
        sums[3].add(r.finalStability());
        sums[4].add(r.finalSanctions());
        sums[5].add(r.finalBreakout());
        sums[6].add(r.peakOilPrice());
        offer(samples.get(o), new RunSample(index, r.seed(), ""));
    }

    @Override
    public void acceptFailure(long index, long seed, Throwable cause) {
        failed++;
        offer(failures, new RunSample(index, seed, String.valueOf(cause)));
    }

    /** Keeps the sample if it is among the lowest indices; lists stay sorted by index. */
    private void offer(List<RunSample> list, RunSample s) {
        if (list.size() >= samplesPerOutcome && (list.isEmpty() || list.get(list.size() - 1).index() <= s.index())) {
            return;
        }
        int at = list.size();
        while (at > 0 && list.get(at - 1).index() > s.index()) {
            at--;
        }
        list.add(at, s);
        if (list.size() > samplesPerOutcome) {
            list.remove(list.size() - 1);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code other} keeps a different number of samples
     */
    @Override
    public void merge(ExperimentAggregate other) {
        if (other.samplesPerOutcome != samplesPerOutcome) {
            throw new IllegalArgumentException("samplesPerOutcome of the merged aggregate must be " + samplesPerOutcome
                    + ", but was " + other.samplesPerOutcome);
        }
        completed += other.completed;
        failed += other.failed;
        add(outcomes, other.outcomes);
        for (int i = 0; i < Outcome.COUNT; i++) {
            days[i].merge(other.days[i]);
            for (RunSample s : other.samples.get(i)) {
                offer(samples.get(i), s);
            }
        }
        add(highestRung, other.highestRung);
        blowsExchanged += other.blowsExchanged;
        blowsContained += other.blowsContained;
        runsWithAttacks += other.runsWithAttacks;
        runsWithMisattributions += other.runsWithMisattributions;
        runsWithAccidents += other.runsWithAccidents;
        attacks += other.attacks;
        misattributions += other.misattributions;
        accidents += other.accidents;
        vetoes += other.vetoes;
        add(offRamps, other.offRamps);
        add(successors, other.successors);
        add(elections, other.elections);
        add(actions, other.actions);
        for (int i = 0; i < sums.length; i++) {
            sums[i].merge(other.sums[i]);
        }
        for (RunSample s : other.failures) {
            offer(failures, s);
        }
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /** How many samples of each outcome (and of failures) are kept. */
    public int samplesPerOutcome() {
        return samplesPerOutcome;
    }

    /** Runs that completed with an outcome. */
    public long completed() {
        return completed;
    }

    /** Runs that failed with an exception and were counted as FAILED. */
    public long failed() {
        return failed;
    }

    /** All runs aggregated: {@code completed() + failed()}. */
    public long runs() {
        return completed + failed;
    }

    /** Completed runs that ended in {@code o}. */
    public long outcomeCount(Outcome o) {
        return outcomes[o.ordinal()];
    }

    /** The histogram of the day of ending of the runs that ended in {@code o} (a live view: do not change it). */
    public DayHistogram days(Outcome o) {
        return days[o.ordinal()];
    }

    /**
     * The cumulative incidence of {@code o} by day {@code t}: the share of completed runs that ended
     * in {@code o} on or before day {@code t} (the competing-risks view: every run ends in one
     * outcome). NaN with no completed runs.
     */
    public double cumulativeIncidence(Outcome o, int t) {
        return completed == 0 ? Double.NaN : (double) days[o.ordinal()].countUpTo(t) / completed;
    }

    /** Completed runs whose highest rung was {@code rung}. */
    public long highestRungCount(Rung rung) {
        return highestRung[rung.level()];
    }

    /** Completed runs with a direct exchange of blows. */
    public long blowsExchanged() {
        return blowsExchanged;
    }

    /** Completed runs whose exchange of blows was contained without war. */
    public long blowsContained() {
        return blowsContained;
    }

    /** Completed runs with at least one attack by the IRGC or proxies. */
    public long runsWithAttacks() {
        return runsWithAttacks;
    }

    /** Attacks over all completed runs. */
    public long attacks() {
        return attacks;
    }

    /** Completed runs with at least one accident. */
    public long runsWithAccidents() {
        return runsWithAccidents;
    }

    /** Accidents over all completed runs. */
    public long accidents() {
        return accidents;
    }

    /** Moscow's vetoes over all completed runs. */
    public long vetoes() {
        return vetoes;
    }

    /** Completed runs with at least one misattribution. */
    public long runsWithMisattributions() {
        return runsWithMisattributions;
    }

    /** Misattributions over all completed runs. */
    public long misattributions() {
        return misattributions;
    }

    /** Completed runs in which the off-ramp named {@code name} (one of {@link #OFF_RAMPS}) was engaged. */
    public long offRampCount(String name) {
        int i = OFF_RAMPS.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("off-ramp must be one of " + OFF_RAMPS + ", but was " + name);
        }
        return offRamps[i];
    }

    /** Completed runs with successor {@code s} ({@link Successor#NONE}: no succession). */
    public long successorCount(Successor s) {
        return successors[s.ordinal()];
    }

    /** Completed runs with election result {@code e}. */
    public long electionCount(ElectionResult e) {
        return elections[e.ordinal()];
    }

    /** How often {@code a} was taken over all completed runs. */
    public long actionTotal(Action a) {
        return actions[a.ordinal()];
    }

    /** The mean over completed runs of the quantity named {@code name} (one of {@link #MEANS}); NaN if none. */
    public double mean(String name) {
        int i = MEANS.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("mean must be one of " + MEANS + ", but was " + name);
        }
        return completed == 0 ? Double.NaN : sums[i].value() / completed;
    }

    /** The sample runs of {@code o}: the lowest indices that ended in it, sorted. */
    public List<RunSample> samples(Outcome o) {
        return Collections.unmodifiableList(new ArrayList<>(samples.get(o.ordinal())));
    }

    /** The failed runs with the lowest indices, sorted, with their exceptions. */
    public List<RunSample> failures() {
        return Collections.unmodifiableList(new ArrayList<>(failures));
    }

    // ---- JSON ----------------------------------------------------------------------------------

    /** The complete state as JSON; {@link #fromJson(JsonNode)} restores an equal aggregate. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode n = f.objectNode();
        n.put("samplesPerOutcome", samplesPerOutcome);
        n.put("completed", completed);
        n.put("failed", failed);
        ObjectNode byOutcome = n.putObject("outcomes");
        for (Outcome o : Outcome.ALL) {
            ObjectNode on = byOutcome.putObject(o.name());
            on.put("count", outcomes[o.ordinal()]);
            DayHistogram h = days[o.ordinal()];
            ArrayNode dayCounts = on.putArray("dayCounts");
            for (int d = 0; d <= h.maxDay(); d++) {
                if (h.count(d) != 0) {
                    dayCounts.add(f.arrayNode().add(d).add(h.count(d)));
                }
            }
            on.set("samples", samplesJson(samples.get(o.ordinal())));
        }
        n.set("highestRung", longs(highestRung));
        n.put("blowsExchanged", blowsExchanged);
        n.put("blowsContained", blowsContained);
        n.put("runsWithAttacks", runsWithAttacks);
        n.put("runsWithMisattributions", runsWithMisattributions);
        n.put("runsWithAccidents", runsWithAccidents);
        n.put("attacks", attacks);
        n.put("misattributions", misattributions);
        n.put("accidents", accidents);
        n.put("vetoes", vetoes);
        n.set("offRamps", longs(offRamps));
        n.set("successors", longs(successors));
        n.set("elections", longs(elections));
        n.set("actions", longs(actions));
        ArrayNode sumsNode = n.putArray("sums");
        for (ExactSum s : sums) {
            ObjectNode sn = sumsNode.addObject();
            ArrayNode parts = sn.putArray("partials");
            for (double p : s.partials()) {
                parts.add(p);
            }
            if (s.hasNonFinite()) {
                // JSON has no NaN or infinity; the value goes as text.
                sn.put("nonFinite", Double.toString(s.nonFinite()));
            }
        }
        n.set("failures", samplesJson(failures));
        return n;
    }

    private static ArrayNode longs(long[] values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (long v : values) {
            a.add(v);
        }
        return a;
    }

    private static ArrayNode samplesJson(List<RunSample> list) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (RunSample s : list) {
            ObjectNode sn = a.addObject();
            sn.put("index", s.index());
            sn.put("seed", s.seed());
            if (!s.detail().isEmpty()) {
                sn.put("detail", s.detail());
            }
        }
        return a;
    }

    /**
     * Restores an aggregate written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException naming the field if the JSON is not such a state
     */
    public static ExperimentAggregate fromJson(JsonNode n) {
        ExperimentAggregate a = new ExperimentAggregate(intField(n, "samplesPerOutcome"));
        a.completed = longField(n, "completed");
        a.failed = longField(n, "failed");
        JsonNode byOutcome = field(n, "outcomes");
        for (Outcome o : Outcome.ALL) {
            JsonNode on = field(byOutcome, o.name());
            a.outcomes[o.ordinal()] = longField(on, "count");
            for (JsonNode pair : field(on, "dayCounts")) {
                a.days[o.ordinal()].add(pair.get(0).asInt(), pair.get(1).asLong());
            }
            readSamples(field(on, "samples"), a.samples.get(o.ordinal()));
        }
        readLongs(n, "highestRung", a.highestRung);
        a.blowsExchanged = longField(n, "blowsExchanged");
        a.blowsContained = longField(n, "blowsContained");
        a.runsWithAttacks = longField(n, "runsWithAttacks");
        a.runsWithMisattributions = longField(n, "runsWithMisattributions");
        a.runsWithAccidents = longField(n, "runsWithAccidents");
        a.attacks = longField(n, "attacks");
        a.misattributions = longField(n, "misattributions");
        a.accidents = longField(n, "accidents");
        a.vetoes = longField(n, "vetoes");
        readLongs(n, "offRamps", a.offRamps);
        readLongs(n, "successors", a.successors);
        readLongs(n, "elections", a.elections);
        readLongs(n, "actions", a.actions);
        JsonNode sumsNode = field(n, "sums");
        if (sumsNode.size() != a.sums.length) {
            throw new IllegalArgumentException("aggregate field sums must have " + a.sums.length + " entries, but had "
                    + sumsNode.size());
        }
        for (int i = 0; i < a.sums.length; i++) {
            JsonNode sn = sumsNode.get(i);
            JsonNode parts = field(sn, "partials");
            double[] p = new double[parts.size()];
            for (int j = 0; j < p.length; j++) {
                p[j] = parts.get(j).asDouble();
            }
            JsonNode nf = sn.get("nonFinite");
            a.sums[i] = ExactSum.of(p, nf == null ? 0 : Double.parseDouble(nf.asText()), nf != null);
        }
        readSamples(field(n, "failures"), a.failures);
        return a;
    }

    private static JsonNode field(JsonNode n, String name) {
        JsonNode v = n == null ? null : n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("aggregate field " + name + " is missing");
        }
        return v;
    }

    private static long longField(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.canConvertToLong()) {
            throw new IllegalArgumentException("aggregate field " + name + " must be an integer, but was " + v);
        }
        return v.asLong();
    }

    private static int intField(JsonNode n, String name) {
        return Math.toIntExact(longField(n, name));
    }

    private static void readLongs(JsonNode n, String name, long[] into) {
        JsonNode arr = field(n, name);
        if (arr.size() != into.length) {
            throw new IllegalArgumentException("aggregate field " + name + " must have " + into.length
                    + " entries, but had " + arr.size());
        }
        Iterator<JsonNode> it = arr.elements();
        for (int i = 0; i < into.length; i++) {
            into[i] = it.next().asLong();
        }
    }

    private static void readSamples(JsonNode arr, List<RunSample> into) {
        for (JsonNode s : arr) {
            JsonNode d = s.get("detail");
            into.add(new RunSample(longField(s, "index"), longField(s, "seed"), d == null ? "" : d.asText()));
        }
    }
}
