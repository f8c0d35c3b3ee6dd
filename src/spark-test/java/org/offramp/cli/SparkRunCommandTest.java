package org.offramp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.testkit.SummaryJson;

/**
 * {@code offramp run --engine spark --master local[2]} against a local run (Spark is on the test
 * class path, being a provided dependency), and the flags that go with --engine. One Spark start,
 * about five seconds.
 */
class SparkRunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void sparkRunWritesTheLocalRunsFolder() throws IOException {
        Path exp = Folders.shortExperiment(tmp, "short", 2200);
        Path local = tmp.resolve("local");
        Path spark = tmp.resolve("spark");
        Cli.Result l = Cli.run("run", exp.toString(), "--out", local.toString(), "--quiet");
        assertEquals(0, l.code(), l::toString);
        Cli.Result s = Cli.run("run", exp.toString(), "--engine", "spark", "--master", "local[2]", "--out",
                spark.toString(), "--quiet");
        assertEquals(0, s.code(), s::toString);
        assertArrayEquals(Files.readAllBytes(local.resolve("runs.csv")),
                Files.readAllBytes(spark.resolve("runs.csv")), "runs.csv byte for byte");
        assertEquals(SummaryJson.withoutMachineFields(local.resolve("summary.json")),
                SummaryJson.withoutMachineFields(spark.resolve("summary.json")));
        assertTrue(s.out().startsWith("experiment short · scenario baseline · 2,200 runs · master seed 20190517 ·"
                + " Spark local[2] (2 task slots)"), s.out());
        // Charts and stories as a local run draws them; no part files left behind.
        TreeMap<String, String> a = Folders.files(local);
        TreeMap<String, String> b = Folders.files(spark);
        for (String n : new String[] {"checkpoint.json", "summary.json"}) {
            a.remove(n);
            b.remove(n);
        }
        assertEquals(a.keySet(), b.keySet());
        for (Map.Entry<String, String> e : a.entrySet()) {
            assertTrue(e.getValue().equals(b.get(e.getKey())), e.getKey() + " differs");
        }
        assertFalse(Files.exists(spark.resolve("runs")));
    }

    @Test
    void policyDesignsOnSparkWriteTheTablesOfALocalRun() throws IOException {
        // compare, sweep and sensitivity of three blocks each, on two task slots, against this JVM's threads.
        for (String kind : new String[] {"compare", "sweep", "sensitivity"}) {
            Path file = Folders.policyFile(tmp.resolve(kind), kind, "sensitivity".equals(kind) ? 130 : 250);
            Path local = tmp.resolve(kind + "-local");
            Path spark = tmp.resolve(kind + "-spark");
            Cli.Result l = Cli.run("run", file.toString(), "--out", local.toString(), "--quiet");
            assertEquals(0, l.code(), l::toString);
            Cli.Result s = Cli.run("run", file.toString(), "--engine", "spark", "--master", "local[2]", "--out",
                    spark.toString(), "--quiet");
            assertEquals(0, s.code(), s::toString);
            String stem = "compare".equals(kind) ? "comparison" : kind;
            for (String t : new String[] {stem + ".csv", stem + ".md"}) {
                assertEquals(Files.readString(local.resolve(t)), Files.readString(spark.resolve(t)), kind + " " + t);
            }
        }
    }

    @Test
    void engineFlagsAreCheckedBeforeAnythingIsWritten() throws IOException {
        Path exp = Folders.shortExperiment(tmp, "short", 100);
        Path out = tmp.resolve("out");
        String[][] cases = {
            {"--engine", "hadoop"}, // not an engine
            {"--master", "local[2]"}, // --master without --engine spark
            {"--engine", "spark", "--master", "local[2]", "--threads", "2"},
            {"--engine", "spark", "--master", "local[2]", "--resume", "--overwrite"},
            {"--engine", "spark", "--master", " "},
        };
        String[] expected = {"--engine must be local or spark, but was hadoop", "is for --engine spark only",
            "excludes --threads 2", "--resume and --overwrite exclude each other", "--master must be a Spark master URL"};
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 4];
            args[0] = "run";
            args[1] = exp.toString();
            args[2] = "--out";
            args[3] = out.toString();
            System.arraycopy(cases[i], 0, args, 4, cases[i].length);
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains(expected[i]), r.err());
            assertFalse(Files.exists(out), "nothing is written");
        }
    }

    @Test
    void sparkWithoutMasterOutsideSparkSubmitSaysHowToGiveOne() throws IOException {
        Path exp = Folders.shortExperiment(tmp, "short", 100);
        String before = System.getProperty("spark.master");
        System.clearProperty("spark.master");
        try {
            Cli.Result r = Cli.run("run", exp.toString(), "--engine", "spark", "--out", tmp.resolve("o").toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("needs a master: give --master 'local[*]'"), r.err());
        } finally {
            if (before != null) {
                System.setProperty("spark.master", before);
            }
        }
    }
}
