package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesFromNow;
import static io.gatehouse.domain.testing.contract.Fixtures.role;
import static io.gatehouse.domain.testing.contract.Fixtures.session;
import static io.gatehouse.domain.testing.contract.Fixtures.userWithEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.identity.AuthenticatedSession;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.SessionStore;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.role.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link SessionStore} must do. */
public abstract class SessionStoreContract extends StoreContract {

    private SessionStore sessions() {
        return stores().sessions();
    }

    private User aLiveUser(String email) {
        User user = userWithEmail(email);
        stores().users().insert(user);
        return user;
    }

    private Session aLiveSessionOf(User user) {
        Session session = session(user.id(), minutesFromNow(60));
        sessions().insert(session);
        return session;
    }

    private boolean isLive(Session session) {
        return sessions().resolve(session.id(), NOW).isPresent();
    }

    @Test
    void resolveReturnsTheSessionItsUsersRolesAndTheRuleVersion() {
        User ann = aLiveUser("ann@example.com");
        Role editors = role("Editors", "editors");
        stores().roles().insert(editors);
        stores().memberships().add(editors.id(), ann.id());
        stores().memberships().add(Roles.ADMINISTRATORS, ann.id());
        Session session = new Session(Fixtures.nextId(), ann.id(), minutesAgo(1), minutesFromNow(60), null,
                "2001:db8::1", 77);
        sessions().insert(session);

        AuthenticatedSession resolved = sessions().resolve(session.id(), NOW).orElseThrow();

        assertEquals(session, resolved.session());
        assertEquals(ann.id(), resolved.userId());
        assertEquals(Set.of(editors.id(), Roles.ADMINISTRATORS), resolved.roleIds());
        assertEquals(stores().rules().version(), resolved.ruleVersion());
    }

    @Test
    void resolveOfAUserWithoutRolesHasNone() {
        Session session = aLiveSessionOf(aLiveUser("ann@example.com"));

        assertEquals(Set.of(), sessions().resolve(session.id(), NOW).orElseThrow().roleIds());
    }

    @Test
    void resolveRefusesRevokedSessionsAndSuspendedUsers() {
        User ann = aLiveUser("ann@example.com");
        Session revoked = aLiveSessionOf(ann);
        sessions().revoke(revoked.id(), minutesAgo(1));
        User sue = aLiveUser("sue@example.com");
        Session ofSuspended = aLiveSessionOf(sue);
        stores().users().update(sue.withSuspendedAt(NOW, NOW));

        assertEquals(Optional.empty(), sessions().resolve(revoked.id(), NOW));
        assertEquals(Optional.empty(), sessions().resolve(ofSuspended.id(), NOW));
    }

    @Test
    void resolveRefusesExpiredSessionsDeletedUsersAndUnknownSessions() {
        User ann = aLiveUser("ann@example.com");
        Session expiring = session(ann.id(), NOW);
        sessions().insert(expiring);
        User dan = aLiveUser("dan@example.com");
        Session ofDeleted = aLiveSessionOf(dan);
        stores().users().update(dan.withDeletedAt(NOW, NOW));

        assertTrue(sessions().resolve(expiring.id(), minutesAgo(1)).isPresent());
        assertEquals(Optional.empty(), sessions().resolve(expiring.id(), NOW));
        assertEquals(Optional.empty(), sessions().resolve(ofDeleted.id(), NOW));
        assertEquals(Optional.empty(), sessions().resolve(Fixtures.nextId(), NOW));
    }

    @Test
    void resolveLeavesOutDeletedAndArchivedRoles() {
        User ann = aLiveUser("ann@example.com");
        Role live = role("Live", "live");
        Role deleted = role("Deleted", "deleted");
        Role archived = role("Archived", "archived");
        for (Role r : List.of(live, deleted, archived)) {
            stores().roles().insert(r);
            stores().memberships().add(r.id(), ann.id());
        }
        stores().roles().update(deleted.withDeletedAt(NOW, NOW));
        stores().roles().update(archived.withArchivedAt(NOW, NOW));
        Session session = aLiveSessionOf(ann);

        assertEquals(Set.of(live.id()), sessions().resolve(session.id(), NOW).orElseThrow().roleIds());
    }

    @Test
    void resolveReportsTheCurrentRuleVersion() {
        Session session = aLiveSessionOf(aLiveUser("ann@example.com"));
        long before = sessions().resolve(session.id(), NOW).orElseThrow().ruleVersion();

        stores().rules().apply(List.of(new Rule(Roles.ADMINISTRATORS, "system:user:42", "read", Access.DENY)));

        long after = sessions().resolve(session.id(), NOW).orElseThrow().ruleVersion();
        assertTrue(after > before, "version " + before + " -> " + after);
        assertEquals(stores().rules().version(), after);
    }

    @Test
    void extendMovesTheExpiry() {
        User ann = aLiveUser("ann@example.com");
        Session session = session(ann.id(), minutesFromNow(1));
        sessions().insert(session);

        sessions().extend(session.id(), minutesFromNow(120));

        AuthenticatedSession later = sessions().resolve(session.id(), minutesFromNow(60)).orElseThrow();
        assertEquals(minutesFromNow(120), later.session().expiresAt());
    }

    @Test
    void revokeEndsTheSessionForGood() {
        Session session = aLiveSessionOf(aLiveUser("ann@example.com"));

        sessions().revoke(session.id(), NOW);
        sessions().extend(session.id(), minutesFromNow(600));

        assertEquals(Optional.empty(), sessions().resolve(session.id(), NOW));
    }

    @Test
    void revokeAllOfKeepsOnlyTheGivenSession() {
        User ann = aLiveUser("ann@example.com");
        Session first = aLiveSessionOf(ann);
        Session kept = aLiveSessionOf(ann);
        Session third = aLiveSessionOf(ann);
        Session bobs = aLiveSessionOf(aLiveUser("bob@example.com"));

        sessions().revokeAllOf(ann.id(), kept.id(), NOW);

        assertEquals(List.of(false, true, false, true), List.of(isLive(first), isLive(kept), isLive(third), isLive(bobs)));

        sessions().revokeAllOf(ann.id(), 0, NOW);

        assertEquals(List.of(false, true), List.of(isLive(kept), isLive(bobs)));
    }

    @Test
    void purgeRemovesSessionsThatEndedBeforeTheCutoff() {
        User ann = aLiveUser("ann@example.com");
        Session expiredLongAgo = session(ann.id(), minutesAgo(120));
        Session revokedLongAgo = session(ann.id(), minutesFromNow(60));
        Session revokedRecently = session(ann.id(), minutesFromNow(60));
        Session live = session(ann.id(), minutesFromNow(60));
        for (Session s : List.of(expiredLongAgo, revokedLongAgo, revokedRecently, live)) {
            sessions().insert(s);
        }
        sessions().revoke(revokedLongAgo.id(), minutesAgo(90));
        sessions().revoke(revokedRecently.id(), minutesAgo(1));

        assertEquals(2, sessions().purgeEndedBefore(minutesAgo(60)));
        assertEquals(0, sessions().purgeEndedBefore(minutesAgo(60)));
        assertTrue(isLive(live));
    }
}
