package org.offramp.testmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.Model;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.RecordSchema;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.ScenarioCatalog;
import org.offramp.model.StoryEvent;
import org.offramp.model.Timeline;
import org.offramp.random.RandomStream;
import org.offramp.sim.DailyState;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A tiny model for the tests of the model interface, registered for the tests only
 * ({@code src/test/resources/META-INF/services}): one player flips a coin every day; three heads
 * win, and the horizon ends the run otherwise. Its record has one metric of every kind, so a test
 * can check each kind through the whole core: the coin's metal (a category), the heads (a count,
 * bounded by 3), whether the first flip came up heads (a flag), the day of the first head (a first
 * day) and the mean of the day's uniform draws (a real).
 *
 * <p>It runs on the library's {@link DailyState}, with its one agent a MASON {@code Steppable}
 * and its one random stream a keyed stream.
 */
public class TinyModel implements Model<TinyModel.Run> {
    private static final long serialVersionUID = 1L;

    /** The model's name. */
    public static final String NAME = "tiny";
    /** The metals of the coin, the categories of the {@code coin} metric. */
    public static final List<String> METALS = List.of("COPPER", "SILVER", "GOLD");

    private static final Parameters.Builder B = Parameters.builder(NAME);
    /** Days before the horizon ends the run. */
    public static final Param HORIZON = B.integer("run.horizonDays", "days", 30, 1, 1000, "The test's choice.");
    /** The probability of heads on a day. */
    public static final Param HEADS = B.real("coin.heads", "probability", 0.1, 0, 1, "A rare event.");
    /** Whether the coin is loaded: heads on every even day. */
    public static final Param LOADED = B.flag("coin.loaded", false, "A fair coin by default.");
    /** The registry. */
    public static final Parameters PARAMETERS = B.build();

    /** WIN (three heads) and TIMEOUT (the horizon). */
    public static final Endings ENDINGS = Endings.builder()
            .ending("WIN", "three heads", "#1e884e")
            .horizon("TIMEOUT", "no third head by the horizon", "#8c8c8c")
            .trigger("THIRD_HEAD", "WIN", "the third head")
            .trigger("HORIZON", "TIMEOUT", "horizon reached")
            .build();

    /** One metric of each kind. */
    public static final RecordSchema<Run> SCHEMA = RecordSchema.<Run>builder(ENDINGS, Run::seed,
                    r -> r.won() ? 0 : 1, Run::day, r -> r.won() ? 0 : 1)
            .metric(Metric.category("coin", METALS, Run::metal).label("metal of the coin"))
            .metric(Metric.count("heads", Run::heads).bounded(3, List.of("none", "one", "two", "three"))
                    .label("heads").measuredAs("HEADS"))
            .metric(Metric.flag("lucky", Run::lucky).label("heads first").measuredAs("LUCKY"))
            .metric(Metric.firstDay("first_head_day", Run::firstHead).label("first head").measuredAs("FIRST_HEAD"))
            .metric(Metric.real("mean_draw", Run::meanDraw).label("mean draw"))
            .build();

    private static final ScenarioCatalog CATALOG = ScenarioCatalog.resources(TinyModel.class,
            "/org/offramp/testmodel/scenarios/");

    /**
     * The typed record of one run.
     *
     * @param seed      the run's seed
     * @param won       whether three heads came
     * @param day       the day the run ended
     * @param metal     the coin's metal, an index into {@link #METALS}
     * @param heads     the heads flipped, 0 to 3
     * @param lucky     whether day 0 came up heads
     * @param firstHead the day of the first head, or -1
     * @param meanDraw  the mean of the uniform draws
     */
    public record Run(long seed, boolean won, int day, int metal, int heads, boolean lucky, int firstHead,
                      double meanDraw) {
    }

    /** The model; the constructor the service loader calls. */
    public TinyModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "A coin flipped daily until three heads (for the tests)";
    }

    @Override
    public Parameters parameters() {
        return PARAMETERS;
    }

    @Override
    public Endings endings() {
        return ENDINGS;
    }

    @Override
    public RecordSchema<Run> record() {
        return SCHEMA;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return CATALOG;
    }

    @Override
    public Run run(Scenario scenario, long seed) {
        return play(scenario, seed, null);
    }

    @Override
    public Replay<Run> replay(Scenario scenario, long seed) {
        List<StoryEvent> story = new ArrayList<>();
        Game g = new Game(scenario, seed, story);
        g.runToEnd();
        Run r = g.record(seed);
        // The timeline: heads so far and the running mean draw, day by day, and a marker per head.
        double[] heads = g.headsByDay.stream().mapToDouble(Double::doubleValue).toArray();
        double[] mean = g.meanByDay.stream().mapToDouble(Double::doubleValue).toArray();
        Timeline t = new Timeline(List.of(
                new Timeline.Series("heads", "Heads so far", "heads", "Coin", heads),
                new Timeline.Series("mean_draw", "Running mean draw", "draw", "Draws", mean)),
                g.markers);
        return new Replay<>(r, story, t);
    }

    @Override
    public Optional<LocalDate> startDate() {
        return Optional.of(LocalDate.of(2020, 1, 1));
    }

    @Override
    public OptionalInt horizon(Scenario scenario) {
        return OptionalInt.of(scenario.integer(HORIZON));
    }

    private static Run play(Scenario scenario, long seed, List<StoryEvent> story) {
        Game g = new Game(scenario, seed, story);
        g.runToEnd();
        return g.record(seed);
    }

    /** One run on the library's daily MASON state. */
    private static final class Game extends DailyState {
        private static final long serialVersionUID = 1L;
        private final transient Scenario scenario;
        private final transient RandomStream coin;
        private final transient List<StoryEvent> story;
        private final List<Steppable> agents;
        private int heads;
        private boolean lucky;
        private int firstHead = -1;
        private int endDay = -1;
        private int today;
        private boolean flippedHeads;
        private double sum;
        private int draws;
        /** With a story only: the timeline's series, day by day, and its markers. */
        private final transient List<Double> headsByDay = new ArrayList<>();
        private final transient List<Double> meanByDay = new ArrayList<>();
        private final transient List<Timeline.Marker> markers = new ArrayList<>();

        Game(Scenario scenario, long seed, List<StoryEvent> story) {
            super(seed);
            this.scenario = scenario;
            this.story = story;
            this.coin = streams().stream(0, 0, 0);
            this.agents = List.of((Steppable) this::flip);
        }

        private void flip(SimState state) {
            double u = coin.nextDouble();
            sum += u;
            draws++;
            flippedHeads = u < scenario.get(HEADS) || (scenario.flag(LOADED) && today % 2 == 0);
        }

        @Override
        protected void beginDay(int day) {
            today = day;
            flippedHeads = false;
        }

        @Override
        protected List<Steppable> agents() {
            return agents;
        }

        @Override
        protected void resolveDay() {
            if (flippedHeads) {
                heads++;
                lucky |= today == 0;
                firstHead = firstHead < 0 ? today : firstHead;
                tell("ACT", "heads, the " + heads + (heads == 1 ? "st" : heads == 2 ? "nd" : "rd"));
                if (story != null) {
                    markers.add(new Timeline.Marker(today, "head", "head number " + heads));
                }
            }
            if (story != null) {
                headsByDay.add((double) heads);
                meanByDay.add(sum / draws);
            }
            if (heads >= 3) {
                endDay = today;
                tell("ENDING", "WIN: three heads");
            } else if (today + 1 >= scenario.integer(HORIZON)) {
                endDay = scenario.integer(HORIZON);
                tell("ENDING", "TIMEOUT: the horizon");
            }
        }

        private void tell(String category, String text) {
            if (story != null) {
                story.add(new StoryEvent(today, LocalDate.of(2020, 1, 1).plusDays(today), category, text));
            }
        }

        @Override
        public boolean ended() {
            return endDay >= 0;
        }

        Run record(long seed) {
            return new Run(seed, heads >= 3, endDay, (int) Long.remainderUnsigned(seed, 3), heads, lucky, firstHead,
                    draws == 0 ? 0 : sum / draws);
        }
    }
}
