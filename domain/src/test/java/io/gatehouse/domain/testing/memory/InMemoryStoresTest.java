package io.gatehouse.domain.testing.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.identity.AuthenticatedSession;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.role.RoleFilter;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The in-memory specifics; the behaviour shared with every adapter is held by the port contract tests. */
class InMemoryStoresTest {
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<String> USER_COLUMNS = List.copyOf(InMemoryUserStore.COLUMNS.keySet());
    private final InMemoryStores stores = new InMemoryStores();

    private static User user(long id, String email, String username, String handle) {
        return new User(id, username, email, "", handle, "", null, 0, true, NOW.plusSeconds(id), null, null, null);
    }

    private Page<User> searchUsers(UserFilter filter, String sort) {
        return stores.users().search(filter, RowAccess.ALL, RowAccess.ALL, RowAccess.ALL,
                Sort.parse(sort, "id", USER_COLUMNS), 0, 100);
    }

    private static UserFilter query(String q) {
        return new UserFilter(List.of(), List.of(), q, "", "", "", "", Tristate.EXCLUDE, Tristate.EXCLUDE);
    }

    private static List<Long> ids(Page<User> page) {
        return page.items().stream().map(User::id).toList();
    }

    @Nested
    class Provisioned {
        @Test
        void freshStoresHoldTheBuiltInRolesAndDefaultRulesOnly() {
            assertEquals("everyone", stores.roles().findById(1).orElseThrow().handle());
            assertEquals("Administrators", stores.roles().findById(2).orElseThrow().name());
            assertEquals(2, stores.roles().search(new RoleFilter("", Tristate.INCLUDE, Tristate.INCLUDE),
                    RowAccess.ALL, null, 0, 100).count());
            assertEquals(Set.copyOf(Provisioning.RULES), Set.copyOf(stores.rules().load().rules()));
            assertEquals(0, stores.users().countAll());
            assertTrue(stores.recentActions(10).isEmpty());
        }

        @Test
        void defaultRulesGiveAdministratorsTheAddedOperations() {
            assertTrue(Provisioning.RULES.contains(new Rule(2, "system", "impersonate", Access.ALLOW)));
            assertTrue(Provisioning.RULES.contains(new Rule(2, "system", "actionlog.read", Access.ALLOW)));
            assertTrue(Provisioning.RULES.contains(new Rule(2, "system:organisation:*", "archive", Access.ALLOW)));
            assertTrue(Provisioning.RULES.contains(new Rule(1, "system:organisation:*", "read", Access.ALLOW)));
            assertEquals(4 + 11 + 3 + 7 + 4 + 5, Provisioning.RULES.size());
            Provisioning.RULES.forEach(io.gatehouse.domain.rbac.Operations::requireValid);
        }

        @Test
        void resetForgetsEverythingButTheProvisionedState() {
            stores.users().insert(user(10, "a@example.com", "", ""));
            stores.rules().apply(List.of(new Rule(2, "system", "grant", Access.DENY)));
            stores.reset();
            assertEquals(0, stores.users().countAll());
            assertEquals(Provisioning.INITIAL_RULE_VERSION, stores.rules().version());
            assertEquals(Set.copyOf(Provisioning.RULES), Set.copyOf(stores.rules().load().rules()));
        }
    }

    @Nested
    class Users {
        @Test
        void emailUsernameAndHandleAreUniqueIgnoringCase() {
            stores.users().insert(user(10, "a@example.com", "alice", "alice"));
            assertEquals("email not unique", assertThrows(DomainException.Conflict.class,
                    () -> stores.users().insert(user(11, "A@Example.com", "", ""))).getMessage());
            assertEquals("username not unique", assertThrows(DomainException.Conflict.class,
                    () -> stores.users().insert(user(11, "b@example.com", "ALICE", ""))).getMessage());
            assertEquals("handle not unique", assertThrows(DomainException.Conflict.class,
                    () -> stores.users().insert(user(11, "b@example.com", "", "Alice"))).getMessage());
        }

        @Test
        void emptyValuesNeverClash() {
            stores.users().insert(user(10, "a@example.com", "", ""));
            stores.users().insert(user(11, "b@example.com", "", ""));
            assertEquals(2, stores.users().countAll());
        }

        @Test
        void deletedUsersDoNotClashButSuspendedUsersDo() {
            User a = user(10, "a@example.com", "", "");
            stores.users().insert(a);
            stores.users().update(a.withSuspendedAt(NOW, NOW));
            assertThrows(DomainException.Conflict.class, () -> stores.users().insert(user(11, "a@example.com", "", "")));
            stores.users().update(a.withDeletedAt(NOW, NOW));
            stores.users().insert(user(11, "a@example.com", "", ""));
            assertThrows(DomainException.Conflict.class,
                    () -> stores.users().update(a.withDeletedAt(null, NOW)), "undelete re-checks uniqueness");
        }

        @Test
        void updatingAnUnknownUserIsNotFound() {
            assertThrows(DomainException.NotFound.class, () -> stores.users().update(user(99, "x@example.com", "", "")));
        }

        @Test
        void queryIsACaseInsensitivePrefixOnUsernameAndHandle() {
            stores.users().insert(user(10, "zed@example.com", "Johnny", ""));
            stores.users().insert(user(11, "zak@example.com", "", "johanna"));
            stores.users().insert(user(12, "john@example.com", "", ""));
            stores.users().insert(user(13, "ann@example.com", "xjohn", ""));
            assertEquals(List.of(10L, 11L), ids(stores.users().search(query("JOH"), RowAccess.ALL, RowAccess.NONE,
                    RowAccess.NONE, null, 0, 100)));
        }

        @Test
        void queryCoversEmailAndNameOnlyWhereUnmaskable() {
            stores.users().insert(user(10, "john@example.com", "", ""));
            stores.users().insert(user(11, "johanna@example.com", "", ""));
            User named = new User(12, "", "c@example.com", "John Doe", "", "", null, 0, true, NOW, null, null, null);
            stores.users().insert(named);
            RowAccess only10 = new RowAccess(false, Set.of(10L));
            RowAccess only12 = new RowAccess(false, Set.of(12L));
            assertEquals(List.of(10L, 12L), ids(stores.users().search(query("jo"), RowAccess.ALL, only10, only12,
                    null, 0, 100)));
        }

        @Test
        void exactEmailFilterOnlyMatchesUnmaskableRows() {
            stores.users().insert(user(10, "john@example.com", "", ""));
            UserFilter byEmail = UserFilter.byEmail("JOHN@example.com");
            assertEquals(List.of(10L), ids(stores.users().search(byEmail, RowAccess.ALL, RowAccess.ALL, RowAccess.ALL,
                    null, 0, 10)));
            assertEquals(List.of(), ids(stores.users().search(byEmail, RowAccess.ALL, RowAccess.NONE, RowAccess.ALL,
                    null, 0, 10)));
        }

        @Test
        void triStatesExcludeIncludeOrSelectOnlyFlaggedRows() {
            stores.users().insert(user(10, "a@example.com", "", ""));
            User b = user(11, "b@example.com", "", "");
            stores.users().insert(b);
            stores.users().update(b.withDeletedAt(NOW, NOW));
            for (Tristate t : Tristate.values()) {
                UserFilter f = new UserFilter(List.of(), List.of(), "", "", "", "", "", t, Tristate.EXCLUDE);
                List<Long> expected = switch (t) {
                    case EXCLUDE -> List.of(10L);
                    case INCLUDE -> List.of(10L, 11L);
                    case ONLY -> List.of(11L);
                };
                assertEquals(expected, ids(searchUsers(f, "id")), t.name());
            }
        }

        @Test
        void roleFilterKeepsMembersOfAnyListedRole() {
            stores.users().insert(user(10, "a@example.com", "", ""));
            stores.users().insert(user(11, "b@example.com", "", ""));
            stores.users().insert(user(12, "c@example.com", "", ""));
            stores.memberships().add(2, 10);
            stores.memberships().add(5, 12);
            UserFilter f = new UserFilter(List.of(), List.of(2L, 5L), "", "", "", "", "", Tristate.EXCLUDE,
                    Tristate.EXCLUDE);
            assertEquals(List.of(10L, 12L), ids(searchUsers(f, "id")));
        }

        @Test
        void readableRowAccessHidesRowsAndCountsOnlyTheVisible() {
            for (long id = 10; id < 15; id++) {
                stores.users().insert(user(id, id + "@example.com", "", ""));
            }
            Page<User> page = stores.users().search(query(""), new RowAccess(true, Set.of(11L, 13L)), RowAccess.ALL,
                    RowAccess.ALL, null, 1, 1);
            assertEquals(List.of(12L), ids(page));
            assertEquals(3, page.count());
        }

        @Test
        void sortsByColumnsWithIdAsTieBreakerAndPagesWithTheRealCount() {
            stores.users().insert(user(10, "b@example.com", "", "same"));
            stores.users().insert(user(11, "a@example.com", "", ""));
            stores.users().insert(user(12, "c@example.com", "", ""));
            assertEquals(List.of(11L, 10L, 12L), ids(searchUsers(query(""), "email")));
            assertEquals(List.of(12L, 10L, 11L), ids(searchUsers(query(""), "email DESC")));
            assertEquals(List.of(11L, 12L, 10L), ids(searchUsers(query(""), "handle, id")));
            assertEquals(List.of(12L, 11L, 10L), ids(searchUsers(query(""), "createdAt DESC")));
            Page<User> second = stores.users().search(query(""), RowAccess.ALL, RowAccess.ALL, RowAccess.ALL,
                    Sort.parse("email", "id", USER_COLUMNS), 1, 1);
            assertEquals(List.of(10L), ids(second));
            assertEquals(3, second.count());
        }

        @Test
        void nullTimestampsSortFirstAscendingAndLastDescending() {
            User a = user(10, "a@example.com", "", "");
            stores.users().insert(a);
            stores.users().insert(user(11, "b@example.com", "", ""));
            stores.users().update(a.withSuspendedAt(NOW, NOW));
            UserFilter all = new UserFilter(List.of(), List.of(), "", "", "", "", "", Tristate.EXCLUDE,
                    Tristate.INCLUDE);
            assertEquals(List.of(11L, 10L), ids(searchUsers(all, "suspended_at")));
            assertEquals(List.of(10L, 11L), ids(searchUsers(all, "suspended_at DESC")));
        }

        @Test
        void handleTakenIgnoresDeletedUsersAndTheGivenUser() {
            User a = user(10, "a@example.com", "", "alice");
            stores.users().insert(a);
            assertTrue(stores.users().handleTaken("ALICE", 0));
            assertFalse(stores.users().handleTaken("alice", 10));
            stores.users().update(a.withDeletedAt(NOW, NOW));
            assertFalse(stores.users().handleTaken("alice", 0));
            assertFalse(stores.users().handleTaken("", 0));
        }

        @Test
        void findValidByEmailSkipsSuspendedAndDeletedUsers() {
            User a = user(10, "a@example.com", "", "");
            stores.users().insert(a);
            assertEquals(10, stores.users().findValidByEmail("A@EXAMPLE.COM").orElseThrow().id());
            stores.users().update(a.withSuspendedAt(NOW, NOW));
            assertTrue(stores.users().findValidByEmail("a@example.com").isEmpty());
        }
    }

    @Nested
    class Roles {
        private Role role(long id, String name, String handle) {
            return new Role(id, name, handle, 0, NOW, null, null, null);
        }

        @Test
        void nameAndHandleAreUniqueAmongNonDeletedRoles() {
            stores.roles().insert(role(10, "Editors", "editors"));
            assertEquals("role handle not unique", assertThrows(DomainException.Conflict.class,
                    () -> stores.roles().insert(role(11, "Other", "EDITORS"))).getMessage());
            assertEquals("role name not unique", assertThrows(DomainException.Conflict.class,
                    () -> stores.roles().insert(role(11, "editors", "other"))).getMessage());
            stores.roles().update(role(10, "Editors", "editors").withDeletedAt(NOW, NOW));
            stores.roles().insert(role(11, "Editors", "editors"));
        }

        @Test
        void searchMatchesNamePrefixOrHandlePrefixAndArchivedTriState() {
            stores.roles().insert(role(10, "Editors", "ed"));
            stores.roles().insert(role(11, "Viewers", "editorial"));
            stores.roles().insert(role(12, "Editorial board", "board").withArchivedAt(NOW, NOW));
            assertEquals(List.of(10L, 11L), stores.roles().search(new RoleFilter("edit", Tristate.EXCLUDE,
                    Tristate.EXCLUDE), RowAccess.ALL, null, 0, 10).items().stream().map(Role::id).toList());
            assertEquals(List.of(12L), stores.roles().search(new RoleFilter("edit", Tristate.EXCLUDE,
                    Tristate.ONLY), RowAccess.ALL, null, 0, 10).items().stream().map(Role::id).toList());
        }
    }

    @Nested
    class Sessions {
        private final User alice = user(10, "a@example.com", "", "");

        @Test
        void resolveYieldsTheLiveSessionWithActiveRolesAndTheRuleVersion() {
            stores.users().insert(alice);
            stores.roles().insert(new Role(20, "Archived", "archived", 0, NOW, null, NOW, null));
            stores.memberships().add(2, 10);
            stores.memberships().add(20, 10);
            stores.rules().apply(List.of(new Rule(2, "system", "grant", Access.ALLOW)));
            stores.sessions().insert(new Session(50, 10, NOW, NOW.plus(Duration.ofHours(1)), null, "", 0));
            AuthenticatedSession s = stores.sessions().resolve(50, NOW).orElseThrow();
            assertEquals(Set.of(2L), s.roleIds());
            assertEquals(stores.rules().version(), s.ruleVersion());
            assertTrue(stores.sessions().resolve(50, NOW.plus(Duration.ofHours(1))).isEmpty(), "expired");
        }

        @Test
        void sessionsOfSuspendedUsersOrRevokedSessionsDoNotResolve() {
            stores.users().insert(alice);
            stores.sessions().insert(new Session(50, 10, NOW, NOW.plus(Duration.ofHours(1)), null, "", 0));
            stores.sessions().insert(new Session(51, 10, NOW, NOW.plus(Duration.ofHours(1)), null, "", 0));
            stores.sessions().revoke(51, NOW);
            assertTrue(stores.sessions().resolve(51, NOW).isEmpty());
            stores.users().update(alice.withSuspendedAt(NOW, NOW));
            assertTrue(stores.sessions().resolve(50, NOW).isEmpty());
        }

        @Test
        void revokeAllOfKeepsTheNamedSessionAndPurgeRemovesEndedOnes() {
            stores.users().insert(alice);
            for (long id = 50; id < 53; id++) {
                stores.sessions().insert(new Session(id, 10, NOW, NOW.plus(Duration.ofHours(1)), null, "", 0));
            }
            stores.sessions().revokeAllOf(10, 51, NOW);
            assertTrue(stores.sessions().resolve(50, NOW).isEmpty());
            assertTrue(stores.sessions().resolve(51, NOW).isPresent());
            assertEquals(2, stores.sessions().purgeEndedBefore(NOW.plusSeconds(1)));
            assertEquals(1, stores.sessions().purgeEndedBefore(NOW.plus(Duration.ofHours(2))));
        }
    }

    @Nested
    class Rules {
        @Test
        void everyChangeBumpsTheVersion() {
            long v = stores.rules().version();
            stores.rules().apply(List.of(new Rule(5, "system", "grant", Access.ALLOW)));
            stores.rules().moveRules(5, 6);
            stores.rules().deleteAllOf(6);
            assertEquals(v + 3, stores.rules().version());
            assertEquals(v + 3, stores.rules().load().version());
        }

        @Test
        void inheritDeletesAndMoveKeepsTheDestinationsRulesOnClashes() {
            stores.rules().apply(List.of(new Rule(5, "system", "grant", Access.ALLOW),
                    new Rule(5, "system", "access", Access.ALLOW), new Rule(6, "system", "grant", Access.DENY)));
            stores.rules().apply(List.of(new Rule(5, "system", "access", Access.INHERIT)));
            stores.rules().moveRules(5, 6);
            List<Rule> left = stores.rules().load().rules().stream().filter(r -> r.roleId() >= 5).toList();
            assertEquals(List.of(new Rule(6, "system", "grant", Access.DENY)), left);
        }
    }

    @Nested
    class Memberships {
        @Test
        void countActiveMembersCountsOnlyValidUsers() {
            stores.users().insert(user(10, "a@example.com", "", ""));
            User b = user(11, "b@example.com", "", "");
            stores.users().insert(b);
            stores.memberships().add(2, 10);
            stores.memberships().add(2, 11);
            stores.memberships().add(2, 11);
            assertEquals(2, stores.memberships().countActiveMembers(2));
            stores.users().update(b.withSuspendedAt(NOW, NOW));
            assertEquals(1, stores.memberships().countActiveMembers(2));
            assertEquals(List.of(10L, 11L), stores.memberships().membersOf(2));
        }

        @Test
        void moveMembersMergesIntoTheDestination() {
            stores.memberships().add(5, 10);
            stores.memberships().add(5, 11);
            stores.memberships().add(6, 11);
            stores.memberships().moveMembers(5, 6);
            assertEquals(List.of(), stores.memberships().membersOf(5));
            assertEquals(List.of(10L, 11L), stores.memberships().membersOf(6));
        }
    }

    @Test
    void organisationsListActiveOnesByNamePrefix() {
        stores.organisations().insert(new Organisation(10, "", "beta", NOW, null, null, null));
        stores.organisations().insert(new Organisation(11, "", "Alpha", NOW, null, null, null));
        stores.organisations().insert(new Organisation(12, "", "alpine", NOW, null, NOW, null));
        stores.organisations().insert(new Organisation(13, "", "Alps", NOW, null, null, null));
        assertEquals(List.of(11L, 13L), stores.organisations().list("al", RowAccess.ALL, 10).stream()
                .map(Organisation::id).toList());
        assertEquals(List.of(11L), stores.organisations().list("", RowAccess.ALL, 1).stream()
                .map(Organisation::id).toList());
    }
}
