package org.offramp.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.stats.IntervalMethod;

/**
 * A summary.json is enough to rebuild its experiment: the scenario from its recorded parameter
 * values (checked against the content hash), the settings from the experiment object; damaged,
 * edited or foreign summaries are refused with messages that name the field; a resume with other
 * parameter values names them; a damaged checkpoint is reported without the parser's internals.
 */
class ProvenanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A scenario that differs from the defaults in a real, a whole-number and a flag parameter. */
    private static final Scenario CHANGED = Scenarios.load("baseline").with("washington.restraint", 0.55)
            .with("run.horizonDays", 90).with("tehran.leaderRefusesTalks", 0.0).named("changed", "for the test");

    @TempDir
    Path tmp;

    @Test
    void theScenarioRecordRebuildsTheScenario() {
        ObjectNode record = Provenance.scenario(CHANGED);
        JsonNode params = record.path("parameters");
        assertEquals(3, params.size(), record::toString);
        assertEquals(0.55, params.path("washington.restraint").doubleValue());
        assertTrue(params.path("run.horizonDays").isIntegralNumber(), record::toString);
        assertEquals(90, params.path("run.horizonDays").intValue());
        assertTrue(params.path("tehran.leaderRefusesTalks").isBoolean(), record::toString);
        assertEquals(CHANGED.contentHash(), record.path("contentHash").asText());

        Scenario again = Provenance.scenarioOf(record, "test");
        assertEquals(CHANGED, again);
        assertEquals(CHANGED.contentHash(), again.contentHash());
    }

    @Test
    void anEditedOrUnknownParameterIsRefusedByName() {
        ObjectNode edited = Provenance.scenario(CHANGED);
        ((ObjectNode) edited.get("parameters")).put("washington.restraint", 0.56);
        ProvenanceException hash = assertThrows(ProvenanceException.class, () -> Provenance.scenarioOf(edited, "s"));
        assertTrue(hash.getMessage().contains("content hash"), hash.getMessage());
        assertTrue(hash.getMessage().contains(CHANGED.contentHash()), hash.getMessage());

        ObjectNode unknown = Provenance.scenario(CHANGED);
        ((ObjectNode) unknown.get("parameters")).put("washington.restrain", 0.5);
        ProvenanceException u = assertThrows(ProvenanceException.class, () -> Provenance.scenarioOf(unknown, "s"));
        assertTrue(u.getMessage().contains("s.parameters.washington.restrain is not a parameter"), u.getMessage());

        ObjectNode outOfRange = Provenance.scenario(CHANGED);
        ((ObjectNode) outOfRange.get("parameters")).put("washington.restraint", 7);
        ProvenanceException r = assertThrows(ProvenanceException.class, () -> Provenance.scenarioOf(outOfRange, "s"));
        assertTrue(r.getMessage().contains("washington.restraint must be a number in [0, 1], but was 7"),
                r.getMessage());
    }

    @Test
    void aSummaryRebuildsItsExperimentAndTheSameRuns() throws IOException {
        Path a = tmp.resolve("a");
        ExperimentResult first = Experiment.builder(CHANGED).runs(2500).masterSeed(11).blockSize(700)
                .samplesPerOutcome(2).keepGoing(true).outputDirectory(a).build().run(FakeModels.GOOD);
        JsonNode summary = Provenance.readSummary(a.resolve("summary.json"));
        Experiment rebuilt = Provenance.experimentOf(summary, "a/summary.json").outputDirectory(tmp.resolve("b"))
                .build();
        assertEquals(first.experiment().identity(), rebuilt.identity());
        assertEquals(CHANGED, rebuilt.scenario());
        rebuilt.run(FakeModels.GOOD);
        assertArrayEquals(Files.readAllBytes(a.resolve("runs.csv")), Files.readAllBytes(tmp.resolve("b/runs.csv")));
    }

    @Test
    void aPrecisionModeSummaryRebuildsItsTargetAndCap() {
        ExperimentResult r = Experiment.builder(CHANGED).targetHalfWidth(0.2).maxRuns(3000)
                .intervalMethod(IntervalMethod.CLOPPER_PEARSON).confidenceLevel(0.9).masterSeed(5).build()
                .run(FakeModels.GOOD);
        Experiment rebuilt = Provenance.experimentOf(r.summary(), "s").build();
        assertEquals(r.experiment().identity(), rebuilt.identity());
        assertEquals(IntervalMethod.CLOPPER_PEARSON, rebuilt.intervalMethod());
    }

    @Test
    void aSummaryOfAnotherVersionOrFormatOrWithEditedSettingsIsRefused() {
        ObjectNode s = Experiment.builder(CHANGED).runs(10).masterSeed(5).build().run(FakeModels.GOOD).summary();

        ObjectNode other = s.deepCopy();
        ((ObjectNode) other.get("provenance")).put("version", "0.0.1");
        ProvenanceException v = assertThrows(ProvenanceException.class, () -> Provenance.experimentOf(other, "f"));
        assertTrue(v.getMessage().contains("written by offramp 0.0.1, but this is offramp "
                + ExperimentRunner.libraryVersion()), v.getMessage());

        ObjectNode format = s.deepCopy();
        format.put("format", "something/2");
        ProvenanceException f = assertThrows(ProvenanceException.class, () -> Provenance.experimentOf(format, "f"));
        assertTrue(f.getMessage().contains("format must be offramp-summary/2, but was \"something/2\""),
                f.getMessage());

        ObjectNode runs = s.deepCopy();
        ((ObjectNode) runs.get("experiment")).put("runs", "ten");
        ProvenanceException n = assertThrows(ProvenanceException.class, () -> Provenance.experimentOf(runs, "f"));
        assertTrue(n.getMessage().contains("experiment.runs must be a whole number, but was \"ten\""), n.getMessage());

        ObjectNode extra = s.deepCopy();
        ((ObjectNode) extra.get("experiment")).put("warmup", 3);
        ProvenanceException x = assertThrows(ProvenanceException.class, () -> Provenance.experimentOf(extra, "f"));
        assertTrue(x.getMessage().contains("experiment.warmup"), x.getMessage());

        ObjectNode swapped = s.deepCopy();
        ((ObjectNode) swapped.get("provenance")).set("scenario", Provenance.scenario(Scenarios.load("baseline")));
        ProvenanceException w = assertThrows(ProvenanceException.class, () -> Provenance.experimentOf(swapped, "f"));
        assertTrue(w.getMessage().contains("must be the scenario of experiment"), w.getMessage());
    }

    @Test
    void aDamagedSummaryIsReportedWithLineAndColumnNotParserInternals() throws IOException {
        Path file = Files.writeString(tmp.resolve("summary.json"), "{\n  \"format\": \"offramp-summary/1\",\n  \"x\": [1,\n");
        ProvenanceException e = assertThrows(ProvenanceException.class, () -> Provenance.readSummary(file));
        assertTrue(e.getMessage().startsWith(file + " is damaged: not valid JSON at line 4"), e.getMessage());
        assertFalse(e.getMessage().contains("Source"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        ProvenanceException missing = assertThrows(ProvenanceException.class,
                () -> Provenance.readSummary(tmp.resolve("nothing.json")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void parameterChangesNameEachParameterWithItsOldAndNewValue() {
        Scenario now = CHANGED.with("washington.restraint", 0.7).with("tehran.leaderRefusesTalks", 1.0);
        assertEquals(List.of("washington.restraint was 0.55, now 0.7", "tehran.leaderRefusesTalks was false, now true"),
                Provenance.parameterChanges(Provenance.scenario(CHANGED), now));
        assertEquals(List.of(), Provenance.parameterChanges(Provenance.scenario(CHANGED), CHANGED));
        assertEquals(List.of(), Provenance.parameterChanges(null, CHANGED));
    }

    @Test
    void aResumeWithOtherParameterValuesNamesThem() throws IOException {
        Path dir = tmp.resolve("r");
        Experiment.builder(CHANGED).runs(50).masterSeed(5).outputDirectory(dir).build().run(FakeModels.GOOD);
        Scenario other = CHANGED.with("washington.restraint", 0.9);
        ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> Experiment.builder(other).runs(50)
                .masterSeed(5).outputDirectory(dir).resume(true).build().run(FakeModels.GOOD));
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().contains("washington.restraint was 0.55, now 0.9"), e.getMessage());
        assertFalse(e.getMessage().contains("scenarioHash"), e.getMessage());
        assertTrue(e.getMessage().contains("overwrite (--overwrite)"), e.getMessage());
    }

    @Test
    void aDamagedCheckpointIsBadInputWithLineAndColumnAndTheWayOut() throws IOException {
        Path dir = tmp.resolve("d");
        Experiment e = Experiment.builder(CHANGED).runs(50).masterSeed(5).outputDirectory(dir).build();
        e.run(FakeModels.GOOD);
        Files.writeString(dir.resolve("checkpoint.json"), "{\"format\": \"offramp-checkpoint/1\", \"nextBlock\": ");
        ResultsFolderException x = assertThrows(ResultsFolderException.class,
                () -> e.toBuilder().resume(true).build().run(FakeModels.GOOD));
        assertTrue(x.isBadInput());
        assertTrue(x.getMessage().contains("checkpoint.json is damaged (not valid JSON at line 1, column"),
                x.getMessage());
        assertTrue(x.getMessage().endsWith("start again with overwrite (--overwrite)"), x.getMessage());
        assertFalse(x.getMessage().contains("Source"), x.getMessage());
        assertFalse(x.getMessage().contains("\n"), x.getMessage());

        Files.writeString(dir.resolve("checkpoint.json"), "");
        ResultsFolderException empty = assertThrows(ResultsFolderException.class,
                () -> e.toBuilder().resume(true).build().run(FakeModels.GOOD));
        assertTrue(empty.getMessage().contains("format must be " + ResultsFolder.CHECKPOINT_FORMAT + ", but was empty"),
                empty.getMessage());
    }

    @Test
    void theSummaryCarriesTheInvocationButTheIdentityDoesNot() {
        ObjectNode inv = JSON.createObjectNode().put("command", "test");
        Experiment e = Experiment.builder(CHANGED).runs(10).masterSeed(5).invocation(inv).build();
        inv.put("command", "changed afterwards");
        assertEquals("test", e.invocation().orElseThrow().path("command").asText());
        ExperimentResult r = e.run(FakeModels.GOOD);
        assertEquals("test", r.summary().path("provenance").path("invocation").path("command").asText());
        assertEquals(Experiment.builder(CHANGED).runs(10).masterSeed(5).build().identity(), e.identity());
        assertFalse(Experiment.builder(CHANGED).runs(10).masterSeed(5).build().run(FakeModels.GOOD).summary()
                .path("provenance").has("invocation"));
    }
}
