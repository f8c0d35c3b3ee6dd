package org.offramp.tankerwar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.offramp.model.Endings;
import org.offramp.model.Model;
import org.offramp.model.Parameters;
import org.offramp.model.RecordSchema;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.ScenarioCatalog;

/**
 * The 1987–88 Tanker War (Operation Earnest Will) as a library {@link Model}: a compact second model
 * of the US–Iran confrontation in the Gulf, from the first escorted convoy on 1987-07-22, built for
 * a historical back-test ({@code docs/tanker-war/}). Seven actors (Washington, Tehran, Iranian
 * forces at sea, Iraq, the Gulf states, Moscow, the UN) choose daily by the logit rule from their
 * own beliefs, which the core perception package updates from noisy, biased, sometimes
 * misattributed observations; convoys meet a mine field; accidents happen under alert; runs end in
 * WAR, CEASEFIRE (Tehran accepts Resolution 598), CHAOS or STALEMATE at the horizon.
 *
 * <pre>{@code
 * Model<?> tw = Models.get("tankerwar");
 * tw.replay(tw.defaults(), 42L).story().forEach(System.out::println);
 * }</pre>
 *
 * <p>Stateless and thread-safe; registered in {@code META-INF/services/org.offramp.model.Model}.
 */
public final class TankerWarModel implements Model<TwRecord> {
    private static final long serialVersionUID = 1L;
    /** The model's name in files and on the command line. */
    public static final String NAME = "tankerwar";
    private static final ScenarioCatalog CATALOG = ScenarioCatalog.resources(TankerWarModel.class,
            "/org/offramp/tankerwar/scenarios/");

    /** The model; the constructor the service loader calls. */
    public TankerWarModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "The 1987-88 Tanker War in the Gulf, from the first escorted convoy (a back-test)";
    }

    @Override
    public Parameters parameters() {
        return TwParams.PARAMETERS;
    }

    @Override
    public Endings endings() {
        return TwSchema.ENDINGS;
    }

    @Override
    public RecordSchema<TwRecord> record() {
        return TwSchema.SCHEMA;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return CATALOG;
    }

    @Override
    public TwRecord run(Scenario scenario, long seed) {
        TwState state = new TwState(check(scenario), seed, false);
        state.runToEnd();
        return state.world().record(seed);
    }

    @Override
    public Replay<TwRecord> replay(Scenario scenario, long seed) {
        TwState state = new TwState(check(scenario), seed, true);
        state.runToEnd();
        World w = state.world();
        return new Replay<>(w.record(seed), w.story(), w.timeline());
    }

    private Scenario check(Scenario scenario) {
        java.util.Objects.requireNonNull(scenario, "scenario");
        if (scenario.parameters() != TwParams.PARAMETERS) {
            throw new IllegalArgumentException("scenario " + scenario.name() + " is of model "
                    + scenario.parameters().owner() + ", not " + NAME);
        }
        return scenario;
    }

    @Override
    public Optional<LocalDate> startDate() {
        return Optional.of(World.START);
    }

    @Override
    public OptionalInt horizon(Scenario scenario) {
        return OptionalInt.of(check(scenario).integer(TwParams.HORIZON));
    }

    @Override
    public List<String> actors() {
        return TwActor.ALL.stream().map(TwActor::key).collect(Collectors.toUnmodifiableList());
    }
}
