package io.gatehouse.domain.identity;

import java.time.Instant;

/**
 * Failed login attempts per key (an account or a client address), shared by every instance so
 * that rate limits hold across them.
 */
public interface LoginFailureStore {
    void record(String key, Instant at);

    /** Failures of the key at or after {@code since}. */
    Recent recent(String key, Instant since);

    void clear(String key);

    /** Forgets every failure, of any key, that happened before {@code cutoff}; returns how many. */
    int purgeBefore(Instant cutoff);

    /** How many failures, and when the oldest of them happened (null when none). */
    record Recent(int count, Instant oldest) {
    }
}
