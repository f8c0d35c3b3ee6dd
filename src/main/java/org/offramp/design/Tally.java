package org.offramp.design;

/**
 * Integer counts over runs of several scenarios on common seeds: for each scenario and measure the
 * runs with the property, and (when paired) for each ordered pair of scenarios the discordant runs,
 * those where the first has the property and the second has not. The K x K discordance table per
 * measure is what paired statistics need; nothing per run is kept, so memory does not grow with
 * the number of runs.
 *
 * <p>Counts are integers, so {@link #merge} is associative and commutative and the totals do not
 * depend on how runs were split among threads. Not thread-safe: each block has its own tally.
 */
final class Tally {
    final int scenarios;
    final int measures;
    final boolean paired;
    long runs;
    final long[] yes;          // [scenario * measures + measure]
    final long[] discordant;   // [(a * scenarios + b) * measures + measure]: a yes, b no

    Tally(int scenarios, int measures, boolean paired) {
        this.scenarios = scenarios;
        this.measures = measures;
        this.paired = paired;
        this.yes = new long[scenarios * measures];
        this.discordant = paired ? new long[scenarios * scenarios * measures] : new long[0];
    }

    /** Adds one run index: {@code bits[s]} has bit m set when scenario s's run has measure m. */
    void accept(long[] bits) {
        runs++;
        for (int s = 0; s < scenarios; s++) {
            long b = bits[s];
            for (int m = 0; m < measures; m++) {
                if ((b >>> m & 1) != 0) {
                    yes[s * measures + m]++;
                }
            }
        }
        if (paired) {
            for (int a = 0; a < scenarios; a++) {
                for (int c = 0; c < scenarios; c++) {
                    long d = bits[a] & ~bits[c];
                    if (d == 0) {
                        continue;
                    }
                    int base = (a * scenarios + c) * measures;
                    for (int m = 0; m < measures; m++) {
                        if ((d >>> m & 1) != 0) {
                            discordant[base + m]++;
                        }
                    }
                }
            }
        }
    }

    void merge(Tally o) {
        runs += o.runs;
        for (int i = 0; i < yes.length; i++) {
            yes[i] += o.yes[i];
        }
        for (int i = 0; i < discordant.length; i++) {
            discordant[i] += o.discordant[i];
        }
    }

    long yes(int scenario, int measure) {
        return yes[scenario * measures + measure];
    }

    /** Runs where {@code a} has the measure and {@code b} has not. */
    long discordant(int a, int b, int measure) {
        if (!paired) {
            throw new IllegalStateException("this tally was not paired");
        }
        return discordant[(a * scenarios + b) * measures + measure];
    }
}
