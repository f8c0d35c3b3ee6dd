package org.offramp.examples.brinkmanship;

import java.util.List;
import java.util.OptionalInt;
import org.offramp.model.Endings;
import org.offramp.model.Model;
import org.offramp.model.Parameters;
import org.offramp.model.RecordSchema;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.ScenarioCatalog;

/**
 * Brinkmanship at a strait as a library {@link Model}: two rival states on an escalation ladder,
 * reading each other through noise, and a mediator offering talks. Registered in
 * {@code META-INF/services/org.offramp.model.Model}, so {@code offramp models} lists it and
 * {@code model: brinkmanship} in a file selects it.
 *
 * <pre>{@code
 * Model<?> model = Models.get("brinkmanship");
 * Scenario fog = Scenarios.load(model, "fog");
 * ExperimentResult r = Experiment.builder(fog).runs(2_000).masterSeed(7).build().run();
 * model.replay(fog, 42L).story().forEach(System.out::println);
 * }</pre>
 *
 * <p>Stateless, immutable and thread-safe: a run is a pure function of (scenario, seed). A scenario
 * of another model is refused by the scenario itself, which reads only its own model's parameters.
 */
// region model
public final class BrinkmanshipModel implements Model<CrisisRecord> {
    private static final long serialVersionUID = 1L;

    /** The model's name, as files and {@code --model} give it. */
    public static final String NAME = "brinkmanship";

    private static final ScenarioCatalog SCENARIOS = ScenarioCatalog.resources(BrinkmanshipModel.class,
            "/org/offramp/examples/brinkmanship/scenarios/");

    /** The model; the constructor the service loader calls. */
    public BrinkmanshipModel() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Brinkmanship at a strait: two rivals on an escalation ladder, reading each other through noise,"
                + " and a mediator";
    }

    @Override
    public Parameters parameters() {
        return CrisisParams.REGISTRY;
    }

    @Override
    public Endings endings() {
        return CrisisSchema.ENDINGS;
    }

    @Override
    public RecordSchema<CrisisRecord> record() {
        return CrisisSchema.SCHEMA;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return SCENARIOS;
    }

    @Override
    public CrisisRecord run(Scenario scenario, long seed) {
        return Crisis.run(scenario, seed);
    }

    @Override
    public Replay<CrisisRecord> replay(Scenario scenario, long seed) {
        return Crisis.replay(scenario, seed);
    }

    @Override
    public OptionalInt horizon(Scenario scenario) {
        return OptionalInt.of(scenario.integer(CrisisParams.HORIZON));
    }

    @Override
    public List<String> actors() {
        return List.of("blue", "red", "mediator");
    }
}
// endregion
