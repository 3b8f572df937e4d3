package io.gatehouse.application.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Memberships;
import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.actionlog.Severity;
import io.gatehouse.domain.automation.SystemEvent;
import io.gatehouse.domain.identity.Masking;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mockito.InOrder;

class UserServiceTest {
    private final Services s = new Services();
    private final User admin = s.givenAdmin("admin@example.com");
    private final User alice = s.givenUser("alice@example.com", "Alice Liddell");
    private final User bob = s.givenUser("bob@example.com", "Bob Builder");
    private final Caller asAdmin = s.signIn(admin);
    private final Caller asAlice = s.signIn(alice);

    private static UserCommand command(String email, String name, String handle) {
        return new UserCommand(email, name, handle, "");
    }

    private static UserSearch search(String query) {
        return search(query, Tristate.EXCLUDE);
    }

    private static UserSearch search(String query, Tristate deleted) {
        return new UserSearch(new UserFilter(List.of(), List.of(), query, "", "", "", "", deleted, Tristate.EXCLUDE),
                Sort.parse("", UserSearch.DEFAULT_SORT, UserSearch.SORTABLE), PageRequest.firstPage());
    }

    private static <T extends DomainException> String refused(Class<T> kind, Executable call) {
        return assertThrows(kind, call).getMessage();
    }

    @Nested
    class Create {
        @Test
        void userWithoutGrantsCannotCreateUsersAndNothingIsWritten() {
            long before = s.stores.users().countAll();
            assertEquals("not allowed to create users", refused(DomainException.Forbidden.class,
                    () -> s.users.create(asAlice, command("new@example.com", "New", "new"))));
            assertEquals(before, s.stores.users().countAll());
            assertTrue(s.stores.users().findValidByEmail("new@example.com").isEmpty());
        }

        @Test
        void anonymousCannotCreateUsers() {
            assertThrows(DomainException.Forbidden.class,
                    () -> s.users.create(s.anonymous(), command("new@example.com", "", "")));
        }

        @Test
        void administratorCreatesAConfirmedUser() {
            User created = s.users.create(asAdmin, command("new@example.com", "New Person", "newbie"));
            User stored = s.stored(created);
            assertEquals("new@example.com", stored.email());
            assertEquals("newbie", stored.handle());
            assertTrue(stored.emailConfirmed());
            assertEquals(s.clock.instant(), stored.createdAt());
        }

        @Test
        void emptyHandleIsGeneratedFromTheName() {
            User created = s.users.create(asAdmin, command("jd@example.com", "john doe", ""));
            assertEquals("johnDoe", created.handle());
            assertEquals("johnDoe", s.stored(created).handle());
        }

        @Test
        void generatedHandleSkipsTakenHandles() {
            s.users.create(asAdmin, command("first@example.com", "john doe", ""));
            User second = s.users.create(asAdmin, command("jd@example.com", "John Doe", ""));
            assertEquals("jd", second.handle(), "handles are unique ignoring case, so the e-mail local part is next");
        }

        @Test
        void takenEmailIsAConflictIgnoringCase() {
            assertEquals("email not unique", refused(DomainException.Conflict.class,
                    () -> s.users.create(asAdmin, command("ALICE@example.com", "", ""))));
        }

        @Test
        void createFiresBeforeAndAfterCreateInOrder() {
            User created = s.users.create(asAdmin, command("new@example.com", "", "new"));
            InOrder order = inOrder(s.events);
            order.verify(s.events).dispatch(argThat(e -> e.eventType().equals("beforeCreate")
                    && e.resourceType().equals("system:user")));
            order.verify(s.events).dispatch(argThat(e -> e.eventType().equals("afterCreate")
                    && e.args().get("user").equals(created)));
        }

        @Test
        void beforeCreateHandlerCanRefuseAndNothingIsWritten() {
            doThrow(new DomainException.Invalid("refused by script"))
                    .when(s.events).dispatch(argThat((SystemEvent e) -> e.eventType().equals("beforeCreate")));
            assertEquals("refused by script", refused(DomainException.Invalid.class,
                    () -> s.users.create(asAdmin, command("new@example.com", "", ""))));
            assertTrue(s.stores.users().findValidByEmail("new@example.com").isEmpty());
            verify(s.events, never()).dispatch(argThat((SystemEvent e) -> e.eventType().equals("afterCreate")));
        }

        @Test
        void successIsRecordedOnTheNewUser() {
            User created = s.users.create(asAdmin, command("new@example.com", "", "new"));
            var record = s.lastAction();
            assertEquals("system:user:" + created.id(), record.resource());
            assertEquals("create", record.action());
            assertEquals(Severity.NOTICE, record.severity());
            assertEquals("", record.error());
            assertEquals("new@example.com", record.meta().get("user.email"));
            assertEquals(admin.id(), record.actorId());
        }
    }

    @Nested
    class Read {
        @Test
        void userReadsThemselvesUnmasked() {
            User me = s.users.read(asAlice, alice.id());
            assertEquals("alice@example.com", me.email());
            assertEquals("Alice Liddell", me.name());
        }

        @Test
        void otherUsersAreMaskedForCallersWithoutUnmask() {
            User other = s.users.read(asAlice, bob.id());
            assertEquals(Masking.EMAIL, other.email());
            assertEquals(Masking.NAME, other.name());
            assertEquals(bob.id(), other.id());
        }

        @Test
        void administratorsSeeEmailAndName() {
            User other = s.users.read(asAdmin, bob.id());
            assertEquals("bob@example.com", other.email());
            assertEquals("Bob Builder", other.name());
        }

        @Test
        void unmaskGrantedForOneUserUnmasksOnlyThatUser() {
            s.givenRule(Roles.EVERYONE, "system:user:" + bob.id(), "unmask.email", Access.ALLOW);
            Caller caller = s.refresh(asAlice);
            User unmasked = s.users.read(caller, bob.id());
            assertEquals("bob@example.com", unmasked.email());
            assertEquals(Masking.NAME, unmasked.name());
            assertEquals(Masking.EMAIL, s.users.read(caller, admin.id()).email());
        }

        @Test
        void readNeedsReadButNeverForOneself() {
            s.givenRule(Roles.EVERYONE, "system:user:*", "read", Access.DENY);
            Caller caller = s.refresh(asAlice);
            assertEquals("not allowed to read this user", refused(DomainException.Forbidden.class,
                    () -> s.users.read(caller, bob.id())));
            assertEquals(alice.id(), s.users.read(caller, alice.id()).id());
        }

        @Test
        void unknownUserIsNotFound() {
            assertEquals("user not found", refused(DomainException.NotFound.class, () -> s.users.read(asAdmin, 999_999)));
            assertEquals("invalid ID", refused(DomainException.Invalid.class, () -> s.users.read(asAdmin, 0)));
        }

        @Test
        void membershipListsEveryRoleOfTheUser() {
            var archived = s.givenRole("Old", "old", alice);
            s.stores.roles().update(archived.withArchivedAt(s.clock.instant(), s.clock.instant()));
            assertEquals(List.of(archived.id()), s.users.membership(asAlice, alice.id()));
            assertEquals(List.of(Roles.ADMINISTRATORS), s.users.membership(asAdmin, admin.id()));
        }
    }

    @Nested
    class Search {
        @Test
        void othersAreMaskedButTheCallerIsNot() {
            Page<User> page = s.users.search(asAlice, search(""));
            assertEquals(3, page.count());
            for (User u : page.items()) {
                boolean self = u.id() == alice.id();
                assertEquals(self, !u.email().equals(Masking.EMAIL), u.toString());
            }
        }

        @Test
        void queryMatchesEmailOnlyWhereTheCallerMayUnmaskIt() {
            assertEquals(0, s.users.search(asAlice, search("bob@")).count());
            assertEquals(List.of(bob.id()), s.users.search(asAdmin, search("bob@")).items().stream()
                    .map(User::id).toList());
            assertEquals(1, s.users.search(asAlice, search("alice@")).count(), "one's own e-mail is searchable");
        }

        @Test
        void deletedUsersNeedSystemAccess() {
            assertEquals("not allowed to list users", refused(DomainException.Forbidden.class,
                    () -> s.users.search(asAlice, search("", Tristate.INCLUDE))));
            s.users.delete(asAdmin, bob.id());
            assertEquals(List.of(bob.id()), s.users.search(asAdmin, search("", Tristate.ONLY)).items().stream()
                    .map(User::id).toList());
        }

        @Test
        void withoutReadOnlyTheCallerIsListed() {
            s.givenRule(Roles.EVERYONE, "system:user:*", "read", Access.DENY);
            Page<User> page = s.users.search(s.refresh(asAlice), search(""));
            assertEquals(List.of(alice.id()), page.items().stream().map(User::id).toList());
            assertEquals(1, page.count());
        }

        @Test
        void countIsTheTotalBeyondThePage() {
            for (int i = 0; i < 5; i++) {
                s.givenUser("more" + i + "@example.com");
            }
            UserSearch small = new UserSearch(search("").filter(), search("").sort(), new PageRequest(2, 1, 0, 0));
            Page<User> page = s.users.search(asAdmin, small);
            assertEquals(2, page.items().size());
            assertEquals(8, page.count());
            assertEquals(alice.id(), page.items().get(0).id());
        }
    }

    @Nested
    class Update {
        @Test
        void updateKeepsTheUsername() {
            User named = new User(s.ids.next(), "jdoe", "jd@example.com", "", "", "", null, 0, true,
                    s.clock.instant(), null, null, null);
            s.stores.users().insert(named);
            User updated = s.users.update(asAdmin, named.id(), command("john@example.com", "John", "john"));
            assertEquals("jdoe", updated.username());
            assertEquals("jdoe", s.stored(named).username());
            assertEquals("john@example.com", s.stored(named).email());
        }

        @Test
        void usersMayUpdateThemselvesWithoutGrants() {
            s.users.update(asAlice, alice.id(), command("alice@example.org", "Alice", "alice"));
            assertEquals("alice@example.org", s.stored(alice).email());
            assertNotNull(s.stored(alice).updatedAt());
        }

        @Test
        void userWithoutGrantsCannotUpdateOthersAndNothingChanges() {
            assertEquals("not allowed to update this user", refused(DomainException.Forbidden.class,
                    () -> s.users.update(asAlice, bob.id(), command("evil@example.com", "", ""))));
            assertEquals(bob, s.stored(bob));
        }

        @Test
        void takenHandleIsAConflictAndNothingChanges() {
            s.users.update(asAdmin, bob.id(), command("bob@example.com", "Bob", "builder"));
            assertEquals("handle not unique", refused(DomainException.Conflict.class,
                    () -> s.users.update(asAlice, alice.id(), command("alice@example.com", "", "BUILDER"))));
            assertEquals("", s.stored(alice).handle());
        }
    }

    @Nested
    class DeleteAndSuspend {
        @Test
        void deleteRevokesTheUsersSessions() {
            Caller asBob = s.signIn(bob);
            s.users.delete(asAdmin, bob.id());
            assertTrue(s.stored(bob).isDeleted());
            assertFalse(s.sessionIsLive(asBob));
        }

        @Test
        void suspendRevokesTheUsersSessions() {
            Caller asBob = s.signIn(bob);
            s.users.suspend(asAdmin, bob.id());
            assertTrue(s.stored(bob).isSuspended());
            assertFalse(s.sessionIsLive(asBob));
            assertTrue(s.sessionIsLive(asAdmin));
        }

        @Test
        void userWithoutGrantsCannotDeleteOrSuspend() {
            assertEquals("not allowed to delete this user", refused(DomainException.Forbidden.class,
                    () -> s.users.delete(asAlice, bob.id())));
            assertEquals("not allowed to suspend this user", refused(DomainException.Forbidden.class,
                    () -> s.users.suspend(asAlice, bob.id())));
            assertEquals(bob, s.stored(bob));
        }

        @Test
        void lastActiveAdministratorCannotBeDeletedAndKeepsTheirSessions() {
            assertEquals(Memberships.LAST_ADMIN, refused(DomainException.Conflict.class,
                    () -> s.users.delete(asAdmin, admin.id())));
            assertFalse(s.stored(admin).isDeleted());
            assertTrue(s.sessionIsLive(asAdmin), "the revocation was rolled back");
        }

        @Test
        void lastActiveAdministratorCannotBeSuspended() {
            assertEquals(Memberships.LAST_ADMIN, refused(DomainException.Conflict.class,
                    () -> s.users.suspend(asAdmin, admin.id())));
            assertFalse(s.stored(admin).isSuspended());
        }

        @Test
        void anAdministratorMayGoWhileAnotherRemains() {
            User second = s.givenAdmin("second@example.com");
            s.users.suspend(asAdmin, second.id());
            assertEquals(Memberships.LAST_ADMIN, refused(DomainException.Conflict.class,
                    () -> s.users.delete(asAdmin, admin.id())), "a suspended administrator is not active");
            s.users.unsuspend(asAdmin, second.id());
            s.users.delete(asAdmin, admin.id());
            assertTrue(s.stored(admin).isDeleted());
        }

        @Test
        void usersOutsideAdministratorsCanGoEvenWhenAdministratorsHasNoActiveMember() {
            s.stores.memberships().remove(Roles.ADMINISTRATORS, admin.id());
            s.users.suspend(s.system(), alice.id());
            s.users.delete(s.system(), bob.id());
            assertTrue(s.stored(alice).isSuspended());
            assertTrue(s.stored(bob).isDeleted());
        }

        @Test
        void undeleteAndUnsuspendRestoreTheUser() {
            s.users.delete(asAdmin, bob.id());
            s.users.undelete(asAdmin, bob.id());
            s.users.suspend(asAdmin, alice.id());
            s.users.unsuspend(asAdmin, alice.id());
            assertNull(s.stored(bob).deletedAt());
            assertNull(s.stored(alice).suspendedAt());
        }

        @Test
        void deletingTwiceIsHarmless() {
            s.users.delete(asAdmin, bob.id());
            var deletedAt = s.stored(bob).deletedAt();
            s.advance(Duration.ofMinutes(1));
            s.users.delete(asAdmin, bob.id());
            assertEquals(deletedAt, s.stored(bob).deletedAt());
        }
    }

    @Nested
    class Passwords {
        @Test
        void setPasswordRevokesTheUsersSessions() {
            Caller asBob = s.signIn(bob);
            s.users.setPassword(asAdmin, bob.id(), "a new password");
            assertEquals(s.hasher.hash("a new password"), s.stores.credentials().passwordHash(bob.id()).orElseThrow());
            assertFalse(s.sessionIsLive(asBob));
        }

        @Test
        void settingOnesOwnPasswordKeepsTheCurrentSessionOnly() {
            Caller other = s.signIn(admin);
            s.users.setPassword(asAdmin, admin.id(), "a new password");
            assertTrue(s.sessionIsLive(asAdmin));
            assertFalse(s.sessionIsLive(other));
        }

        @Test
        void weakPasswordIsRefused() {
            assertThrows(DomainException.Invalid.class, () -> s.users.setPassword(asAdmin, bob.id(), "short"));
            assertTrue(s.stores.credentials().passwordHash(bob.id()).isEmpty());
        }

        @Test
        void userWithoutGrantsCannotSetAnothersPassword() {
            assertEquals("not allowed to update this user", refused(DomainException.Forbidden.class,
                    () -> s.users.setPassword(asAlice, bob.id(), "a new password")));
            assertTrue(s.stores.credentials().passwordHash(bob.id()).isEmpty());
        }
    }

    @Test
    void unknownScriptIsNotFound() {
        assertEquals("nonexistent script (\"welcome\")", refused(DomainException.NotFound.class,
                () -> s.users.trigger(asAdmin, bob.id(), "welcome")));
    }
}
