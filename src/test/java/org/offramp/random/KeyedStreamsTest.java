package org.offramp.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A run's streams: one per key, counted, all restarted together, past the initial capacity too. */
class KeyedStreamsTest {
    @Test
    void everyStreamRestartsWithTheDayEvenBeyondTheInitialCapacity() {
        KeyedStreams streams = new KeyedStreams(42L);
        int n = 200;
        RandomStream[] made = new RandomStream[n];
        for (int i = 0; i < n; i++) {
            made[i] = streams.stream(i % 3, i / 3, 0);
        }
        assertEquals(n, streams.size());
        streams.startDay(5);
        long[] first = new long[n];
        for (int i = 0; i < n; i++) {
            first[i] = made[i].nextLong();
            made[i].nextLong();
        }
        streams.startDay(5);
        for (int i = 0; i < n; i++) {
            assertEquals(first[i], made[i].nextLong(), "stream " + i + " was not restarted");
            // each stream is the one its key names, whatever the order it was made in
            RandomStream fresh = new RandomStream(42L, i % 3, i / 3, 0);
            fresh.startDay(5);
            assertEquals(first[i], fresh.nextLong(), "stream " + i);
        }
    }

    @Test
    void aKeyCanBeMadeOnlyOnce() {
        KeyedStreams streams = new KeyedStreams(1L);
        for (int i = 0; i < 100; i++) {
            streams.stream(1, i, 2);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> streams.stream(1, 70, 2));
        assertTrue(e.getMessage().contains("(1, 70, 2) exists already"), e.getMessage());
        assertEquals(100, streams.size());
    }
}
