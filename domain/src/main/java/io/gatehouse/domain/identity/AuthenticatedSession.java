package io.gatehouse.domain.identity;

import java.util.Set;

/**
 * What one lookup of a live session yields: the session, the user's current role memberships
 * (of roles neither deleted nor archived) and the current version of the permission rules, so a
 * request needs no further round trip to authorise.
 */
public record AuthenticatedSession(Session session, Set<Long> roleIds, long ruleVersion) {
    public AuthenticatedSession {
        roleIds = Set.copyOf(roleIds);
    }

    public long userId() {
        return session.userId();
    }
}
