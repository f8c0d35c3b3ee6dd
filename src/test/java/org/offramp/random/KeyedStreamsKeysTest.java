package org.offramp.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keys of a run's streams: each part of a key counts, a stream is the same as one made alone,
 * and a refused stream is not kept.
 */
class KeyedStreamsKeysTest {

    @Test
    void keepsItsSeedAndCountsItsStreams() {
        KeyedStreams ks = new KeyedStreams(-5L);
        assertEquals(-5L, ks.seed());
        assertEquals(0, ks.size());
        ks.stream(1, 0, 0);
        ks.stream(0, 1, 0);
        assertEquals(2, ks.size());
    }

    @Test
    void aStreamDrawsWhatTheSameKeyDrawsAlone() {
        KeyedStreams ks = new KeyedStreams(99L);
        RandomStream s = ks.stream(4, 2, 9);
        RandomStream alone = new RandomStream(99L, 4, 2, 9);
        s.startDay(3);
        alone.startDay(3);
        assertEquals(alone.nextLong(), s.nextLong());
    }

    @Test
    void everyDistinctKeyIsAcceptedOnce() {
        // keys that differ in one part only, including parts that would collide if the parts were
        // packed into one number with the wrong shifts or combined with AND
        KeyedStreams ks = new KeyedStreams(1L);
        int[][] keys = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 0}, {1, 0, 1}, {0, 1, 1}, {1, 1, 1},
            {2, 0, 0}, {0, 2, 0}, {0, 0, 2}, {256, 0, 0}, {0, 255, 0}, {0, 0, 255}, {65535, 255, 255}};
        for (int[] k : keys) {
            ks.stream(k[0], k[1], k[2]);
        }
        assertEquals(keys.length, ks.size());
        for (int[] k : keys) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ks.stream(k[0], k[1], k[2]));
            assertEquals("the stream (" + k[0] + ", " + k[1] + ", " + k[2]
                    + ") exists already: two streams with one key would draw the same numbers", e.getMessage());
        }
        assertEquals(keys.length, ks.size(), "a refused stream is not kept");
    }

    @Test
    void aKeyOutOfRangeIsRefusedAndNotCounted() {
        KeyedStreams ks = new KeyedStreams(1L);
        assertThrows(IllegalArgumentException.class, () -> ks.stream(0, 256, 0));
        assertEquals(0, ks.size());
    }

    @Test
    void startDayRestartsEveryStream() {
        KeyedStreams ks = new KeyedStreams(2019L);
        List<RandomStream> made = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            made.add(ks.stream(p, p, 0));
        }
        ks.startDay(12);
        long[] first = new long[made.size()];
        for (int i = 0; i < made.size(); i++) {
            first[i] = made.get(i).nextLong();
            made.get(i).nextLong();
        }
        ks.startDay(12);
        for (int i = 0; i < made.size(); i++) {
            assertEquals(first[i], made.get(i).nextLong(), "stream " + i + " restarted");
        }
        ks.startDay(13);
        assertTrue(made.get(0).nextLong() != first[0], "another day, other numbers");
    }
}
