package io.gatehouse.domain.shared;

import java.time.Clock;

/**
 * Snowflake-style IDs: 41 bits of milliseconds since 2020-01-01, 10 bits of node id, 12 bits of
 * sequence. Always positive (fits a signed BIGINT), time-ordered, unique across up to 1024 nodes.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {
    static final long EPOCH_MILLIS = 1577836800000L; // 2020-01-01T00:00:00Z
    private static final int NODE_BITS = 10;
    private static final int SEQUENCE_BITS = 12;
    private static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;
    public static final int MAX_NODE = (1 << NODE_BITS) - 1;

    private final Clock clock;
    private final long node;
    private long lastMillis = -1;
    private long sequence;

    public TimeOrderedIdGenerator(Clock clock, int node) {
        if (node < 0 || node > MAX_NODE) {
            throw new IllegalArgumentException("node id must be between 0 and " + MAX_NODE);
        }
        this.clock = clock;
        this.node = node;
    }

    @Override
    public synchronized long next() {
        long now = Math.max(clock.millis(), lastMillis);
        if (now == lastMillis) {
            sequence = (sequence + 1) & MAX_SEQUENCE;
            if (sequence == 0) {
                now = lastMillis + 1; // borrow the next millisecond rather than spin
            }
        } else {
            sequence = 0;
        }
        lastMillis = now;
        return ((now - EPOCH_MILLIS) << (NODE_BITS + SEQUENCE_BITS)) | (node << SEQUENCE_BITS) | sequence;
    }
}
