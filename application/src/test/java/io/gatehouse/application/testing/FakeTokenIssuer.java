package io.gatehouse.application.testing;

import io.gatehouse.domain.identity.TokenIssuer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Issues readable tokens and remembers what it issued. */
public final class FakeTokenIssuer implements TokenIssuer {
    public record Issued(String token, long userId, List<Long> roleIds, long sessionId, Instant issuedAt,
                         Instant expiresAt) {
    }

    private final List<Issued> issued = new ArrayList<>();

    @Override
    public synchronized String issue(long userId, Collection<Long> roleIds, long sessionId, Instant issuedAt,
                                     Instant expiresAt) {
        String token = "token-" + issued.size() + "-session-" + sessionId;
        issued.add(new Issued(token, userId, List.copyOf(roleIds), sessionId, issuedAt, expiresAt));
        return token;
    }

    public synchronized Issued last() {
        if (issued.isEmpty()) {
            throw new AssertionError("no token was issued");
        }
        return issued.get(issued.size() - 1);
    }

    public synchronized int count() {
        return issued.size();
    }
}
