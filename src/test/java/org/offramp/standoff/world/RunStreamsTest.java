package org.offramp.standoff.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.offramp.random.RandomStream;
import org.offramp.random.Seeds;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Purpose;

/** The streams of a run: keyed by (purpose, actor, target), restarted every day, independent of the scenario. */
class RunStreamsTest {
    private static final long SEED = Seeds.runSeed(20190517L, 0);
    private static final int N = 50;

    private static double[] gaussians(RandomStream s, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = s.nextGaussian();
        }
        return x;
    }

    private static List<RandomStream> everyStream(RunStreams r) {
        List<RandomStream> all = new ArrayList<>();
        for (Actor a : Actor.ALL) {
            all.add(r.choice(a));
            all.add(r.attribution(a));
            all.add(r.misattribution(a));
            all.add(r.consequence(a));
            all.add(r.talks(a));
            for (Actor t : Actor.ALL) {
                if (t != a) {
                    all.add(r.perception(a, t));
                }
            }
        }
        all.add(r.gate());
        all.add(r.shocks());
        return all;
    }

    private static long[] longs(RandomStream s, int n) {
        long[] x = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = s.nextLong();
        }
        return x;
    }

    /** The key each accessor documents: its purpose, and the actor (and target) ordinals. */
    private static void assertKey(RandomStream actual, Purpose purpose, int first, int second, int day, String what) {
        RandomStream expected = new RandomStream(SEED, purpose.code(), first, second);
        expected.startDay(day);
        assertArrayEquals(longs(expected, 8), longs(actual, 8), what + " on day " + day);
    }

    /**
     * Each stream is the one of its (purpose, actor, target) key and the day, built independently
     * here from the key: a stream keyed to the wrong purpose or actor, or with observer and target
     * swapped, would break common random numbers between scenarios and the reproducibility of
     * every recorded run.
     */
    @Test
    void everyStreamIsTheStreamOfItsKeyAndDay() {
        RunStreams r = new RunStreams(SEED);
        for (int d : new int[] {0, 1, 17, 539}) {
            r.startDay(d);
            for (Actor a : Actor.ALL) {
                int i = a.ordinal();
                assertKey(r.choice(a), Purpose.CHOICE, i, 0, d, "choice of " + a);
                assertKey(r.attribution(a), Purpose.ATTRIBUTION, i, 0, d, "attribution of " + a);
                assertKey(r.misattribution(a), Purpose.MISATTRIBUTION, i, 0, d, "misattribution of " + a);
                assertKey(r.consequence(a), Purpose.CONSEQUENCE, i, 0, d, "consequence of " + a);
                assertKey(r.talks(a), Purpose.TALKS, i, 0, d, "talks of " + a);
                for (Actor t : Actor.ALL) {
                    if (t != a) {
                        assertKey(r.perception(a, t), Purpose.PERCEPTION, i, t.ordinal(), d,
                                "perception of " + t + " by " + a);
                    }
                }
            }
            assertKey(r.gate(), Purpose.GATE, Actor.WASHINGTON.ordinal(), 0, d, "gate");
            assertKey(r.shocks(), Purpose.SHOCKS, 0, 0, d, "shocks");
        }
    }

    @Test
    void drawsOfADayDoNotDependOnEarlierDaysOrOtherStreams() {
        RunStreams fresh = new RunStreams(SEED);
        fresh.startDay(9);
        double[] expected = gaussians(fresh.perception(Actor.WASHINGTON, Actor.TEHRAN), N);
        double[] expectedChoice = new double[N];
        for (int i = 0; i < N; i++) {
            expectedChoice[i] = fresh.choice(Actor.GULF).nextDouble();
        }

        for (int variant = 0; variant < 3; variant++) {
            RunStreams used = new RunStreams(SEED);
            for (int d = 0; d < 9; d++) {
                used.startDay(d);
                int k = 0;
                for (RandomStream s : everyStream(used)) {
                    // a varying number of draws per stream and day, and an odd number of gaussians so
                    // that a spare is left over at the end of the day
                    int draws = (d * 7 + k++ * 3 + variant * 5) % 11;
                    for (int i = 0; i < draws; i++) {
                        s.nextDouble();
                    }
                    s.nextGaussian();
                }
            }
            used.startDay(9);
            // draws from other streams of the same day first
            used.perception(Actor.TEHRAN, Actor.WASHINGTON).nextGaussian();
            used.shocks().nextDouble();
            assertArrayEquals(expected, gaussians(used.perception(Actor.WASHINGTON, Actor.TEHRAN), N),
                    "variant " + variant);
            double[] choice = new double[N];
            for (int i = 0; i < N; i++) {
                choice[i] = used.choice(Actor.GULF).nextDouble();
            }
            assertArrayEquals(expectedChoice, choice, "variant " + variant);
        }
    }

    @Test
    void everyKeyHasItsOwnSequence() {
        RunStreams r = new RunStreams(SEED);
        r.startDay(0);
        List<RandomStream> all = everyStream(r);
        Set<List<Long>> sequences = new HashSet<>();
        for (RandomStream s : all) {
            sequences.add(List.of(s.nextLong(), s.nextLong(), s.nextLong()));
        }
        assertEquals(all.size(), sequences.size(), "two streams of a run share a sequence");
        // and the ordered pairs are distinct streams: observer and target are not interchangeable
        r.startDay(1);
        assertFalse(Arrays.equals(gaussians(r.perception(Actor.WASHINGTON, Actor.TEHRAN), 4),
                gaussians(r.perception(Actor.TEHRAN, Actor.WASHINGTON), 4)));
    }

    @Test
    void differentRunSeedsGiveDifferentStreams() {
        RunStreams a = new RunStreams(SEED);
        RunStreams b = new RunStreams(Seeds.runSeed(20190517L, 1));
        a.startDay(0);
        b.startDay(0);
        assertFalse(Arrays.equals(gaussians(a.perception(Actor.WASHINGTON, Actor.TEHRAN), 4),
                gaussians(b.perception(Actor.WASHINGTON, Actor.TEHRAN), 4)));
    }
}
