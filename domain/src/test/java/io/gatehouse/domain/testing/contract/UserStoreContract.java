package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.aUser;
import static io.gatehouse.domain.testing.contract.Fixtures.anyLiveUser;
import static io.gatehouse.domain.testing.contract.Fixtures.by;
import static io.gatehouse.domain.testing.contract.Fixtures.byId;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static io.gatehouse.domain.testing.contract.Fixtures.userWithEmail;
import static io.gatehouse.domain.testing.contract.Fixtures.usersWithState;
import static io.gatehouse.domain.testing.contract.Fixtures.usersMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link UserStore} must do. */
public abstract class UserStoreContract extends StoreContract {

    private UserStore users() {
        return stores().users();
    }

    private User inserted(User user) {
        users().insert(user);
        return user;
    }

    private Page<User> search(UserFilter filter) {
        return users().search(filter, RowAccess.ALL, RowAccess.ALL, RowAccess.ALL, byId(), 0, 100);
    }

    private static List<Long> ids(Page<User> page) {
        return page.items().stream().map(User::id).toList();
    }

    private static List<Long> ids(User... users) {
        List<Long> ids = new ArrayList<>();
        for (User u : users) {
            ids.add(u.id());
        }
        return ids;
    }

    private static void assertConflict(String message, Runnable change) {
        DomainException.Conflict conflict = assertThrows(DomainException.Conflict.class, change::run);
        assertEquals(message, conflict.getMessage());
    }

    @Test
    void insertedUserIsFoundWithEveryField() {
        User user = inserted(aUser().username("jdoe").email("John.Doe@example.com").name("John Doe").handle("jdoe")
                .kind("bot").meta("{\"avatar\":\"a.png\"}").organisationId(77).emailConfirmed(false)
                .createdAt(minutesAgo(60)).updatedAt(minutesAgo(30)).suspendedAt(minutesAgo(10)).build());

        assertEquals(Optional.of(user), users().findById(user.id()));
    }

    @Test
    void unknownUserIsNotFound() {
        assertEquals(Optional.empty(), users().findById(Fixtures.nextId()));
    }

    @Test
    void updateSavesEveryField() {
        User user = inserted(aUser().email("ann@example.com").handle("ann").build());
        User changed = new User(user.id(), "annie", "annie@example.com", "Annie", "annie", "bot", "{}", 5, false,
                user.createdAt(), NOW, minutesAgo(1), minutesAgo(2));

        users().update(changed);

        assertEquals(Optional.of(changed), users().findById(user.id()));
    }

    @Test
    void timestampsKeepMillisecondPrecision() {
        Instant created = Instant.parse("2021-03-28T02:30:01.123Z");
        User user = inserted(aUser().email("ms@example.com").createdAt(created)
                .updatedAt(Instant.parse("2021-10-31T01:30:00.999Z")).build());

        User found = users().findById(user.id()).orElseThrow();

        assertEquals(created, found.createdAt());
        assertEquals(Instant.parse("2021-10-31T01:30:00.999Z"), found.updatedAt());
    }

    @Test
    void emailIsUniqueAmongNonDeletedUsersOnly() {
        User first = inserted(userWithEmail("ann@example.com"));

        assertConflict("email not unique", () -> users().insert(userWithEmail("ANN@Example.com")));

        users().update(first.withDeletedAt(NOW, NOW));
        User second = inserted(userWithEmail("Ann@example.com"));
        assertEquals(Optional.of(second), users().findById(second.id()));
    }

    @Test
    void usernameIsUniqueAmongNonDeletedUsersOnly() {
        User first = inserted(aUser().email("a@example.com").username("Ann").build());

        assertConflict("username not unique",
                () -> users().insert(aUser().email("b@example.com").username("ann").build()));

        users().update(first.withDeletedAt(NOW, NOW));
        inserted(aUser().email("b@example.com").username("ann").build());
    }

    @Test
    void handleIsUniqueAmongNonDeletedUsersOnly() {
        User first = inserted(aUser().email("a@example.com").handle("ann").build());

        assertConflict("handle not unique", () -> users().insert(aUser().email("b@example.com").handle("ANN").build()));

        users().update(first.withDeletedAt(NOW, NOW));
        inserted(aUser().email("b@example.com").handle("ann").build());
    }

    @Test
    void suspendedUsersKeepTheirEmailUsernameAndHandle() {
        User suspended = aUser().email("s@example.com").username("sue").handle("sue").suspendedAt(NOW).build();
        inserted(suspended);

        assertConflict("email not unique", () -> users().insert(userWithEmail("s@example.com")));
        assertConflict("username not unique",
                () -> users().insert(aUser().email("t@example.com").username("sue").build()));
        assertConflict("handle not unique", () -> users().insert(aUser().email("u@example.com").handle("sue").build()));
    }

    @Test
    void emptyEmailsUsernamesAndHandlesNeverClash() {
        inserted(aUser().build());
        inserted(aUser().build());

        assertEquals(2, users().countAll());
    }

    @Test
    void updateToAnotherUsersValueIsAConflictAndChangesNothing() {
        inserted(aUser().email("a@example.com").handle("alpha").build());
        User other = inserted(aUser().email("b@example.com").handle("beta").build());

        assertConflict("email not unique",
                () -> users().update(other.withProfile("A@example.com", "", "beta", "", NOW)));
        assertConflict("handle not unique",
                () -> users().update(other.withProfile("b@example.com", "", "Alpha", "", NOW)));

        assertEquals(Optional.of(other), users().findById(other.id()));
    }

    @Test
    void undeletingAUserWhoseHandleWasTakenMeanwhileIsAConflict() {
        User deleted = inserted(aUser().email("old@example.com").handle("taken").deletedAt(minutesAgo(5)).build());
        inserted(aUser().email("new@example.com").handle("taken").build());

        assertConflict("handle not unique", () -> users().update(deleted.withDeletedAt(null, NOW)));
    }

    @Test
    void findValidByEmailIgnoresCaseAndSkipsSuspendedAndDeletedUsers() {
        User live = inserted(userWithEmail("Live@Example.com"));
        inserted(aUser().email("suspended@example.com").suspendedAt(NOW).build());
        inserted(aUser().email("deleted@example.com").deletedAt(NOW).build());

        assertEquals(Optional.of(live), users().findValidByEmail("live@example.COM"));
        assertEquals(Optional.empty(), users().findValidByEmail("suspended@example.com"));
        assertEquals(Optional.empty(), users().findValidByEmail("deleted@example.com"));
        assertEquals(Optional.empty(), users().findValidByEmail("nobody@example.com"));
    }

    @Test
    void handleTakenIgnoresCaseDeletedUsersAndTheUserItself() {
        User ann = inserted(aUser().email("ann@example.com").handle("ann").build());
        inserted(aUser().email("gone@example.com").handle("gone").deletedAt(NOW).build());
        inserted(aUser().email("sus@example.com").handle("sus").suspendedAt(NOW).build());

        assertTrue(users().handleTaken("ANN", 0));
        assertFalse(users().handleTaken("ann", ann.id()));
        assertFalse(users().handleTaken("gone", 0));
        assertTrue(users().handleTaken("sus", 0));
        assertFalse(users().handleTaken("free", 0));
    }

    @Test
    void countAllIncludesDeletedAndSuspendedUsers() {
        inserted(userWithEmail("a@example.com"));
        inserted(aUser().email("b@example.com").deletedAt(NOW).build());
        inserted(aUser().email("c@example.com").suspendedAt(NOW).build());

        assertEquals(3, users().countAll());
    }

    @Test
    void searchCountsAllMatchesBeyondThePage() {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(inserted(userWithEmail("user" + i + "@example.com")).id());
        }

        Page<User> first = users().search(anyLiveUser(), RowAccess.ALL, RowAccess.ALL, RowAccess.ALL, byId(), 0, 3);
        Page<User> last = users().search(anyLiveUser(), RowAccess.ALL, RowAccess.ALL, RowAccess.ALL, byId(), 6, 3);
        Page<User> beyond = users().search(anyLiveUser(), RowAccess.ALL, RowAccess.ALL, RowAccess.ALL, byId(), 9, 3);

        assertEquals(all.subList(0, 3), ids(first));
        assertEquals(7, first.count());
        assertEquals(all.subList(6, 7), ids(last));
        assertEquals(7, last.count());
        assertEquals(List.of(), ids(beyond));
        assertEquals(7, beyond.count());
    }

    @Test
    void pagesInTheRequestedOrderNeverOverlapEvenWhenSortValuesTie() {
        List<Long> bots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bots.add(inserted(aUser().email("bot" + i + "@example.com").kind("bot").build()).id());
        }
        Sort byKind = by("kind", true);

        List<Long> seen = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            seen.addAll(ids(users().search(anyLiveUser(), RowAccess.ALL, RowAccess.ALL, RowAccess.ALL, byKind,
                    offset, 2)));
        }

        assertEquals(bots, seen);
    }

    @Test
    void searchSortsByTheRequestedColumnsAndDirections() {
        User b = inserted(aUser().email("b@example.com").handle("bravo").createdAt(minutesAgo(1)).build());
        User a = inserted(aUser().email("a@example.com").handle("alpha").createdAt(minutesAgo(3)).build());
        User c = inserted(aUser().email("c@example.com").handle("charlie").createdAt(minutesAgo(2)).build());

        assertEquals(ids(c, b, a), ids(users().search(anyLiveUser(), RowAccess.ALL, RowAccess.ALL, RowAccess.ALL,
                by("handle", false), 0, 10)));
        assertEquals(ids(a, c, b), ids(users().search(anyLiveUser(), RowAccess.ALL, RowAccess.ALL, RowAccess.ALL,
                by("created_at", true), 0, 10)));
        assertEquals(ids(c, b, a), ids(users().search(anyLiveUser(), RowAccess.ALL, RowAccess.ALL, RowAccess.ALL,
                new Sort(List.of(new Sort.Order("kind", true), new Sort.Order("email", false))), 0, 10)));
    }

    @Test
    void searchByQueryMatchesUsernameAndHandlePrefixesIgnoringCase() {
        User byUsername = inserted(aUser().email("u1@example.com").username("Johnny").build());
        User byHandle = inserted(aUser().email("u2@example.com").handle("johnD").build());
        inserted(aUser().email("u3@example.com").username("ajohn").handle("xjohn").build());

        assertEquals(ids(byUsername, byHandle), ids(search(usersMatching("JOHN"))));
    }

    @Test
    void searchByQueryMatchesEmailAndNameOnlyWhereUnmaskable() {
        User visible = inserted(aUser().email("maria@example.com").name("Maria Visible").build());
        User hidden = inserted(aUser().email("mario@example.com").name("Mario Hidden").build());
        RowAccess onlyVisible = new RowAccess(false, Set.of(visible.id()));
        RowAccess allButVisible = new RowAccess(true, Set.of(visible.id()));

        Page<User> byEmail = users().search(usersMatching("mari"), RowAccess.ALL, onlyVisible, RowAccess.NONE,
                byId(), 0, 10);
        Page<User> byName = users().search(usersMatching("Mari"), RowAccess.ALL, RowAccess.NONE, allButVisible,
                byId(), 0, 10);
        Page<User> neither = users().search(usersMatching("mari"), RowAccess.ALL, RowAccess.NONE, RowAccess.NONE,
                byId(), 0, 10);

        assertEquals(ids(visible), ids(byEmail));
        assertEquals(1, byEmail.count());
        assertEquals(ids(hidden), ids(byName));
        assertEquals(List.of(), ids(neither));
        assertEquals(0, neither.count());
    }

    @Test
    void searchQueryTreatsWildcardCharactersLiterally() {
        User percent = inserted(aUser().email("p@example.com").username("50%off").build());
        inserted(aUser().email("q@example.com").username("50 off").build());
        User underscore = inserted(aUser().email("r@example.com").handle("a_b").build());
        inserted(aUser().email("s@example.com").handle("axb").build());
        User bang = inserted(aUser().email("t@example.com").username("hey!you").build());

        assertEquals(ids(percent), ids(search(usersMatching("50%"))));
        assertEquals(ids(underscore), ids(search(usersMatching("a_"))));
        assertEquals(ids(bang), ids(search(usersMatching("hey!"))));
        assertEquals(List.of(), ids(search(usersMatching("%"))));
    }

    @Test
    void searchByEmailIsExactIgnoringCaseAndOnlyWhereUnmaskable() {
        User ann = inserted(userWithEmail("ann@example.com"));
        inserted(userWithEmail("anne@example.com"));
        UserFilter byEmail = new UserFilter(List.of(), List.of(), "", "ANN@example.com", "", "", "",
                Tristate.EXCLUDE, Tristate.EXCLUDE);

        assertEquals(ids(ann), ids(users().search(byEmail, RowAccess.ALL, RowAccess.ALL, RowAccess.NONE, byId(), 0, 10)));
        assertEquals(List.of(), ids(users().search(byEmail, RowAccess.ALL, new RowAccess(true, Set.of(ann.id())),
                RowAccess.ALL, byId(), 0, 10)));
    }

    @Test
    void searchByUsernameHandleAndKindIsExact() {
        User ann = inserted(aUser().email("a@example.com").username("ann").handle("ann").build());
        User anne = inserted(aUser().email("b@example.com").username("anne").handle("anne").kind("bot").build());

        assertEquals(ids(ann), ids(search(new UserFilter(List.of(), List.of(), "", "", "ANN", "", "",
                Tristate.EXCLUDE, Tristate.EXCLUDE))));
        assertEquals(ids(ann), ids(search(new UserFilter(List.of(), List.of(), "", "", "", "Ann", "",
                Tristate.EXCLUDE, Tristate.EXCLUDE))));
        assertEquals(ids(anne), ids(search(new UserFilter(List.of(), List.of(), "", "", "", "", "bot",
                Tristate.EXCLUDE, Tristate.EXCLUDE))));
    }

    @Test
    void searchByUserIdsAndRoleIdsMatchesAnyOfThem() {
        User a = inserted(userWithEmail("a@example.com"));
        User b = inserted(userWithEmail("b@example.com"));
        User c = inserted(userWithEmail("c@example.com"));
        Role redRole = Fixtures.role("Red", "red");
        Role blueRole = Fixtures.role("Blue", "blue");
        stores().roles().insert(redRole);
        stores().roles().insert(blueRole);
        long red = redRole.id();
        long blue = blueRole.id();
        stores().memberships().add(red, a.id());
        stores().memberships().add(blue, c.id());

        assertEquals(ids(a, c), ids(search(new UserFilter(List.of(a.id(), c.id()), List.of(), "", "", "", "", "",
                Tristate.EXCLUDE, Tristate.EXCLUDE))));
        assertEquals(ids(a, c), ids(search(new UserFilter(List.of(), List.of(red, blue), "", "", "", "", "",
                Tristate.EXCLUDE, Tristate.EXCLUDE))));
        assertEquals(ids(c), ids(search(new UserFilter(List.of(b.id(), c.id()), List.of(blue), "", "", "", "", "",
                Tristate.EXCLUDE, Tristate.EXCLUDE))));
    }

    @Test
    void searchHonoursTheDeletedAndSuspendedTristates() {
        User live = inserted(userWithEmail("live@example.com"));
        User suspended = inserted(aUser().email("sus@example.com").suspendedAt(NOW).build());
        User deleted = inserted(aUser().email("del@example.com").deletedAt(NOW).build());
        User both = inserted(aUser().email("both@example.com").suspendedAt(NOW).deletedAt(NOW).build());

        assertEquals(ids(live), ids(search(usersWithState(Tristate.EXCLUDE, Tristate.EXCLUDE))));
        assertEquals(ids(live, suspended, deleted, both), ids(search(usersWithState(Tristate.INCLUDE, Tristate.INCLUDE))));
        assertEquals(ids(live, deleted), ids(search(usersWithState(Tristate.INCLUDE, Tristate.EXCLUDE))));
        assertEquals(ids(deleted, both), ids(search(usersWithState(Tristate.ONLY, Tristate.INCLUDE))));
        assertEquals(ids(suspended), ids(search(usersWithState(Tristate.EXCLUDE, Tristate.ONLY))));
        assertEquals(ids(both), ids(search(usersWithState(Tristate.ONLY, Tristate.ONLY))));
    }

    @Test
    void readableRowAccessRestrictsRowsAndCount() {
        User a = inserted(userWithEmail("a@example.com"));
        User b = inserted(userWithEmail("b@example.com"));
        User c = inserted(userWithEmail("c@example.com"));

        Page<User> onlyAandC = users().search(anyLiveUser(), new RowAccess(false, Set.of(a.id(), c.id())),
                RowAccess.ALL, RowAccess.ALL, byId(), 0, 10);
        Page<User> allButA = users().search(anyLiveUser(), new RowAccess(true, Set.of(a.id())),
                RowAccess.ALL, RowAccess.ALL, byId(), 0, 10);
        Page<User> none = users().search(anyLiveUser(), RowAccess.NONE, RowAccess.ALL, RowAccess.ALL, byId(), 0, 10);
        Page<User> firstReadable = users().search(anyLiveUser(), new RowAccess(true, Set.of(a.id())),
                RowAccess.ALL, RowAccess.ALL, byId(), 0, 1);

        assertEquals(ids(a, c), ids(onlyAandC));
        assertEquals(2, onlyAandC.count());
        assertEquals(ids(b, c), ids(allButA));
        assertEquals(2, allButA.count());
        assertEquals(List.of(), ids(none));
        assertEquals(0, none.count());
        assertEquals(ids(b), ids(firstReadable));
        assertEquals(2, firstReadable.count());
    }

    @Test
    void searchResultsCarryEveryField() {
        User user = inserted(aUser().username("full").email("full@example.com").name("Full Name").handle("full")
                .kind("bot").meta("{}").organisationId(3).emailConfirmed(false).updatedAt(NOW).build());

        assertEquals(List.of(user), search(anyLiveUser()).items());
        assertEquals(new HashSet<>(List.of(user)), new HashSet<>(search(usersMatching("full")).items()));
    }
}
