package io.gatehouse.application.shared;

import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Ids;
import java.util.Set;

/**
 * Who is asking, from where: the authenticated user (0 when anonymous), their current roles,
 * their session, and the request's address and id (for the action log).
 *
 * @param ruleVersion the permission-rule version seen when the session was resolved (-1 unknown)
 */
public record Caller(long userId, Set<Long> roles, long sessionId, String clientAddress, String requestId,
                     long ruleVersion) {

    public Caller {
        roles = Set.copyOf(roles);
        clientAddress = clientAddress == null ? "" : clientAddress;
        requestId = requestId == null ? "" : requestId;
    }

    public static Caller anonymous(String clientAddress, String requestId) {
        return new Caller(0, Set.of(), 0, clientAddress, requestId, -1);
    }

    /** The internal super-user, for provisioning and tests; passes every check. */
    public static Caller system() {
        return new Caller(Ids.SUPER_USER, Set.of(), 0, "", "", -1);
    }

    public boolean isAuthenticated() {
        return userId > 0;
    }

    /** Refuses anonymous callers (401), for use cases any signed-in user may run. */
    public void requireSignedIn() {
        if (!isAuthenticated()) {
            throw new DomainException.Unauthenticated("Unauthorized");
        }
    }

    public boolean isSuperUser() {
        return userId == Ids.SUPER_USER;
    }

    public Caller withUser(long newUserId, Set<Long> newRoles, long newSessionId) {
        return new Caller(newUserId, newRoles, newSessionId, clientAddress, requestId, ruleVersion);
    }
}
