package org.offramp.standoff.decision;

import org.offramp.random.TableExp;

/**
 * Bounded-rational choice by the logit (quantal response) rule: action {@code i} is chosen with
 * probability {@code exp(beta * u_i) / sum_j exp(beta * u_j)}. With {@code beta = 0} every available
 * action is equally likely; as {@code beta} grows the choice tends to the best response.
 * Unavailable actions have utility {@code -infinity} and probability 0.
 *
 * <p>The draw is made by inverting the cumulative distribution with one uniform number, so a
 * choice consumes exactly one draw whatever the number of actions (stable common random numbers).
 * {@link TableExp#exp}, plain double arithmetic within about one ulp of the exact exponential, keeps
 * probabilities bit-identical across machines.
 */
public final class LogitChoice {
    private LogitChoice() {
    }

    /**
     * Fills {@code probabilities} with the logit probabilities of the first {@code n} utilities.
     *
     * @param utilities the utilities of the available actions; only the first {@code n} are read
     * @param n the number of available actions, 1 or more
     * @param beta the logit precision: 0 chooses uniformly, larger values favour the best action
     * @param probabilities filled with the {@code n} probabilities, which sum to 1; length at least {@code n}
     * @throws IllegalArgumentException if no action is available
     */
    public static void probabilities(double[] utilities, int n, double beta, double[] probabilities) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, utilities[i]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("no action is available");
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = utilities[i] == Double.NEGATIVE_INFINITY ? 0 : TableExp.exp(beta * (utilities[i] - max));
            probabilities[i] = w;
            sum += w;
        }
        for (int i = 0; i < n; i++) {
            probabilities[i] /= sum;
        }
    }

    /**
     * Chooses an index among the first {@code n} utilities.
     *
     * @param utilities the utilities of the available actions; only the first {@code n} are read
     * @param n the number of available actions, 1 or more
     * @param beta the logit precision: 0 chooses uniformly, larger values favour the best action
     * @param uniform a uniform number in [0, 1)
     * @param scratch a work array of length at least {@code n}
     * @return the chosen index
     */
    public static int choose(double[] utilities, int n, double beta, double uniform, double[] scratch) {
        probabilities(utilities, n, beta, scratch);
        double acc = 0;
        int last = 0;
        for (int i = 0; i < n; i++) {
            if (scratch[i] > 0) {
                acc += scratch[i];
                last = i;
                if (uniform < acc) {
                    return i;
                }
            }
        }
        return last;
    }
}
