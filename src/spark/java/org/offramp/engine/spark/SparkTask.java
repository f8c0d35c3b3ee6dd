package org.offramp.engine.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.apache.spark.TaskContext;
import org.offramp.executor.BlockContext;
import org.offramp.executor.BlockJob;
import org.offramp.executor.ExecutorException;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * What a Spark task runs: the block job on the one block index of its partition, with a detached
 * context (Spark cancels tasks itself). The task never throws for a failed block: the job's exception
 * travels back as a value, so that the driver can let the failure of the lowest block win, as on
 * this JVM's threads; Spark's own retries are left for lost executors.
 *
 * <p>The result travels Java-serialized and deflated ({@link Result}): a block's rows of
 * {@code runs.csv} shrink several times, which keeps a job's results well under Spark's
 * {@code spark.driver.maxResultSize}.
 *
 * <p>Spark gives each task its own deserialized copy; thread-safe as its job is.
 */
final class SparkTask extends AbstractFunction2<TaskContext, Iterator<Long>, SparkTask.Result>
        implements Serializable {
    private static final long serialVersionUID = 1L;

    private final BlockJob<?> job;

    SparkTask(BlockJob<?> job) {
        this.job = job;
    }

    @Override
    public Result apply(TaskContext context, Iterator<Long> blocks) {
        long block = blocks.next();
        Object partial;
        try {
            partial = job.run(block, BlockContext.DETACHED);
        } catch (RuntimeException | Error ex) {
            return new Result(null, failure(block, ex));
        }
        try {
            return new Result(pack(partial), null);
        } catch (IOException | RuntimeException ex) {
            return new Result(null, failure(block, new ExecutorException("the result of block " + block
                    + " cannot be sent to the driver: " + ex, ex)));
        }
    }

    /** The failure as bytes; one that does not serialize (a model's odd exception) travels as its text. */
    private static byte[] failure(long block, Throwable t) {
        try {
            return pack(t);
        } catch (IOException | RuntimeException notSerializable) {
            ExecutorException text = new ExecutorException("block " + block + " failed on a Spark executor: " + t, null);
            text.setStackTrace(t.getStackTrace());
            try {
                return pack(text);
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** Java-serialized and deflated. */
    static byte[] pack(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    /** Reads {@link #pack}. */
    static Object unpack(byte[] packed) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new InflaterInputStream(new ByteArrayInputStream(packed)))) {
            return in.readObject();
        }
    }

    /**
     * A task's result: the packed partial result of its block, or its packed failure.
     *
     * @param partial the block's result, or null if it failed
     * @param failure the block's failure, or null
     */
    record Result(byte[] partial, byte[] failure) implements Serializable {
    }
}
