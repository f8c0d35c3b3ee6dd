package org.offramp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offramp.experiment.aggregate.RunSample;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.StandoffRecord;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.testkit.SummaryJson;

class ExperimentRunnerTest {
    private static final Scenario SCENARIO = Scenarios.load("baseline");

    @TempDir
    Path tmp;

    private static Experiment.Builder fixed(long runs) {
        return Experiment.builder(SCENARIO).runs(runs).masterSeed(20190517L).blockSize(100);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void resultsAreBitIdenticalForOneTwoAndFourThreads() throws IOException {
        List<String> csvs = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (int threads : new int[] {1, 2, 4}) {
            Path dir = tmp.resolve("t" + threads);
            ExperimentResult r = fixed(2_550).threads(threads).outputDirectory(dir).build().run(FakeModels.GOOD);
            assertEquals(threads, r.threads());
            csvs.add(read(dir.resolve("runs.csv")));
            summaries.add(SummaryJson.withoutMachineFields(dir.resolve("summary.json")));
            assertEquals(r.summaryJson(), read(dir.resolve("summary.json")));
        }
        assertEquals(csvs.get(0), csvs.get(1));
        assertEquals(csvs.get(0), csvs.get(2));
        assertEquals(summaries.get(0), summaries.get(1));
        assertEquals(summaries.get(0), summaries.get(2));
    }

    @Test
    void runsEqualTheSameSeedsRunOneByOne() throws IOException {
        ExperimentResult r = fixed(730).threads(3).outputDirectory(tmp.resolve("x")).build().run(FakeModels.GOOD);
        StringBuilder expected = new StringBuilder("index," + String.join(",", StandoffRecord.csvHeader()) + "\n");
        long[] counts = new long[Outcome.COUNT];
        for (int i = 0; i < 730; i++) {
            StandoffRecord rec = FakeModels.standoffRecord(Seeds.runSeed(20190517L, i));
            expected.append(i).append(',').append(rec.toCsv()).append('\n');
            counts[rec.outcome().ordinal()]++;
        }
        assertEquals(expected.toString(), r.runsCsv());
        for (Outcome o : Outcome.ALL) {
            assertEquals(counts[o.ordinal()], r.counts().get(o.name()));
            assertEquals((double) counts[o.ordinal()] / 730, r.shares().get(o.name()));
            assertEquals(ConfidenceIntervals.wilson(counts[o.ordinal()], 730, 0.95), r.wilsonIntervals().get(o.name()));
        }
        assertEquals(730, r.runs());
        assertFalse(Files.exists(tmp.resolve("x").resolve("runs.csv.partial")));
    }

    @Test
    void inMemoryModeGivesTheSameSummaryAndWritesNoFiles() throws IOException {
        ExperimentResult onDisk = fixed(500).threads(2).outputDirectory(tmp.resolve("d")).build().run(FakeModels.GOOD);
        ExperimentResult inMemory = fixed(500).threads(2).build().run(FakeModels.GOOD);
        // Only a results folder's summary says what its runs.csv holds; the rest is the same.
        ObjectNode disk = (ObjectNode) Summaries.MAPPER.readTree(onDisk.summaryJson());
        assertTrue(disk.remove("files") != null);
        assertFalse(inMemory.summary().has("files"));
        assertEquals(SummaryJson.withoutMachineFields(disk.toString()), SummaryJson.withoutMachineFields(inMemory.summaryJson()));
        assertTrue(inMemory.resultsDirectory().isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, inMemory::runsCsv);
        assertTrue(e.getMessage().contains("in-memory"));
    }

    @Test
    void fixedModeAggregatesDoNotDependOnTheBlockSize() throws IOException {
        ObjectNode a = fixed(640).blockSize(7).build().run(FakeModels.GOOD).summary();
        ObjectNode b = fixed(640).blockSize(1000).build().run(FakeModels.GOOD).summary();
        assertEquals(a.get("outcomes"), b.get("outcomes"));
        assertEquals(a.get("means"), b.get("means"));
        assertEquals(a.get("storySamples"), b.get("storySamples"));
    }

    @Test
    void summaryRecordsProvenanceAndStorySamples() {
        ExperimentResult r = fixed(300).build().run(FakeModels.GOOD);
        ObjectNode s = r.summary();
        assertEquals(ExperimentRunner.FALLBACK_VERSION, s.at("/provenance/version").asText());
        assertEquals(SCENARIO.contentHash(), s.at("/provenance/scenario/contentHash").asText());
        assertEquals(20190517L, s.at("/provenance/masterSeed").asLong());
        assertEquals(System.getProperty("java.version"), s.at("/provenance/javaVersion").asText());
        assertEquals(300, s.at("/runs/requested").asLong());
        assertEquals("COMPLETE", s.get("status").asText());
        for (Outcome o : Outcome.ALL) {
            List<RunSample> samples = r.storySamples().get(o.name());
            assertEquals(Experiment.DEFAULT_SAMPLES_PER_OUTCOME, samples.size());
            // The first k runs by index with that outcome.
            long found = 0;
            for (long i = 0; found < samples.size(); i++) {
                long seed = Seeds.runSeed(20190517L, i);
                if (FakeModels.standoffRecord(seed).outcome() == o) {
                    assertEquals(new RunSample(i, seed, ""), samples.get((int) found++));
                }
            }
        }
        // Competing risks: the incidences at the last day plus STALEMATE add up to one.
        double sum = r.shares().get("STALEMATE");
        int last = s.at("/cumulativeIncidence/lastDay").asInt();
        for (String o : List.of("WAR", "DEAL", "CHAOS")) {
            sum += s.at("/cumulativeIncidence/" + o + "/" + last).asDouble();
        }
        assertEquals(1.0, sum, 1e-12);
    }

    /**
     * Without a jar manifest (tests, notebooks on the class path) the library reports its fallback
     * version, which must be the version the pom builds, or a summary written from the classes would
     * claim another release than the jar's.
     */
    @Test
    void theFallbackVersionIsThePomsVersion() throws Exception {
        org.w3c.dom.Document pom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        String version = null;
        for (org.w3c.dom.Node n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals("version")) {
                version = n.getTextContent().trim();
            }
        }
        assertEquals(version, ExperimentRunner.FALLBACK_VERSION, "the project version in pom.xml");
        assertEquals(ExperimentRunner.FALLBACK_VERSION, ExperimentRunner.libraryVersion(),
                "the tests run from classes, without a manifest");
    }

    @Test
    void aFailedRunStopsTheExperimentNamingTheLowestFailingIndexAndSeed() {
        long bad1 = Seeds.runSeed(20190517L, 1234);
        long bad2 = Seeds.runSeed(20190517L, 1801);
        for (int threads : new int[] {1, 4}) {
            RunFailedException e = assertThrows(RunFailedException.class,
                    () -> fixed(3000).threads(threads).build().run(FakeModels.failingFor(Set.of(bad1, bad2))));
            assertEquals(1234, e.runIndex());
            assertEquals(bad1, e.seed());
            assertTrue(e.getCause().getMessage().contains("model broke"));
            assertTrue(e.getMessage().contains("run 1234 (seed " + bad1 + ")"));
        }
    }

    @Test
    void keepGoingCountsFailedRunsAndKeepsTheirRows() throws IOException {
        long bad1 = Seeds.runSeed(20190517L, 17);
        long bad2 = Seeds.runSeed(20190517L, 444);
        Path dir = tmp.resolve("kg");
        ExperimentResult r = fixed(500).threads(2).keepGoing(true).outputDirectory(dir).build()
                .run(FakeModels.failingFor(Set.of(bad1, bad2)));
        assertEquals(2, r.failed());
        assertEquals(498, r.completed());
        assertEquals(500, r.runs());
        assertEquals(2L, r.counts().get("FAILED"));
        assertEquals(List.of(17L, 444L), r.failures().stream().map(RunSample::index).toList());
        assertEquals(bad2, r.failures().get(1).seed());
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        assertEquals(501, lines.size());
        assertEquals("17," + bad1 + ",FAILED", lines.get(18).substring(0, lines.get(18).indexOf("FAILED") + 6));
        assertEquals(StandoffRecord.csvHeader().size() + 1, lines.get(18).split(",", -1).length);
        ObjectNode s = r.summary();
        assertEquals(s.at("/runs/requested").asLong(), s.at("/runs/completed").asLong() + s.at("/runs/failed").asLong());
        assertEquals(2, s.at("/outcomes/FAILED/count").asLong());
    }

    @Test
    void aRecordWithTheWrongSeedIsAFailure() {
        RunModel liar = (sc, seed) -> FakeModels.record(seed + 1);
        RunFailedException e = assertThrows(RunFailedException.class, () -> fixed(10).build().run(liar));
        assertEquals(0, e.runIndex());
        assertTrue(e.getCause().getMessage().contains("recorded seed"));
    }

    /**
     * Runs the experiment until {@code stopAfter} model calls, then cancels it from inside the model.
     *
     * @return the runs committed before the cancellation
     */
    private static long interruptAfter(Experiment e, int stopAfter) {
        AtomicReference<ExperimentRun> handle = new AtomicReference<>();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        RunModel model = (sc, seed) -> {
            try {
                started.await();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            if (calls.incrementAndGet() == stopAfter) {
                handle.get().cancel();
            }
            return FakeModels.record(seed);
        };
        handle.set(ExperimentRunner.start(e, model, ProgressListener.NONE));
        started.countDown();
        ExperimentCancelledException c = assertThrows(ExperimentCancelledException.class, handle.get()::await);
        assertTrue(c.runsCommitted() < e.runLimit());
        return c.runsCommitted();
    }

    /** The runs a results folder's checkpoint holds: those of its finished blocks. */
    private static long committed(Path dir) throws IOException {
        com.fasterxml.jackson.databind.JsonNode cp = Summaries.MAPPER.readTree(dir.resolve("checkpoint.json").toFile());
        return Math.min(cp.at("/experiment/runs").asLong(),
                cp.get("nextBlock").asLong() * cp.at("/experiment/blockSize").asLong());
    }

    /**
     * The model for a resume of a folder holding runs 0 to {@code committed - 1}: it refuses those
     * runs, which a resume must take from the folder (a restart from scratch would ask for them), and
     * counts the runs it is asked for.
     */
    private static RunModel resumingAfter(long committed, AtomicInteger calls) {
        Set<Long> done = new java.util.HashSet<>();
        for (long i = 0; i < committed; i++) {
            done.add(Seeds.runSeed(20190517L, i));
        }
        return (sc, seed) -> {
            if (done.contains(seed)) {
                throw new IllegalStateException("run with seed " + seed + " is in the folder already; a resume must "
                        + "not run it again");
            }
            calls.incrementAndGet();
            return FakeModels.record(seed);
        };
    }

    @Test
    void resumeAfterAnInterruptionEqualsAnUninterruptedRun() throws IOException {
        Path whole = tmp.resolve("whole");
        fixed(2_345).threads(2).outputDirectory(whole).build().run(FakeModels.GOOD);

        Path broken = tmp.resolve("broken");
        long committed = interruptAfter(fixed(2_345).threads(2).outputDirectory(broken).build(), 1_111);
        assertEquals(committed, committed(broken), "the checkpoint holds the runs the cancellation reported");
        assertTrue(committed >= 100, "at least one block is committed before the 1,111th call: " + committed);
        assertFalse(Files.exists(broken.resolve("runs.csv")));
        assertEquals("CANCELLED", Summaries.MAPPER.readTree(broken.resolve("summary.json").toFile()).get("status").asText());
        // A kill -9 in the middle of appending leaves bytes past the checkpoint: simulate it, with more
        // bytes than the rest of the experiment writes, so only a truncation can remove them.
        Files.writeString(broken.resolve("runs.csv.partial"), "1200,123,WAR,4\n".repeat(100_000),
                StandardOpenOption.APPEND);

        AtomicInteger calls = new AtomicInteger();
        ExperimentResult resumed = fixed(2_345).threads(3).outputDirectory(broken).resume(true).build()
                .run(resumingAfter(committed, calls));
        assertEquals(2_345, resumed.runs());
        assertEquals(2_345 - committed, calls.get(), "a resume runs only the runs not committed");
        assertEquals(read(whole.resolve("runs.csv")), read(broken.resolve("runs.csv")));
        assertEquals(SummaryJson.withoutMachineFields(whole.resolve("summary.json")),
                SummaryJson.withoutMachineFields(broken.resolve("summary.json")));
    }

    @Test
    void resumeAfterAFailureContinuesOnceTheModelIsFixed() throws IOException {
        Path whole = tmp.resolve("whole");
        fixed(900).outputDirectory(whole).build().run(FakeModels.GOOD);
        Path dir = tmp.resolve("failed");
        Experiment e = fixed(900).threads(2).outputDirectory(dir).build();
        assertThrows(RunFailedException.class,
                () -> e.run(FakeModels.failingFor(Set.of(Seeds.runSeed(20190517L, 650)))));
        assertEquals("FAILED", Summaries.MAPPER.readTree(dir.resolve("summary.json").toFile()).get("status").asText());
        long committed = committed(dir);
        assertTrue(committed > 0 && committed <= 650, "the blocks before the failing run are kept: " + committed);
        AtomicInteger calls = new AtomicInteger();
        e.toBuilder().resume(true).build().run(resumingAfter(committed, calls));
        assertEquals(900 - committed, calls.get(), "a resume runs only the runs not committed");
        assertEquals(read(whole.resolve("runs.csv")), read(dir.resolve("runs.csv")));
    }

    @Test
    void resumingACompleteExperimentRunsNothing() throws IOException {
        Path dir = tmp.resolve("done");
        ExperimentResult first = fixed(300).outputDirectory(dir).build().run(FakeModels.GOOD);
        RunModel mustNotRun = (sc, seed) -> {
            throw new IllegalStateException("no run expected");
        };
        ExperimentResult again = fixed(300).outputDirectory(dir).resume(true).build().run(mustNotRun);
        assertEquals(first.counts(), again.counts());
        assertEquals(SummaryJson.withoutMachineFields(first.summaryJson()), SummaryJson.withoutMachineFields(again.summaryJson()));
    }

    @Test
    void anExistingFolderIsNeverOverwrittenWithoutTheFlag() throws IOException {
        Path dir = tmp.resolve("r");
        fixed(200).outputDirectory(dir).build().run(FakeModels.GOOD);
        String before = read(dir.resolve("runs.csv"));
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> fixed(200).outputDirectory(dir).build().run(FakeModels.GOOD));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(before, read(dir.resolve("runs.csv")));

        ResultsFolderException other = assertThrows(ResultsFolderException.class,
                () -> fixed(200).masterSeed(1).outputDirectory(dir).resume(true).build().run(FakeModels.GOOD));
        assertTrue(other.getMessage().contains("masterSeed was 20190517, now 1"), other.getMessage());

        ExperimentResult replaced = fixed(100).outputDirectory(dir).overwrite(true).build().run(FakeModels.GOOD);
        assertEquals(101, Files.readAllLines(dir.resolve("runs.csv")).size());
        assertEquals(100, replaced.runs());
    }

    @Test
    void precisionModeIsDeterministicAndStopsAtTheFirstBlockThatMeetsTheTarget() throws IOException {
        double target = 0.03;
        ExperimentResult one = Experiment.builder(SCENARIO).targetHalfWidth(target).masterSeed(5).blockSize(50)
                .threads(1).build().run(FakeModels.GOOD);
        ExperimentResult four = Experiment.builder(SCENARIO).targetHalfWidth(target).masterSeed(5).blockSize(50)
                .threads(4).build().run(FakeModels.GOOD);
        assertTrue(one.targetMet());
        assertEquals(one.runs(), four.runs());
        assertEquals(SummaryJson.withoutMachineFields(one.summaryJson()), SummaryJson.withoutMachineFields(four.summaryJson()));
        assertEquals(0, one.runs() % 50);
        one.wilsonIntervals().values().forEach(i -> assertTrue(i.halfWidth() <= target, i.toString()));
        // One block fewer does not meet the target, so the stop is the first one possible.
        ExperimentResult shorter = Experiment.builder(SCENARIO).runs(one.runs() - 50).masterSeed(5).build()
                .run(FakeModels.GOOD);
        assertTrue(shorter.wilsonIntervals().values().stream().anyMatch(i -> i.halfWidth() > target));
        assertEquals(one.runs(), one.summary().at("/precision/runsTaken").asLong());
    }

    @Test
    void precisionModeResumedAfterTheStoppingBlockRunsNoFurtherBlock() throws IOException {
        Path dir = tmp.resolve("p");
        Experiment e = Experiment.builder(SCENARIO).targetHalfWidth(0.04).masterSeed(5).blockSize(50)
                .outputDirectory(dir).build();
        ExperimentResult whole = e.run(FakeModels.GOOD);
        String csv = read(dir.resolve("runs.csv"));
        // Stopped after the commit of the block that met the target, before the final checkpoint.
        ObjectNode cp = (ObjectNode) Summaries.MAPPER.readTree(dir.resolve("checkpoint.json").toFile());
        cp.put("status", "RUNNING");
        Files.write(dir.resolve("checkpoint.json"), Summaries.MAPPER.writeValueAsBytes(cp));
        Files.move(dir.resolve("runs.csv"), dir.resolve("runs.csv.partial"));
        Files.delete(dir.resolve("summary.json"));
        RunModel mustNotRun = (sc, seed) -> {
            throw new IllegalStateException("no run expected: the target was met by the committed blocks");
        };
        ExperimentResult resumed = e.toBuilder().resume(true).build().run(mustNotRun);
        assertEquals(whole.runs(), resumed.runs());
        assertEquals(csv, read(dir.resolve("runs.csv")));
        assertEquals(SummaryJson.withoutMachineFields(whole.summaryJson()), SummaryJson.withoutMachineFields(resumed.summaryJson()));
    }

    @Test
    void precisionModeReportsACapThatWasHit() {
        ExperimentResult r = Experiment.builder(SCENARIO).targetHalfWidth(0.001).maxRuns(1_234).masterSeed(5)
                .blockSize(100).build().run(FakeModels.GOOD);
        assertFalse(r.targetMet());
        assertEquals(1_234, r.runs());
        assertFalse(r.summary().at("/precision/targetMet").asBoolean());
    }

    @Test
    void progressIsReportedRunByRunWithoutOverlapAndCommitsInOrderFromOneThread() {
        List<long[]> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        List<long[]> commits = new ArrayList<>();
        Set<Thread> committing = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean inside = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean overlapped = new java.util.concurrent.atomic.AtomicBoolean();
        ExperimentRunner.run(fixed(1_050).threads(4).blockSize(100).build(), FakeModels.GOOD, new ProgressListener() {
            @Override
            public void onProgress(long done, long total) {
                if (!inside.compareAndSet(false, true)) {
                    overlapped.set(true);
                }
                calls.add(new long[] {done, total});
                inside.set(false);
            }

            @Override
            public void onCommitted(long committed, long total) {
                commits.add(new long[] {committed, total});
                committing.add(Thread.currentThread());
            }
        });
        assertFalse(overlapped.get(), "progress calls never overlap");
        assertEquals(0, calls.get(0)[0]);
        assertEquals(1_050, calls.get(calls.size() - 1)[0]);
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(calls.get(i)[0] > calls.get(i - 1)[0]);
            assertEquals(1_050, calls.get(i)[1]);
        }
        // Run by run, not block by block: far more distinct values than the 11 blocks.
        assertTrue(calls.size() > 50, "progress came in " + calls.size() + " calls");
        assertEquals(1, committing.size(), "commits come from the one committing thread");
        assertEquals(12, commits.size(), "once at the start and after each of the 11 blocks");
        for (int i = 0; i < commits.size(); i++) {
            assertEquals(Math.min(1_050, 100L * i), commits.get(i)[0]);
        }
        List<Long> totals = new ArrayList<>();
        ExperimentRunner.run(Experiment.builder(SCENARIO).targetHalfWidth(0.2).masterSeed(1).build(),
                FakeModels.GOOD, (done, total) -> totals.add(total));
        assertFalse(totals.isEmpty(), "precision mode reports progress too");
        assertTrue(totals.stream().allMatch(t -> t == -1), "precision mode has no known total: " + totals);
    }

    @Test
    void interruptingTheWaitingThreadCancelsCleanly() throws Exception {
        CountDownLatch inModel = new CountDownLatch(1);
        RunModel slow = (sc, seed) -> {
            inModel.countDown();
            try {
                Thread.sleep(2);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            return FakeModels.record(seed);
        };
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Path dir = tmp.resolve("int");
        Thread waiter = new Thread(() -> {
            try {
                fixed(100_000).threads(2).outputDirectory(dir).build().run(slow);
            } catch (Throwable t) {
                thrown.set(t);
            }
            flag.set(Thread.currentThread().isInterrupted());
        });
        waiter.start();
        assertTrue(inModel.await(10, TimeUnit.SECONDS));
        waiter.interrupt();
        waiter.join(10_000);
        assertFalse(waiter.isAlive());
        assertTrue(thrown.get() instanceof ExperimentCancelledException, String.valueOf(thrown.get()));
        assertTrue(flag.get());
        assertTrue(Files.exists(dir.resolve("checkpoint.json")));
    }
}
