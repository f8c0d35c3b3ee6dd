package org.offramp.executor;

/**
 * Which slice of the blocks a shard runs, for an experiment or a policy design alike: shard
 * {@code index} of {@code count} (from 0), a contiguous range of blocks. With {@code B} blocks, shard
 * {@code K} of {@code N} runs blocks {@code floor(K * B / N)} to {@code floor((K + 1) * B / N) - 1}:
 * the slices are disjoint, cover every block, differ in size by at most one block, and depend on
 * nothing but (K, N, B). Contiguous ranges (rather than every N-th block) make each experiment
 * shard's {@code runs.csv} one piece of the whole, so a merge is a concatenation in shard order.
 *
 * <pre>{@code
 * ShardSpec s = ShardSpec.parse("3/7");        // e.g. "$SLURM_ARRAY_TASK_ID/7" with --array=0-6
 * long from = s.fromBlock(blocks), to = s.toBlock(blocks);
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param index the shard, in [0, count)
 * @param count the number of shards, in [1, 1,000,000]
 */
public record ShardSpec(int index, int count) {
    /** The largest number of shards. */
    public static final int MAX_COUNT = 1_000_000;

    /**
     * Checks the values.
     *
     * @param index the shard, in [0, count)
     * @param count the number of shards, in [1, 1,000,000]
     * @throws IllegalArgumentException if the count or the index is out of range
     */
    public ShardSpec {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("shard count N must be in [1, " + MAX_COUNT + "], but was " + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard index K must be in [0, " + (count - 1) + "] for N = " + count
                    + " (shards count from 0), but was " + index);
        }
    }

    /**
     * Reads {@code "K/N"}.
     *
     * @param text the shard as {@code K/N}, e.g. {@code 3/7}; spaces around the numbers are allowed
     * @return the shard {@code K} of {@code N}
     * @throws IllegalArgumentException naming the text and the form expected
     */
    public static ShardSpec parse(String text) {
        String t = text == null ? "" : text.strip();
        int slash = t.indexOf('/');
        try {
            if (slash > 0) {
                return new ShardSpec(Integer.parseInt(t.substring(0, slash).strip()),
                        Integer.parseInt(t.substring(slash + 1).strip()));
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw new IllegalArgumentException("shard must be K/N with whole numbers, 0 <= K < N (e.g. 0/7), but was \""
                + text + "\"");
    }

    /**
     * The first block of this shard.
     *
     * @param totalBlocks the number of blocks the whole experiment has, at least 0
     * @return the index of this shard's first block, in [0, totalBlocks]
     */
    public long fromBlock(long totalBlocks) {
        return Math.multiplyExact((long) index, totalBlocks) / count;
    }

    /**
     * One past the last block of this shard; equal to {@link #fromBlock} when the shard is empty.
     *
     * @param totalBlocks the number of blocks the whole experiment has, at least 0
     * @return one past the index of this shard's last block, in [0, totalBlocks]
     */
    public long toBlock(long totalBlocks) {
        return Math.multiplyExact((long) index + 1, totalBlocks) / count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
