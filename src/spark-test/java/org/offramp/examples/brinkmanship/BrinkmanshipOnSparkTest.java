package org.offramp.examples.brinkmanship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.engine.spark.SparkEngine;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.PortableModel;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.scenario.Scenarios;

/**
 * The example model on Spark in local[2] from Java, with no line of the engine written for it: the
 * same {@code runs.csv}, byte for byte, and the same aggregate as a local run of the same experiment
 * ({@code org.offramp.cli.BrinkmanshipOnSparkCommandTest} does it from the command line).
 */
class BrinkmanshipOnSparkTest {
    private static final Model<?> MODEL = Models.get(BrinkmanshipModel.NAME);
    private static final long SEED = 20240601L;

    @TempDir
    Path tmp;

    @Test
    void sparkInLocalModeWritesTheLocalRunsCsv() throws IOException {
        Experiment e = Experiment.builder(Scenarios.load(MODEL, "baseline")).runs(2200).masterSeed(SEED).build();
        ExperimentResult local = e.toBuilder().outputDirectory(tmp.resolve("local")).build().run();
        ExperimentResult onSpark;
        try (SparkEngine.Session spark = SparkEngine.open("local[2]")) {
            spark.setLogLevel("ERROR");
            onSpark = spark.run(e.toBuilder().outputDirectory(tmp.resolve("spark")).build(), PortableModel.of(MODEL));
        }
        assertEquals(Files.readString(local.runsCsvPath()), Files.readString(onSpark.runsCsvPath()));
        assertEquals(local.aggregate().toJson(), onSpark.aggregate().toJson());
        assertEquals(local.counts(), onSpark.counts());
    }
}
