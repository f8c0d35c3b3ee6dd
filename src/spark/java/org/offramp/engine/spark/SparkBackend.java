package org.offramp.engine.spark;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.offramp.executor.Backend;
import org.offramp.executor.BlockContext;
import org.offramp.executor.BlockJob;
import org.offramp.executor.ExecutorException;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs blocks as Spark tasks, one task per block, for the library's block executor: each batch of
 * blocks (as many as the context has task slots) is one Spark job, whose task results reach the
 * driver one by one as tasks finish ({@code SparkContext.runJob} with a result handler), so the
 * executor commits and reports progress block by block. Up to three jobs are in flight, so the
 * slots stay busy while the driver waits for a slow block.
 *
 * <p>Cancellation cancels the session's Spark job group (running tasks are interrupted); blocks that
 * did not finish then arrive as given up, and so do they when the context stops under a job (Spark's
 * own shutdown hook, on Ctrl-C), which the executor takes as a cancellation. A job that fails for another reason (an executor lost more
 * often than Spark retries) fails its unfinished blocks with the job's exception. Blocks that fail in
 * the model come back as values ({@link SparkTask}).
 *
 * <p>Thread-safe as far as the SparkContext is; each session has its own job group.
 */
final class SparkBackend implements Backend {
    private static final AtomicInteger JOBS = new AtomicInteger();
    private final JavaSparkContext sc;

    SparkBackend(JavaSparkContext sc) {
        this.sc = Objects.requireNonNull(sc, "sc");
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public int parallelism() {
        return Math.max(1, sc.defaultParallelism());
    }

    @Override
    public Map<String, String> provenance() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("master", sc.master());
        m.put("sparkVersion", sc.version());
        return m;
    }

    @Override
    public <P> Session open(BlockJob<P> job, Arrivals<P> arrivals) {
        checkSerializable(job);
        return new SparkSession<>(job, arrivals);
    }

    /** Refuses, before any job starts, a block job that cannot travel to the executors. */
    private static void checkSerializable(BlockJob<?> job) {
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(job);
        } catch (IOException ex) {
            throw new IllegalArgumentException("the block job cannot be sent to Spark's executors (" + ex
                    + "): give the model as a PortableModel (PortableModel.of(model)), whose runs serialize", ex);
        }
    }

    private final class SparkSession<P> implements Session {
        private final SparkTask task;
        private final Arrivals<P> arrivals;
        private final String group = "offramp-" + UUID.randomUUID();
        private final int slots = parallelism();
        private volatile boolean cancelled;
        private final List<Thread> jobs = new ArrayList<>();

        SparkSession(BlockJob<P> job, Arrivals<P> arrivals) {
            this.task = new SparkTask(job);
            this.arrivals = arrivals;
        }

        @Override
        public int batch() {
            return slots;
        }

        @Override
        public int window() {
            return 3 * slots;
        }

        @Override
        public void submit(long from, long to, LongFunction<BlockContext> contexts) {
            Thread t = new Thread(() -> runJob(from, to), "offramp-spark-job-" + JOBS.incrementAndGet());
            t.setDaemon(true);
            synchronized (jobs) {
                jobs.add(t);
            }
            t.start();
        }

        /** One Spark job for blocks [from, to); every block arrives exactly once. */
        private void runJob(long from, long to) {
            int n = (int) (to - from);
            boolean[] delivered = new boolean[n];
            List<Long> ids = new ArrayList<>(n);
            List<Object> partitions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add(from + i);
                partitions.add(i);
            }
            Throwable jobFailure = null;
            if (!cancelled) {
                try {
                    // The job group is a property of the submitting thread: one per session, to cancel it.
                    sc.setJobGroup(group, "offramp blocks " + from + " to " + (to - 1), true);
                    JavaRDD<Long> rdd = sc.parallelize(ids, n);
                    sc.sc().runJob(rdd.rdd(), task, CollectionConverters.asScala(partitions).toSeq(),
                            new AbstractFunction2<Object, SparkTask.Result, BoxedUnit>() {
                                @Override
                                public BoxedUnit apply(Object partition, SparkTask.Result r) {
                                    int i = (Integer) partition;
                                    synchronized (delivered) {
                                        if (delivered[i]) {
                                            return BoxedUnit.UNIT;
                                        }
                                        delivered[i] = true;
                                    }
                                    deliver(from + i, r);
                                    return BoxedUnit.UNIT;
                                }
                            }, ClassTag.apply(SparkTask.Result.class));
                } catch (RuntimeException | Error ex) {
                    jobFailure = ex;
                } finally {
                    sc.clearJobGroup();
                }
            }
            for (int i = 0; i < n; i++) {
                synchronized (delivered) {
                    if (delivered[i]) {
                        continue;
                    }
                    delivered[i] = true;
                }
                if (cancelled || jobFailure == null || sc.sc().isStopped()) {
                    // Cancelled, or the context stopped under the job (Spark's own shutdown hook on Ctrl-C):
                    // the block is given up, and the executor stops as cancelled.
                    arrivals.done(from + i, null);
                } else {
                    arrivals.failed(from + i, new ExecutorException("the Spark job of blocks " + from + " to " + (to - 1)
                            + " failed: " + jobFailure.getMessage(), jobFailure));
                }
            }
        }

        /** Hands a task's result to the executor, on the driver. */
        @SuppressWarnings("unchecked")
        private void deliver(long block, SparkTask.Result r) {
            try {
                if (r.failure() != null) {
                    arrivals.failed(block, (Throwable) SparkTask.unpack(r.failure()));
                } else {
                    arrivals.done(block, (P) SparkTask.unpack(r.partial()));
                }
            } catch (IOException | ClassNotFoundException | RuntimeException ex) {
                arrivals.failed(block, new ExecutorException("cannot read the result of block " + block
                        + " sent by a Spark executor: " + ex, ex));
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            sc.cancelJobGroup(group);
        }

        @Override
        public void close() {
            // Every block has arrived: the job threads have ended or are about to.
            synchronized (jobs) {
                jobs.clear();
            }
        }
    }
}
