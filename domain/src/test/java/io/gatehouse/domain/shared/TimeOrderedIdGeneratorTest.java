package io.gatehouse.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTest {
    private static final Instant T = Instant.parse("2024-06-01T12:00:00Z");

    /** A clock that reads whatever millisecond it is set to. */
    private static final class SettableClock extends Clock {
        final AtomicLong millis = new AtomicLong(T.toEpochMilli());

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }

    @Test
    void idsAreUniqueIncreasingAndPositiveEvenWithinOneMillisecond() {
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.fixed(T, ZoneOffset.UTC), 3);
        long previous = 0;
        for (int i = 0; i < 10_000; i++) {
            long id = ids.next();
            assertTrue(id > previous, "increasing at " + i);
            previous = id;
        }
    }

    @Test
    void idsKeepIncreasingWhenTheClockGoesBack() {
        SettableClock clock = new SettableClock();
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock, 0);
        long first = ids.next();
        clock.millis.addAndGet(-5_000);
        assertTrue(ids.next() > first);
    }

    @Test
    void idsCarryTheTimeAndTheNode() {
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.fixed(T, ZoneOffset.UTC), 1023);
        long id = ids.next();
        assertEquals(T.toEpochMilli() - TimeOrderedIdGenerator.EPOCH_MILLIS, id >>> 22);
        assertEquals(1023, (id >>> 12) & 0x3FF);
        assertEquals(0, id & 0xFFF);
        assertEquals(1, ids.next() & 0xFFF);
    }

    @Test
    void laterIdsAreLarger() {
        SettableClock clock = new SettableClock();
        long a = new TimeOrderedIdGenerator(clock, 1000).next();
        clock.millis.incrementAndGet();
        long b = new TimeOrderedIdGenerator(clock, 0).next();
        assertTrue(b > a, "time dominates the node bits");
    }

    @Test
    void differentNodesNeverCollide() {
        Clock clock = Clock.fixed(T, ZoneOffset.UTC);
        TimeOrderedIdGenerator a = new TimeOrderedIdGenerator(clock, 1);
        TimeOrderedIdGenerator b = new TimeOrderedIdGenerator(clock, 2);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            assertTrue(seen.add(a.next()));
            assertTrue(seen.add(b.next()));
        }
    }

    @Test
    void concurrentCallersGetDistinctIds() throws InterruptedException {
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.systemUTC(), 7);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    seen.add(ids.next());
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(20_000, seen.size());
    }

    @Test
    void nodeMustFitTenBits() {
        Clock clock = Clock.systemUTC();
        assertThrows(IllegalArgumentException.class, () -> new TimeOrderedIdGenerator(clock, -1));
        assertThrows(IllegalArgumentException.class, () -> new TimeOrderedIdGenerator(clock, 1024));
        assertEquals(1023, TimeOrderedIdGenerator.MAX_NODE);
    }
}
