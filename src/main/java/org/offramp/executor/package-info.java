/**
 * The one block executor: every engine and every design of the library runs its work through it.
 *
 * <pre>{@code
 * BlockExecutor<Tally> ex = new BlockExecutor<>(job, LocalBackend.threads(4));
 * BlockExecutor.Outcome o = ex.run(0, blocks, (b, tally) -> { total.merge(tally); return true; },
 *         (done, total) -> bar.stepTo(done), 0, runsTotal);
 * }</pre>
 *
 * <p>Work is cut into numbered blocks; a {@link org.offramp.executor.BlockJob} turns a block index
 * into a partial result (a pure function of the index); a {@link org.offramp.executor.Backend} runs
 * blocks (this JVM's threads, {@link org.offramp.executor.LocalBackend}, or a cluster's task slots);
 * {@link org.offramp.executor.BlockExecutor} keeps a bounded window of blocks in flight, hands the
 * finished ones to a {@link org.offramp.executor.BlockCommit} strictly in block order, lets the first
 * failure in block order win, stops cleanly on cancellation and reports progress run by run.
 * {@link org.offramp.executor.ShardSpec} slices the blocks among independent jobs.
 *
 * <p>The package knows nothing of models, experiments or files: it depends on no other package of
 * the library, so the experiment engine, the shards, the Spark engine, the policy designs and the
 * notebooks' run tables all share this one loop.
 */
package org.offramp.executor;
