package org.offramp.standoff.sim;

import org.offramp.model.BareDay;
import org.offramp.random.RandomStream;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.decision.LogitChoice;
import org.offramp.standoff.world.RunStreams;

/**
 * The random-number and maths work of one simulated day of the standoff's baseline without the
 * model around it: the floor that {@code bench} compares the model with. Per day, as the model does
 * on average at baseline:
 * <ul>
 * <li>a new day for the run's streams ({@link RunStreams#startDay(int)});</li>
 * <li>27 uniforms: 8 calendar shocks, Washington's gate, one choice per actor, two consequences per
 * actor (the 0.3 attribution draws a day are left out);</li>
 * <li>60 normals: two for each of the 30 ordered pairs of observer and target;</li>
 * <li>six logit choices over the actors' repertoires (36 actions) with 27 available, so 27
 * exponentials, as measured on 2,000 baseline runs (27.25 a day).</li>
 * </ul>
 * Not thread-safe.
 */
final class StandoffBareDay implements BareDay {
    /** The baseline's logit precision. */
    private static final double BETA = 4.0;
    private static final Actor[] ACTORS = Actor.ALL.toArray(new Actor[0]);

    private final RunStreams streams;
    private final double[][] utilities = new double[Actor.COUNT][];
    private final double[] scratch;

    /** @param seed the run seed of the streams */
    StandoffBareDay(long seed) {
        streams = new RunStreams(seed);
        int most = 0;
        int k = 0;
        for (Actor a : ACTORS) {
            int n = Action.of(a).size();
            most = Math.max(most, n);
            double[] u = new double[n];
            for (int i = 0; i < n; i++, k++) {
                // every fourth action of the 36 unavailable: 27 available, as on an average day
                u[i] = k % 4 == 3 ? Double.NEGATIVE_INFINITY : -0.25 * i;
            }
            utilities[a.ordinal()] = u;
        }
        scratch = new double[most];
    }

    /** The exponentials of a day's logit choices: the available actions. */
    int exponentials() {
        int n = 0;
        for (double[] u : utilities) {
            for (double x : u) {
                n += x == Double.NEGATIVE_INFINITY ? 0 : 1;
            }
        }
        return n;
    }

    @Override
    public double day(int day) {
        streams.startDay(day);
        double sink = 0;
        RandomStream shocks = streams.shocks();
        for (int i = 0; i < 8; i++) {
            sink += shocks.nextDouble();
        }
        sink += streams.gate().nextDouble();
        for (Actor a : ACTORS) {
            double[] u = utilities[a.ordinal()];
            sink += LogitChoice.choose(u, u.length, BETA, streams.choice(a).nextDouble(), scratch);
            RandomStream consequence = streams.consequence(a);
            sink += consequence.nextDouble() + consequence.nextDouble();
        }
        for (Actor o : ACTORS) {
            for (Actor t : ACTORS) {
                if (t != o) {
                    RandomStream noise = streams.perception(o, t);
                    sink += noise.nextGaussian() + noise.nextGaussian();
                }
            }
        }
        return sink;
    }
}
