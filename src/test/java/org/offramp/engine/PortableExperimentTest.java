package org.offramp.engine;

import org.offramp.experiment.PortableExperiment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.offramp.experiment.Experiment;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.stats.PrecisionTarget;

/** The portable settings carry every stopping rule to Spark executors and shard files unchanged. */
class PortableExperimentTest {
    private static Experiment.Builder base() {
        return Experiment.builder(Scenarios.load("baseline")).masterSeed(9).blockSize(250).maxRuns(30_000);
    }

    @Test
    void everyModeSurvivesJsonAndJavaSerialization() throws IOException, ClassNotFoundException {
        for (Experiment e : new Experiment[] {base().runs(1234).build(), base().targetHalfWidth(0.01).build(),
                base().precision(PrecisionTarget.relative(0.15, 0.02)).build()}) {
            PortableExperiment p = PortableExperiment.of(e);
            assertEquals(e.identity(), p.toExperiment().identity());
            assertEquals(e.precision(), p.toExperiment().precision());
            assertEquals(p, PortableExperiment.fromJson(p.toJson()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(p);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertEquals(e.identity(), ((PortableExperiment) in.readObject()).toExperiment().identity());
            }
        }
    }

    /** Shard files of fixed-mode experiments keep their JSON: no relative fields appear, and old files read. */
    @Test
    void fixedModeJsonHasNoRelativeFields() {
        ObjectNode n = PortableExperiment.of(base().runs(10).build()).toJson();
        assertFalse(n.has("relativeHalfWidth"));
        assertFalse(n.has("precisionFloor"));
        assertEquals(10, PortableExperiment.fromJson(n).toExperiment().runs());
    }
}
