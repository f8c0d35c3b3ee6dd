package org.offramp.design;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.offramp.model.Model;
import org.offramp.model.Scenario;
import org.offramp.scenario.Limits;
import org.offramp.scenario.ScenarioException;
import org.offramp.scenario.ScenarioLoader;
import org.offramp.scenario.YamlFields;
import org.offramp.scenario.YamlNode;
import org.offramp.scenario.YamlReader;

/**
 * A historical back-test of any model, read from a YAML file: the forecast to run (scenario, runs,
 * master seed), the realised ending and its day, and a fixed list of yes/no questions about the
 * runs (each a {@link Measure} of the model, or an ending inside a window of days) with their
 * realised answers and the probabilities that each naive baseline forecast gives them. Everything a
 * score needs is declared before any run, so the scoring rule cannot be chosen after the forecast
 * is seen.
 *
 * <pre>{@code
 * BacktestSpec spec = BacktestSpec.load(Path.of("experiments/tankerwar-backtest.yaml"));
 * String md = Backtest.run(spec, ProgressListener.NONE).markdown();
 * }</pre>
 *
 * <p>The file's keys: {@code model}, {@code backtest} (its name), {@code description},
 * {@code scenario}, {@code runs}, {@code seed}, {@code threads}, {@code command} (how the document
 * is regenerated, printed in it), {@code ending} ({@code realised}, {@code day}, {@code source},
 * {@code bins}: the edges of the timing bins, {@code baselines}: per baseline, the probability of
 * every ending), {@code events} (each with {@code id}, {@code question}, either {@code measure} or
 * {@code ending} with {@code from} and {@code to}, {@code realised}, {@code source},
 * {@code baselines} per baseline, 1/2 when omitted, and {@code scored}, true when omitted) and
 * {@code notes}.
 *
 * @param name        the back-test's name
 * @param description one line
 * @param source      the file it was read from
 * @param command     how the document is regenerated
 * @param scenario    the scenario forecast
 * @param runs        runs of the forecast
 * @param seed        the master seed
 * @param threads     worker threads, 0 for all cores (never changes the result)
 * @param realisedEnding the realised ending's name
 * @param realisedDay the realised ending's day
 * @param endingSource where the realised ending comes from
 * @param bins        the edges of the timing bins, increasing, from 0
 * @param baselines   the baselines' names, in order
 * @param endingBaselines per baseline, the probability of each ending
 * @param events      the yes/no questions
 * @param notes       free text printed at the end
 */
public record BacktestSpec(String name, String description, String source, String command, Scenario scenario,
                           long runs, long seed, int threads, String realisedEnding, int realisedDay,
                           String endingSource, List<Integer> bins, List<String> baselines,
                           Map<String, Map<String, Double>> endingBaselines, List<Event> events, String notes) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /**
     * Copies the lists and maps.
     *
     * @param name        the back-test's name
     * @param description one line
     * @param source      the file it was read from
     * @param command     how the document is regenerated
     * @param scenario    the scenario forecast
     * @param runs        runs of the forecast
     * @param seed        the master seed
     * @param threads     worker threads, 0 for all cores (never changes the result)
     * @param realisedEnding the realised ending's name
     * @param realisedDay the realised ending's day
     * @param endingSource where the realised ending comes from
     * @param bins        the edges of the timing bins, increasing, from 0
     * @param baselines   the baselines' names, in order
     * @param endingBaselines per baseline, the probability of each ending
     * @param events      the yes/no questions
     * @param notes       free text printed at the end
     */
    public BacktestSpec {
        Objects.requireNonNull(scenario, "scenario");
        bins = List.copyOf(bins);
        baselines = List.copyOf(baselines);
        endingBaselines = Map.copyOf(endingBaselines);
        events = List.copyOf(events);
    }

    /**
     * One yes/no question.
     *
     * @param id        a short identifier, e.g. E1
     * @param question  the question in words
     * @param measure   the measure deciding it, or null for a window question
     * @param ending    for a window question, the ending; null otherwise
     * @param from      for a window question, the first day
     * @param to        for a window question, the last day
     * @param realised  what happened
     * @param source    where the realised answer comes from
     * @param baselines per baseline, the probability of yes
     * @param scored    whether the question counts in the total score
     */
    public record Event(String id, String question, Measure measure, String ending, int from, int to, boolean realised,
                        String source, Map<String, Double> baselines, boolean scored) {
        /**
         * Copies the map.
         *
         * @param id        a short identifier, e.g. E1
         * @param question  the question in words
         * @param measure   the measure deciding it, or null for a window question
         * @param ending    for a window question, the ending; null otherwise
         * @param from      for a window question, the first day
         * @param to        for a window question, the last day
         * @param realised  what happened
         * @param source    where the realised answer comes from
         * @param baselines per baseline, the probability of yes
         * @param scored    whether the question counts in the total score
         */
        public Event {
            baselines = Map.copyOf(baselines);
        }
    }

    /**
     * Reads a back-test file.
     *
     * @param file the file
     * @return the back-test
     * @throws ScenarioException naming the file, line, key and value, when the file is bad
     */
    public static BacktestSpec load(Path file) {
        Objects.requireNonNull(file, "file");
        String yaml = YamlReader.readFile(file, file.toString(), -1, "", "a back-test file (YAML)");
        Path base = file.toAbsolutePath().getParent();
        return load(yaml, file.toString(), base);
    }

    /**
     * Reads a back-test from text.
     *
     * @param yaml          the text
     * @param source        the name errors give it
     * @param baseDirectory where a scenario file path is resolved
     * @return the back-test
     * @throws ScenarioException   when the text is bad
     * @throws NullPointerException if an argument is null
     */
    public static BacktestSpec load(String yaml, String source, Path baseDirectory) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        YamlNode.Mapping root = YamlReader.readMapping(yaml, source);
        YamlFields f = new YamlFields(root, source, "", List.of("model", "backtest", "description", "scenario", "runs",
                "seed", "threads", "command", "ending", "events", "notes"));
        Model<?> model = ScenarioLoader.modelOf(f);
        String name = f.string("backtest", NAME, "a name matching [a-z0-9][a-z0-9-]*");
        String scenarioName = f.string("scenario", Pattern.compile(".+"), "an embedded scenario name or a scenario file");
        Scenario scenario;
        if (model.scenarios().contains(scenarioName)) {
            scenario = ScenarioLoader.embedded(model, scenarioName);
        } else {
            Path p = baseDirectory.resolve(scenarioName);
            if (!Files.isRegularFile(p)) {
                throw f.invalid(f.entry("scenario").value(), "scenario", "one of the embedded scenarios "
                        + model.scenarios().names() + " or an existing scenario file");
            }
            scenario = ScenarioLoader.load(p);
            if (scenario.model() != model && !scenario.model().name().equals(model.name())) {
                throw f.invalid(f.entry("scenario").value(), "scenario", "a scenario of model " + model.name());
            }
        }
        long runs = f.integer("runs", 1, Limits.MAX_RUNS);
        long seed = f.int64("seed");
        int threads = f.has("threads") ? (int) f.integer("threads", 0, Limits.MAX_THREADS) : 0;
        String command = f.text("command", "");

        YamlFields e = f.nested("ending", List.of("realised", "day", "source", "bins", "baselines"));
        List<String> endings = model.endings().names();
        String realised = e.string("realised", Pattern.compile(String.join("|", endings)), "one of " + endings);
        int horizon = model.horizon(scenario).orElse(Integer.MAX_VALUE);
        int day = (int) e.integer("day", 0, horizon);
        List<Integer> bins = new ArrayList<>();
        for (YamlNode n : e.list("bins", "a list of at least 2 increasing day edges from 0")) {
            int b = (int) e.integer(n, "bins", 0, Measure.MAX_DAY + 1);
            if (bins.isEmpty() ? b != 0 : b <= bins.get(bins.size() - 1)) {
                throw e.invalid(n, "bins", "increasing day edges starting at 0");
            }
            bins.add(b);
        }
        if (bins.size() < 2) {
            throw e.invalid(e.entry("bins").value(), "bins", "at least 2 edges");
        }
        YamlNode blNode = e.required("baselines", "a mapping from baseline names to the endings' probabilities");
        if (!(blNode instanceof YamlNode.Mapping blMap)) {
            throw e.invalid(blNode, "baselines", "a mapping from baseline names to the endings' probabilities");
        }
        YamlFields bl = new YamlFields(blMap, source, e.path("baselines"),
                blMap.entries().stream().map(YamlNode.Entry::key).toList());
        List<String> baselineNames = new ArrayList<>();
        Map<String, Map<String, Double>> endingBaselines = new LinkedHashMap<>();
        for (YamlNode.Entry be : bl.mapping().entries()) {
            if (!NAME.matcher(be.key()).matches()) {
                throw ScenarioException.invalid(source, be.line(), bl.path(be.key()), be.key(),
                        "a baseline name matching [a-z0-9][a-z0-9-]*");
            }
            YamlFields probs = bl.nested(be.key(), endings);
            Map<String, Double> p = new LinkedHashMap<>();
            double sum = 0;
            for (String end : endings) {
                double v = probs.number(probs.required(end, "a probability in (0, 1]"), end, 0, 1, true, false);
                p.put(end, v);
                sum += v;
            }
            if (Math.abs(sum - 1) > 1e-6) {
                throw ScenarioException.invalid(source, be.line(), bl.path(be.key()), YamlFields.format(sum),
                        "probabilities of the endings that sum to 1");
            }
            baselineNames.add(be.key());
            endingBaselines.put(be.key(), p);
        }
        if (baselineNames.isEmpty()) {
            throw e.invalid(e.entry("baselines").value(), "baselines", "at least one baseline");
        }

        List<Event> events = new ArrayList<>();
        List<YamlNode> items = f.list("events", "a list of events");
        for (int i = 0; i < items.size(); i++) {
            String at = "events[" + i + "]";
            if (!(items.get(i) instanceof YamlNode.Mapping m)) {
                throw ScenarioException.invalid(source, items.get(i).line(), at, items.get(i).describe(), "a mapping");
            }
            YamlFields q = new YamlFields(m, source, at, List.of("id", "question", "measure", "ending", "from", "to",
                    "realised", "source", "baselines", "scored"));
            String id = q.string("id", ID, "an identifier such as E1");
            for (Event other : events) {
                if (other.id().equals(id)) {
                    throw q.invalid(q.entry("id").value(), "id", "an id not used before");
                }
            }
            String question = q.string("question", Pattern.compile("(?s).+"), "the question in words");
            Measure measure = null;
            String ending = null;
            int from = 0;
            int to = 0;
            if (q.has("measure") == q.has("ending")) {
                throw new ScenarioException(source, m.line(), at, "both or neither", "measure, or ending with from and to",
                        at + " needs exactly one of measure and ending");
            }
            if (q.has("measure")) {
                String text = q.string("measure", Pattern.compile(".+"), Measure.allowed(model.record()));
                try {
                    measure = Measure.parse(model.record(), text);
                } catch (IllegalArgumentException ex) {
                    throw q.invalid(q.entry("measure").value(), "measure", Measure.allowed(model.record()));
                }
            } else {
                List<String> timed = new ArrayList<>(endings);
                timed.remove(model.endings().horizon().name());
                ending = q.string("ending", Pattern.compile(String.join("|", timed)), "one of " + timed);
                from = (int) q.integer("from", 0, Measure.MAX_DAY);
                to = (int) q.integer("to", from, Measure.MAX_DAY);
            }
            boolean realisedYes = q.bool("realised");
            String src = q.text("source", "");
            Map<String, Double> probs = new LinkedHashMap<>();
            YamlFields qb = q.has("baselines") ? q.nested("baselines", baselineNames) : null;
            for (String b : baselineNames) {
                probs.put(b, qb != null && qb.has(b)
                        ? qb.number(qb.entry(b).value(), b, 0, 1, true, true) : 0.5);
            }
            boolean scored = !q.has("scored") || q.bool("scored");
            events.add(new Event(id, question, measure, ending, from, to, realisedYes, src, probs, scored));
        }
        return new BacktestSpec(name, f.text("description", ""), source, command, scenario, runs, seed, threads,
                realised, day, e.text("source", ""), bins, baselineNames, endingBaselines, events, f.text("notes", ""));
    }
}
