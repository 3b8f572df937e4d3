package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.identity.LoginFailureStore;
import io.gatehouse.domain.testing.memory.MemoryState.LoginFailure;
import java.time.Instant;
import java.util.List;

/** Failed login attempts in memory. */
public final class InMemoryLoginFailureStore implements LoginFailureStore {
    private final MemoryDatabase db;

    InMemoryLoginFailureStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void record(String key, Instant at) {
        long seq = db.nextSequence();
        Instant dayBefore = at.minus(java.time.Duration.ofDays(1));
        db.write(s -> {
            s.loginFailures.values().removeIf(f -> f.key().equals(key) && f.at().isBefore(dayBefore));
            return s.loginFailures.put(seq, new LoginFailure(key, at));
        });
    }

    @Override
    public Recent recent(String key, Instant since) {
        return db.read(s -> {
            List<Instant> times = s.loginFailures.values().stream()
                    .filter(f -> f.key().equals(key) && !f.at().isBefore(since))
                    .map(LoginFailure::at)
                    .sorted()
                    .toList();
            return new Recent(times.size(), times.isEmpty() ? null : times.get(0));
        });
    }

    @Override
    public void clear(String key) {
        db.write(s -> s.loginFailures.values().removeIf(f -> f.key().equals(key)));
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return db.write(s -> {
            int before = s.loginFailures.size();
            s.loginFailures.values().removeIf(f -> f.at().isBefore(cutoff));
            return before - s.loginFailures.size();
        });
    }
}
