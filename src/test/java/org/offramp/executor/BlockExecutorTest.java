package org.offramp.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The one block loop: in-order commit, the bounded window, the first failure in block order, stops and progress. */
@Timeout(60)
class BlockExecutorTest {

    /** A job whose blocks of {@code runs} runs each return their index; later blocks finish first. */
    private static final class Reversed implements BlockJob<Long> {
        private final int runs;
        private final long blocks;
        final Set<Long> started = ConcurrentHashMap.newKeySet();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();

        Reversed(int runs, long blocks) {
            this.runs = runs;
            this.blocks = blocks;
        }

        @Override
        public Long run(long block, BlockContext context) {
            started.add(block);
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                // Lower blocks sleep longer, so blocks arrive out of order.
                sleep((blocks - block) % 4);
                for (int i = 0; i < runs; i++) {
                    if (context.stopped()) {
                        return null;
                    }
                    context.runDone();
                }
                return block;
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public long runs(long block) {
            return runs;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void commitsEveryBlockOnceInBlockOrderOnTheCallingThread() throws IOException {
        Reversed job = new Reversed(3, 40);
        List<Long> committed = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<Long> progress = new ArrayList<>();
        BlockExecutor.Outcome o = new BlockExecutor<>(job, LocalBackend.threads(4)).run(0, 40, (b, p) -> {
            assertSame(caller, Thread.currentThread());
            assertEquals(b, p.longValue());
            committed.add(b);
            return true;
        }, (done, total) -> {
            synchronized (progress) {
                progress.add(done);
            }
            assertEquals(120, total);
        }, 0, 120);
        assertEquals(BlockExecutor.Ending.COMPLETE, o.ending());
        assertEquals(40, o.nextBlock());
        assertEquals(40, committed.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(i, committed.get(i));
        }
        // Progress grows strictly and ends at the total.
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), progress::toString);
        }
        assertEquals(120L, progress.get(progress.size() - 1));
    }

    @Test
    void keepsAtMostTheWindowInFlight() throws IOException {
        Reversed job = new Reversed(1, 60);
        AtomicLong maxAhead = new AtomicLong();
        AtomicLong committedNext = new AtomicLong();
        // A job that records how far beyond the next block to commit it was started.
        BlockJob<Long> watched = new BlockJob<>() {
            @Override
            public Long run(long block, BlockContext context) {
                maxAhead.accumulateAndGet(block - committedNext.get(), Math::max);
                return job.run(block, context);
            }

            @Override
            public long runs(long block) {
                return 1;
            }
        };
        LocalBackend backend = LocalBackend.threads(2);
        new BlockExecutor<>(watched, backend).run(0, 60, (b, p) -> {
            committedNext.set(b + 1);
            return true;
        }, Progress.NONE, 0, 60);
        // The local window is twice the threads: 4 blocks submitted and not committed.
        assertTrue(maxAhead.get() < 4, "started " + maxAhead.get() + " blocks ahead of the commit");
        assertTrue(job.maxRunning.get() <= 2, "ran " + job.maxRunning.get() + " blocks at once on 2 threads");
    }

    @Test
    void theFirstFailureInBlockOrderWinsAndEveryBlockBeforeItIsCommitted() throws IOException {
        // Block 9 fails at once; block 5 fails late. Block 5's failure must be thrown, after blocks 0..4.
        BlockJob<Long> job = new BlockJob<>() {
            @Override
            public Long run(long block, BlockContext context) {
                if (block == 9) {
                    throw new IllegalStateException("block 9");
                }
                if (block == 5) {
                    sleep(150);
                    throw new IllegalStateException("block 5");
                }
                sleep(5);
                return block;
            }

            @Override
            public long runs(long block) {
                return 1;
            }
        };
        List<Long> committed = new ArrayList<>();
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> new BlockExecutor<>(job, LocalBackend.threads(4)).run(0, 30, (b, p) -> {
                    committed.add(b);
                    return true;
                }, Progress.NONE, 0, 30));
        assertEquals("block 5", ex.getMessage());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), committed);
    }

    @Test
    void aCheckedFailureIsWrappedAndACommitFailureStopsTheRun() {
        BlockJob<Long> job = new BlockJob<>() {
            @Override
            public Long run(long block, BlockContext context) {
                if (block == 2) {
                    throw new UncheckedIOException(new IOException("disk"));
                }
                return block;
            }

            @Override
            public long runs(long block) {
                return 1;
            }
        };
        assertThrows(UncheckedIOException.class, () -> new BlockExecutor<>(job, LocalBackend.threads(2))
                .run(0, 10, (b, p) -> true, Progress.NONE, 0, 10));
        List<Long> committed = new ArrayList<>();
        IOException io = assertThrows(IOException.class, () -> new BlockExecutor<>(new Reversed(1, 10),
                LocalBackend.threads(2)).run(0, 10, (b, p) -> {
                    committed.add(b);
                    if (b == 3) {
                        throw new IOException("cannot write block 3");
                    }
                    return true;
                }, Progress.NONE, 0, 10));
        assertEquals("cannot write block 3", io.getMessage());
        assertEquals(List.of(0L, 1L, 2L, 3L), committed);
    }

    @Test
    void aCommitThatSaysStopEndsAfterThatBlock() throws IOException {
        List<Long> committed = new ArrayList<>();
        BlockExecutor.Outcome o = new BlockExecutor<>(new Reversed(2, 100), LocalBackend.threads(3)).run(10, 100,
                (b, p) -> {
                    committed.add(b);
                    return b < 14;
                }, Progress.NONE, 20, 200);
        assertEquals(BlockExecutor.Ending.STOPPED, o.ending());
        assertEquals(15, o.nextBlock());
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L), committed);
    }

    @Test
    void cancelStopsCommittingAndTheRunningBlocksGiveUp() throws IOException {
        Reversed job = new Reversed(1_000, 1_000);
        List<Long> committed = new ArrayList<>();
        BlockExecutor<Long> ex = new BlockExecutor<>(job, LocalBackend.threads(2));
        BlockExecutor.Outcome o = ex.run(0, 1_000, (b, p) -> {
            committed.add(b);
            if (b == 6) {
                ex.cancel(); // as a shutdown hook would, from any thread
            }
            return true;
        }, Progress.NONE, 0, 1_000_000);
        assertEquals(BlockExecutor.Ending.CANCELLED, o.ending());
        assertEquals(7, o.nextBlock());
        assertEquals(7, committed.size());
        assertEquals(0, job.running.get(), "a block still runs after run() returned");
        assertTrue(job.started.size() < 20, "started " + job.started.size() + " blocks");
        assertTrue(ex.isCancelled());
        // One execution per executor.
        assertThrows(IllegalStateException.class, () -> ex.run(0, 1, (b, p) -> true, Progress.NONE, 0, 1));
    }

    @Test
    void aProgressCallThatThrowsCancelsWithItsCause() throws IOException {
        RuntimeException boom = new RuntimeException("bar closed");
        BlockExecutor.Outcome o = new BlockExecutor<>(new Reversed(5, 200), LocalBackend.threads(2)).run(0, 200,
                (b, p) -> true, (done, total) -> {
                    if (done >= 50) {
                        throw boom;
                    }
                }, 0, 1_000);
        assertEquals(BlockExecutor.Ending.CANCELLED, o.ending());
        assertSame(boom, o.cancelCause());
        assertTrue(o.nextBlock() < 200);
    }

    @Test
    void cancelledBeforeItRunsCommitsNothingAndAnInterruptCancels() throws IOException {
        BlockExecutor<Long> ex = new BlockExecutor<>(new Reversed(1, 10), LocalBackend.threads(1));
        ex.cancel();
        BlockExecutor.Outcome o = ex.run(3, 10, (b, p) -> {
            throw new AssertionError("committed block " + b);
        }, Progress.NONE, 0, 10);
        assertEquals(new BlockExecutor.Outcome(BlockExecutor.Ending.CANCELLED, 3, null), o);

        Thread.currentThread().interrupt();
        try {
            BlockExecutor.Outcome i = new BlockExecutor<>(new Reversed(100, 100), LocalBackend.threads(1)).run(0, 100,
                    (b, p) -> true, Progress.NONE, 0, 10_000);
            assertEquals(BlockExecutor.Ending.CANCELLED, i.ending());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt must be kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void refusesABadRange() {
        BlockExecutor<Long> ex = new BlockExecutor<>(new Reversed(1, 10), LocalBackend.threads(1));
        assertThrows(IllegalArgumentException.class, () -> ex.run(5, 4, (b, p) -> true, Progress.NONE, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> LocalBackend.threads(-1));
        assertFalse(ex.isCancelled());
    }
}
