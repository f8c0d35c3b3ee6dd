package org.offramp.executor;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one block loop of the library: runs blocks {@code from} to {@code to - 1} of a
 * {@link BlockJob} on a {@link Backend} and hands each result to a {@link BlockCommit}, strictly in
 * block order, on the calling thread. The experiment engine (locally and on Spark), the shards, the
 * policy designs and the notebooks' run tables all run through it.
 *
 * <pre>{@code
 * BlockExecutor<BlockTally> ex = new BlockExecutor<>(job, LocalBackend.threads(4));
 * Runtime.getRuntime().addShutdownHook(new Thread(ex::cancel));          // Ctrl-C stops it cleanly
 * BlockExecutor.Outcome o = ex.run(checkpoint.nextBlock(), blocks, (b, t) -> {
 *     total.merge(t);
 *     checkpoint(b + 1, total);
 *     return true;
 * }, bar::stepTo, checkpoint.runs(), runsTotal);
 * }</pre>
 *
 * <h2>What it guarantees</h2>
 * <ul>
 * <li><b>In-order commit.</b> Blocks finish in any order; the commit sees them in block order, each
 *     once, on the thread that called {@link #run}. With results that merge exactly, the committed
 *     total is therefore the same for every backend and thread count.</li>
 * <li><b>Bounded window.</b> At most the session's {@link Backend.Session#window() window} of blocks
 *     is submitted and not yet committed, so memory does not grow with the number of blocks.</li>
 * <li><b>The first failure in block order wins.</b> A block that fails stops nothing at once: the
 *     blocks before it run on and are committed, so that a failure in an earlier block, found later,
 *     is the one thrown. Blocks after a failed one are told to give up
 *     ({@link BlockContext#stopped()}) and are not started. Then the failure of the lowest failed
 *     block is thrown: a {@link RuntimeException} or {@link Error} as the job threw it, anything else
 *     wrapped in an {@link ExecutorException}.</li>
 * <li><b>Clean stops.</b> When the commit returns false, or on {@link #cancel()} (or an interrupt of
 *     the calling thread), nothing more is committed; running blocks give up after their current
 *     run, and {@code run} returns only once they have (or after {@value #STUCK_SECONDS} s, for a
 *     model stuck in one run: the backend's threads are daemons). Everything committed stays
 *     consistent: the commit was never called for a later block.</li>
 * <li><b>Progress run by run.</b> Runs are counted as they finish, from the threads that run them
 *     ({@link BlockContext#runDone()}), or block by block when a cluster's result arrives, and
 *     reported through {@link Progress}: calls never overlap and the count grows.</li>
 * </ul>
 *
 * <p>One execution per instance. {@link #cancel()} is thread-safe and may be called at any time, even
 * before {@link #run}; the rest is for the calling thread.
 *
 * @param <P> the partial result of a block
 */
public final class BlockExecutor<P> {
    /** How long a stop waits for a block stuck in one run before it leaves it behind. */
    static final long STUCK_SECONDS = 30;

    private final BlockJob<P> job;
    private final Backend backend;
    private volatile boolean halt;
    private volatile boolean cancelled;
    private volatile Throwable cancelCause;
    private volatile Backend.Session session;
    private boolean used;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    /** Arrived, not yet committed: block to outcome. Guarded by {@link #lock}. */
    private final Map<Long, Arrival<P>> waiting = new HashMap<>();
    /** Blocks submitted that have not arrived yet. Guarded by {@link #lock}. */
    private long outstanding;
    /** The lowest block known to have failed, or {@link Long#MAX_VALUE}. */
    private final AtomicLong lowestFailed = new AtomicLong(Long.MAX_VALUE);

    private final Map<Long, Context> contexts = new ConcurrentHashMap<>();
    private final AtomicLong runsDone = new AtomicLong();
    private final ReentrantLock progressLock = new ReentrantLock();
    private long reported = -1;
    private Progress progress = Progress.NONE;
    private long runsTotal;

    /**
     * An executor of {@code job} on {@code backend}.
     *
     * @param job     the work of one block
     * @param backend where the blocks run
     */
    public BlockExecutor(BlockJob<P> job, Backend backend) {
        this.job = Objects.requireNonNull(job, "job");
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** How an execution ended, when it did not throw. */
    public enum Ending {
        /** Every block was committed. */
        COMPLETE,
        /** The commit asked to stop after a block. */
        STOPPED,
        /** Cancelled (or the calling thread interrupted) before every block was committed. */
        CANCELLED
    }

    /**
     * How an execution ended.
     *
     * @param ending      complete, stopped or cancelled
     * @param nextBlock   one past the last committed block
     * @param cancelCause what cancelled it, when a progress call threw or {@link #cancel(Throwable)}
     *                    named a cause; else null
     */
    public record Outcome(Ending ending, long nextBlock, Throwable cancelCause) {
    }

    /** A block's outcome: its result (null: the job gave up) or its failure. */
    private record Arrival<P>(P partial, Throwable failure) {
    }

    /**
     * Asks the execution to stop: nothing more is committed, and {@link #run} returns
     * {@link Ending#CANCELLED} once the running blocks have given up. Returns at once; may be called
     * from any thread, any number of times, before or during the run.
     */
    public void cancel() {
        cancel(null);
    }

    /**
     * As {@link #cancel()}, recording why (the first cause given is kept).
     *
     * @param cause what cancelled it, or null
     */
    public void cancel(Throwable cause) {
        if (cause != null && cancelCause == null) {
            cancelCause = cause;
        }
        cancelled = true;
        halt = true;
        Backend.Session s = session;
        if (s != null) {
            s.cancel();
        }
        signal();
    }

    /** {@return whether {@link #cancel()} was called} */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs blocks {@code from} to {@code to - 1} and commits them in order; see the class comment.
     *
     * @param from       the first block to run
     * @param to         one past the last block
     * @param commit     takes each finished block, in order, on this thread
     * @param progress   told of runs done as they finish
     * @param runsBefore runs committed before this execution (a resumed one), where progress starts
     * @param runsTotal  the runs of the whole work for progress, or -1 if unknown
     * @return how it ended
     * @throws IOException           if the commit threw it (nothing after that block is committed)
     * @throws RuntimeException      the failure of the lowest failed block, as the job threw it
     * @throws Error                 likewise
     * @throws ExecutorException     for a failure that is neither (a backend's checked exception)
     * @throws IllegalStateException if this executor has run before
     * @throws IllegalArgumentException if {@code from > to} or {@code from < 0}
     */
    public Outcome run(long from, long to, BlockCommit<P> commit, Progress progress, long runsBefore, long runsTotal)
            throws IOException {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(progress, "progress");
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("blocks must be a range [from, to) with 0 <= from <= to, but were ["
                    + from + ", " + to + ")");
        }
        synchronized (this) {
            if (used) {
                throw new IllegalStateException("a BlockExecutor runs once; make a new one");
            }
            used = true;
        }
        this.progress = progress;
        this.runsTotal = runsTotal;
        runsDone.set(runsBefore);
        report(true);
        if (halt) {
            return new Outcome(Ending.CANCELLED, from, cancelCause);
        }
        boolean interrupted = false;
        long next = from;
        long commitNext = from;
        Throwable failure = null;
        Ending ending = null;
        Backend.Session s = backend.open(job, new Arrivals());
        session = s;
        if (halt) {
            s.cancel(); // a cancel that came while the session opened
        }
        try {
            while (true) {
                next = submit(s, next, to, commitNext);
                if (commitNext == next) {
                    ending = halt ? Ending.CANCELLED : Ending.COMPLETE;
                    break;
                }
                Arrival<P> a;
                try {
                    a = await(commitNext);
                } catch (InterruptedException ie) {
                    interrupted = true;
                    cancel();
                    a = null;
                }
                if (cancelled || a == null) {
                    ending = Ending.CANCELLED;
                    break;
                }
                if (a.failure() != null) {
                    failure = a.failure();
                    break;
                }
                if (a.partial() == null) {
                    // Given up though nothing here asked: the backend is going away (a cluster's context
                    // stopped by its own shutdown hook on Ctrl-C). What is committed stays; stop as cancelled.
                    cancel();
                    ending = Ending.CANCELLED;
                    break;
                }
                boolean go = commit.commit(commitNext, a.partial());
                commitNext++;
                report(true);
                if (!go) {
                    ending = Ending.STOPPED;
                    break;
                }
            }
        } finally {
            halt = true;
            if (ending != Ending.COMPLETE) {
                s.cancel();
            }
            interrupted |= drain();
            s.close();
            session = null;
            report(true);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            throw new ExecutorException("block " + commitNext + " failed: " + failure, failure);
        }
        return new Outcome(ending, commitNext, cancelCause);
    }

    /** Submits batches while the window allows; returns the next block to submit. */
    private long submit(Backend.Session s, long next, long to, long commitNext) {
        while (!halt && next < to && next <= lowestFailed.get()) {
            int n = (int) Math.min(s.batch(), to - next);
            if (next > commitNext && next - commitNext + n > s.window()) {
                break;
            }
            lock.lock();
            try {
                outstanding += n;
            } finally {
                lock.unlock();
            }
            s.submit(next, next + n, this::context);
            next += n;
        }
        return next;
    }

    /** Waits for block {@code b}; null if cancelled first. */
    private Arrival<P> await(long b) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                Arrival<P> a = waiting.remove(b);
                if (a != null) {
                    return a;
                }
                if (cancelled) {
                    return null;
                }
                arrived.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for every submitted block to arrive, so no job call outlives the execution; gives up
     * after {@value #STUCK_SECONDS} s. Returns whether the thread was interrupted meanwhile.
     */
    private boolean drain() {
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STUCK_SECONDS);
        lock.lock();
        try {
            while (outstanding > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    arrived.awaitNanos(left);
                } catch (InterruptedException ie) {
                    interrupted = true;
                }
            }
            waiting.clear();
        } finally {
            lock.unlock();
        }
        return interrupted;
    }

    private void signal() {
        lock.lock();
        try {
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private BlockContext context(long block) {
        Context c = new Context(block);
        contexts.put(block, c);
        return c;
    }

    /**
     * Reports the runs done if they grew: {@code wait} for the executor's own thread (so the last value
     * is never lost), without waiting for the workers (a worker that finds the listener busy goes on;
     * its run is reported by the next call).
     */
    private void report(boolean wait) {
        if (wait) {
            progressLock.lock();
        } else if (!progressLock.tryLock()) {
            return;
        }
        try {
            long n = runsDone.get();
            if (n > reported) {
                reported = n;
                progress.onProgress(n, runsTotal);
            }
        } catch (RuntimeException ex) {
            cancel(ex);
        } finally {
            progressLock.unlock();
        }
    }

    /** A block's context: stopped once the execution halts or an earlier block failed; counts its runs. */
    private final class Context implements BlockContext {
        private final long block;
        private final AtomicLong runs = new AtomicLong();

        Context(long block) {
            this.block = block;
        }

        @Override
        public boolean stopped() {
            return halt || block > lowestFailed.get();
        }

        @Override
        public void runDone() {
            runs.incrementAndGet();
            runsDone.incrementAndGet();
            report(false);
        }
    }

    /** The backend's deliveries. */
    private final class Arrivals implements Backend.Arrivals<P> {
        @Override
        public void done(long block, P partial) {
            if (partial != null) {
                // Runs the job did not count itself (a cluster's block, or a job that counts none).
                Context c = contexts.remove(block);
                long uncounted = job.runs(block) - (c == null ? 0 : c.runs.get());
                if (uncounted > 0) {
                    runsDone.addAndGet(uncounted);
                    report(false);
                }
            } else {
                contexts.remove(block);
            }
            arrive(block, new Arrival<>(partial, null));
        }

        @Override
        public void failed(long block, Throwable failure) {
            lowestFailed.accumulateAndGet(block, Math::min);
            contexts.remove(block);
            arrive(block, new Arrival<>(null, Objects.requireNonNull(failure, "failure")));
        }

        private void arrive(long block, Arrival<P> a) {
            lock.lock();
            try {
                waiting.put(block, a);
                outstanding--;
                arrived.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
