package org.offramp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Params;
import org.offramp.standoff.sim.StandoffModel;
import org.offramp.testmodel.TinyModel;

/**
 * The model interface itself: discovery of the installed models, parameters owned by their
 * registry, endings and record schemas that refuse what cannot be written or aggregated, and the
 * CSV text of each metric kind.
 */
class ModelSpiTest {

    @Test
    void theInstalledModelsAreFoundSortedWithTheStandoffAsDefault() {
        assertEquals(List.of("brinkmanship", "standoff", "tankerwar", "tiny"), Models.names(),
                "the library's second and example models and the test registration's tiny model");
        assertEquals(StandoffModel.class, Models.defaultModel().getClass());
        assertTrue(Models.defaultModel().isDefault());
        assertEquals(TinyModel.class, Models.get("tiny").getClass());
        assertSame(Models.get("tiny"), Models.get("tiny"), "models are loaded once");
        assertTrue(Models.find("nope").isEmpty());
        UnknownModelException e = assertThrows(UnknownModelException.class, () -> Models.get("nope"));
        assertEquals("unknown model \"nope\"; installed: brinkmanship, standoff, tankerwar, tiny ('offramp models' lists them)",
                e.getMessage());
        assertEquals(List.of("brinkmanship", "standoff", "tankerwar", "tiny"), e.installed());
    }

    @Test
    void installedModelsMustHaveDistinctValidNamesAndOneDefaultAtMost() {
        List<Model<?>> twoDefaults = new ArrayList<>(List.of(new StandoffModel(), new StandoffModel()));
        IllegalStateException same = assertThrows(IllegalStateException.class, () -> Models.check(twoDefaults));
        assertTrue(same.getMessage().contains("two installed models are named standoff"), same.getMessage());
        Model<?> otherDefault = new TinyModel() {
            @Override
            public boolean isDefault() {
                return true;
            }
        };
        IllegalStateException both = assertThrows(IllegalStateException.class,
                () -> Models.check(List.of(new StandoffModel(), otherDefault)));
        assertTrue(both.getMessage().contains("two installed models say they are the default"), both.getMessage());
        Model<?> badName = new TinyModel() {
            @Override
            public String name() {
                return "Tiny Model";
            }
        };
        IllegalStateException bad = assertThrows(IllegalStateException.class, () -> Models.check(List.of(badName)));
        assertTrue(bad.getMessage().contains("\"Tiny Model\"; allowed: [a-z][a-z0-9-]*"), bad.getMessage());
        assertEquals(List.of("standoff", "tiny"), Models.check(List.of(new TinyModel(), new StandoffModel())).stream()
                .map(Model::name).toList(), "sorted by name");
    }

    /** A model's embedded baseline sets nothing: Scenario.toYaml relies on it for every model. */
    @Test
    void everyInstalledModelsBaselineHoldsItsDefaults() {
        for (Model<?> m : Models.all()) {
            Scenario baseline = Scenarios.load(m, "baseline");
            assertEquals(Scenario.defaults(m).contentHash(), baseline.contentHash(), m.name());
            assertEquals(m.name(), baseline.model().name());
        }
    }

    @Test
    void aScenarioReadsOnlyTheParametersOfItsOwnModel() {
        Scenario tiny = Scenario.defaults(Models.get("tiny"));
        Scenario standoff = Scenarios.load("baseline");
        assertEquals(30, tiny.integer(TinyModel.HORIZON));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tiny.get(Params.HORIZON));
        assertEquals("parameter run.horizonDays belongs to model standoff, but scenario defaults is of model tiny;"
                + " allowed: a parameter of tiny", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> standoff.get(TinyModel.HEADS));
        assertThrows(IllegalArgumentException.class, () -> standoff.with(TinyModel.HEADS, 0.5));
        assertThrows(IllegalArgumentException.class, () -> tiny.differencesFrom(standoff));
        assertThrows(IllegalArgumentException.class, () -> tiny.get("washington.restraint"),
                "a path of another model is unknown");
        assertTrue(Params.REGISTRY.owns(Params.HORIZON) && !TinyModel.PARAMETERS.owns(Params.HORIZON));
        assertFalse(tiny.equals(standoff.named("defaults", tiny.description())));
    }

    @Test
    void aRegistryRefusesDuplicatesMalformedPathsAndLateDeclarations() {
        Parameters.Builder b = Parameters.builder("x");
        b.real("a.b", "1", 0.5, 0, 1, "r");
        assertEquals("parameter declared twice: a.b",
                assertThrows(IllegalArgumentException.class, () -> b.real("a.b", "1", 0.5, 0, 1, "r")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.real("a..b", "1", 0.5, 0, 1, "r"));
        assertThrows(IllegalArgumentException.class, () -> b.real("c", "1", 2, 0, 1, "default out of range"));
        Parameters built = b.build();
        assertEquals(1, built.count());
        assertThrows(IllegalStateException.class, () -> b.flag("late", true, "r"));
        assertThrows(IllegalStateException.class, () -> Parameters.builder("empty").build());
        assertEquals("x", built.byPath("a.b").registry().owner());
    }

    @Test
    void endingsNeedExactlyOneHorizonAndATriggerForEach() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Endings.builder()
                .ending("A", "a", "#000000").trigger("T", "A", "t").build()).getMessage()
                .contains("exactly one ending must be the horizon ending"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Endings.builder()
                .horizon("A", "a", "#000000").horizon("B", "b", "#000000").trigger("T", "A", "t")
                .trigger("U", "B", "u").build()).getMessage().contains("A and B both are"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Endings.builder()
                .ending("A", "a", "#000000").horizon("B", "b", "#000000").trigger("U", "B", "u").build())
                .getMessage().contains("ending A has no trigger"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Endings.builder()
                .horizon("B", "b", "#000000").trigger("U", "C", "u").build())
                .getMessage().contains("trigger U belongs to ending C, which is not declared"));
        assertThrows(IllegalArgumentException.class, () -> Endings.builder().ending("war", "w", "#000000"),
                "names are upper case: they are CSV values and measure names");
        assertThrows(IllegalArgumentException.class, () -> Endings.builder().ending("FAILED", "f", "#000000"),
                "FAILED is the count of failed runs");
        assertThrows(IllegalArgumentException.class, () -> Endings.builder().ending("A", "a", "red"));
        Endings e = TinyModel.ENDINGS;
        assertEquals(1, e.horizonIndex());
        assertEquals("TIMEOUT", e.horizon().name());
        assertEquals(0, e.endingOf(e.triggerIndex("THIRD_HEAD")));
        assertEquals("#1e884e", e.colours().get("WIN"));
    }

    @Test
    void aSchemaRefusesClashingNamesAndStems() {
        Endings e = TinyModel.ENDINGS;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordSchema.<int[]>builder(e, x -> 0, x -> 0,
                x -> 0, x -> 0).metric(Metric.<int[]>count("a", x -> 0)).metric(Metric.<int[]>flag("a", x -> true)).build())
                .getMessage().contains("metric declared twice: a"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RecordSchema.<int[]>builder(e, x -> 0, x -> 0,
                x -> 0, x -> 0).metric(Metric.<int[]>flag("won", x -> true).measuredAs("WIN")).build()).getMessage()
                .contains("takes the measure stem WIN of ending WIN"));
        assertThrows(IllegalArgumentException.class, () -> Metric.count("day", x -> 0), "a fixed column's name");
        assertThrows(IllegalArgumentException.class, () -> Metric.count("Heads", x -> 0), "lower case only");
        assertThrows(IllegalArgumentException.class, () -> Metric.real("r", x -> 0.0).measuredAs("R"),
                "a real has no measures");
        assertThrows(IllegalArgumentException.class, () -> Metric.flag("f", x -> true).bounded(3, List.of()),
                "only a count is bounded");
        assertThrows(IllegalArgumentException.class, () -> Metric.count("c", x -> 0).bounded(2, List.of("a")),
                "one label per value");
        assertThrows(IllegalArgumentException.class, () -> Metric.category("c", List.of("A", "A"), x -> 0));
        assertThrows(IllegalArgumentException.class, () -> Metric.category("c", List.of("A,B"), x -> 0),
                "a category is written into the CSV as is");
    }

    /** Each kind is written as documented, and a value a metric cannot hold is refused naming the column. */
    @Test
    void recordsAreCheckedAndWrittenByKind() {
        TinyModel.Run ok = new TinyModel.Run(-5L, true, 12, 2, 3, false, 4, 0.25);
        RunRecord r = TinyModel.SCHEMA.toRecord(ok);
        assertEquals(List.of("seed", "outcome", "day", "trigger", "coin", "heads", "lucky", "first_head_day",
                "mean_draw"), TinyModel.SCHEMA.csvHeader());
        assertEquals("-5,WIN,12,THIRD_HEAD,GOLD,3,0,4,0.25", r.toCsv());
        assertEquals("WIN", r.endingName());
        assertEquals("the third head", r.triggerInfo().description());
        assertEquals(3.0, r.value("heads"));
        assertEquals("1,TIMEOUT,30,HORIZON,COPPER,0,1,-1,1.0E-300",
                TinyModel.SCHEMA.toRecord(new TinyModel.Run(1L, false, 30, 0, 0, true, -1, 1e-300)).toCsv(),
                "a real in full, as Double.toString writes it");
        assertEquals(r, RunRecord.of(TinyModel.SCHEMA, -5L, 0, 12, 0, r.values()));
        assertProblem("heads must be at most 3, but was 4.0", new TinyModel.Run(1L, true, 1, 0, 4, false, 0, 0));
        assertProblem("coin must be a category index in [0, 3), but was 3.0",
                new TinyModel.Run(1L, true, 1, 3, 3, false, 0, 0));
        assertProblem("first_head_day must be a day in [0, 100000] or -1 (never), but was -2.0",
                new TinyModel.Run(1L, true, 1, 0, 3, false, -2, 0));
        assertProblem("day must be in [0, 100000], but was -1", new TinyModel.Run(1L, true, -1, 0, 3, false, 0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunRecord.of(TinyModel.SCHEMA, 1L, 0, 3, 1, r.values()));
        assertEquals("trigger HORIZON belongs to TIMEOUT, but the outcome was WIN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RunRecord.of(TinyModel.SCHEMA, 1L, 0, 3, 0, new double[4]));
        double[] flag = r.values();
        flag[2] = 2;
        assertEquals("lucky must be 1 or 0, but was 2.0", assertThrows(IllegalArgumentException.class,
                () -> RunRecord.of(TinyModel.SCHEMA, 1L, 0, 3, 0, flag)).getMessage());
    }

    private static void assertProblem(String message, TinyModel.Run run) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> TinyModel.SCHEMA.toRecord(run))
                .getMessage());
    }

    /** The catalog lists its index, sorted, and refuses what it does not hold. */
    @Test
    void aCatalogReadsItsIndex() {
        ScenarioCatalog c = Models.get("tiny").scenarios();
        assertEquals(List.of("baseline", "loaded"), c.names());
        assertTrue(c.text("loaded").contains("coin.loaded: true"));
        assertThrows(IllegalArgumentException.class, () -> c.text("war-prone"));
        assertThrows(IllegalStateException.class, () -> ScenarioCatalog.resources(ModelSpiTest.class, "/nowhere/"));
    }
}
