package io.gatehouse.application.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Memberships;
import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.Severity;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.role.RoleFilter;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RoleServiceTest {
    private final Services s = new Services();
    private final User admin = s.givenAdmin("admin@example.com");
    private final User alice = s.givenUser("alice@example.com");
    private final User bob = s.givenUser("bob@example.com");
    private final Caller asAdmin = s.signIn(admin);
    private final Caller asAlice = s.signIn(alice);

    private static RoleSearch search(String query, PageRequest page) {
        return new RoleSearch(new RoleFilter(query, Tristate.EXCLUDE, Tristate.EXCLUDE),
                Sort.parse("", RoleSearch.DEFAULT_SORT, RoleSearch.SORTABLE), page);
    }

    private static <T extends DomainException> String refused(Class<T> kind, Executable call) {
        return assertThrows(kind, call).getMessage();
    }

    private List<Long> idsOf(Page<RoleView> page) {
        return page.items().stream().map(v -> v.role().id()).toList();
    }

    private List<Role> rolesNamed(String query) {
        return s.stores.roles().search(new RoleFilter(query, Tristate.INCLUDE, Tristate.INCLUDE),
                RowAccess.ALL, null, 0, 100).items();
    }

    @Nested
    class Create {
        @Test
        void userWithoutGrantsCannotCreateRolesAndNothingIsWritten() {
            assertEquals("not allowed to create roles", refused(DomainException.Forbidden.class,
                    () -> s.roles.create(asAlice, new RoleCommand("Editors", "editors", null))));
            assertTrue(rolesNamed("Editors").isEmpty());
        }

        @Test
        void administratorCreatesARoleWithMembers() {
            RoleView view = s.roles.create(asAdmin, new RoleCommand("Editors", "editors", List.of(alice.id(), bob.id())));
            assertEquals("Editors", s.stored(view.role()).name());
            assertEquals(List.of(alice.id(), bob.id()), s.stores.memberships().membersOf(view.role().id()));
        }

        @Test
        void invalidMemberRollsBackTheWholeCreate() {
            assertEquals("invalid members: user 999999 does not exist", refused(DomainException.Invalid.class,
                    () -> s.roles.create(asAdmin, new RoleCommand("Editors", "editors", List.of(alice.id(), 999_999L)))));
            assertTrue(rolesNamed("Editors").isEmpty());
            assertTrue(s.stores.memberships().rolesOf(alice.id()).isEmpty());
        }

        @Test
        void theRolledBackCreateIsStillRecordedAsAFailure() {
            assertThrows(DomainException.Invalid.class,
                    () -> s.roles.create(asAdmin, new RoleCommand("Editors", "editors", List.of(999_999L))));
            ActionRecord record = s.lastAction();
            assertEquals("create", record.action());
            assertTrue(record.resource().startsWith("system:role:"), record.resource());
            assertEquals("invalid members: user 999999 does not exist", record.error());
            assertEquals(Severity.WARNING, record.severity());
        }

        @Test
        void deletedUsersCannotBecomeMembers() {
            s.users.delete(asAdmin, bob.id());
            assertThrows(DomainException.Invalid.class,
                    () -> s.roles.create(asAdmin, new RoleCommand("Editors", "editors", List.of(bob.id()))));
        }

        @Test
        void nameAndHandleAreRequired() {
            assertEquals("name is required", refused(DomainException.Invalid.class,
                    () -> s.roles.create(asAdmin, new RoleCommand(" ", "editors", null))));
            assertEquals("handle is required", refused(DomainException.Invalid.class,
                    () -> s.roles.create(asAdmin, new RoleCommand("Editors", null, null))));
            assertEquals("invalid handle", refused(DomainException.Invalid.class,
                    () -> new RoleCommand("Editors", "1nvalid", null)));
        }

        @Test
        void takenHandleOrNameIsAConflict() {
            s.roles.create(asAdmin, new RoleCommand("Editors", "editors", null));
            assertEquals("role handle not unique", refused(DomainException.Conflict.class,
                    () -> s.roles.create(asAdmin, new RoleCommand("Other", "Editors", null))));
            assertEquals("role name not unique", refused(DomainException.Conflict.class,
                    () -> s.roles.create(asAdmin, new RoleCommand("EDITORS", "other", null))));
            assertEquals("role handle not unique", refused(DomainException.Conflict.class,
                    () -> s.roles.create(asAdmin, new RoleCommand("Admins", "admins", null))));
        }

        @Test
        void creatorWithoutMembersManageCannotAddMembers() {
            s.givenRule(Roles.EVERYONE, "system", "role.create", Access.ALLOW);
            Caller caller = s.refresh(asAlice);
            assertEquals("not allowed to manage role members", refused(DomainException.Forbidden.class,
                    () -> s.roles.create(caller, new RoleCommand("Editors", "editors", List.of(bob.id())))));
            assertTrue(rolesNamed("Editors").isEmpty());
            s.roles.create(caller, new RoleCommand("Editors", "editors", List.of()));
            assertEquals(1, rolesNamed("Editors").size());
        }
    }

    @Nested
    class Update {
        private Role editors;

        @BeforeEach
        void givenEditors() {
            editors = s.givenRole("Editors", "editors", alice, bob);
        }

        @Test
        void emptyMembersEmptyTheRole() {
            s.roles.update(asAdmin, editors.id(), new RoleCommand("Editors", "editors", List.of()));
            assertEquals(List.of(), s.stores.memberships().membersOf(editors.id()));
        }

        @Test
        void omittedMembersKeepThem() {
            s.roles.update(asAdmin, editors.id(), new RoleCommand("Writers", "writers", null));
            assertEquals(List.of(alice.id(), bob.id()), s.stores.memberships().membersOf(editors.id()));
            assertEquals("Writers", s.stored(editors).name());
            assertNotNull(s.stored(editors).updatedAt());
        }

        @Test
        void membersReplaceTheCurrentOnes() {
            s.roles.update(asAdmin, editors.id(), new RoleCommand(null, null, List.of(admin.id())));
            assertEquals(List.of(admin.id()), s.stores.memberships().membersOf(editors.id()));
            assertEquals("editors", s.stored(editors).handle(), "omitted handle is kept");
        }

        @Test
        void userWithoutGrantsCannotUpdateAndNothingChanges() {
            assertEquals("not allowed to update this role", refused(DomainException.Forbidden.class,
                    () -> s.roles.update(asAlice, editors.id(), new RoleCommand("Mine", "mine", List.of()))));
            assertEquals(editors, s.stored(editors));
            assertEquals(2, s.stores.memberships().membersOf(editors.id()).size());
        }

        @Test
        void everyoneCannotBeUpdatedEvenByAdministrators() {
            assertEquals("not allowed to update this role", refused(DomainException.Forbidden.class,
                    () -> s.roles.update(asAdmin, Roles.EVERYONE, new RoleCommand("All", "all", null))));
            assertEquals("Everyone", s.stores.roles().findById(Roles.EVERYONE).orElseThrow().name());
        }

        @Test
        void administratorsCannotBeEmptied() {
            assertEquals(Memberships.LAST_ADMIN, refused(DomainException.Conflict.class,
                    () -> s.roles.update(asAdmin, Roles.ADMINISTRATORS, new RoleCommand(null, null, List.of()))));
            assertEquals(List.of(admin.id()), s.stores.memberships().membersOf(Roles.ADMINISTRATORS));
        }

        @Test
        void administratorsCanBeRenamedAndRestaffed() {
            s.roles.update(asAdmin, Roles.ADMINISTRATORS, new RoleCommand("Admins", null, List.of(alice.id())));
            assertEquals(List.of(alice.id()), s.stores.memberships().membersOf(Roles.ADMINISTRATORS));
            assertEquals("Admins", s.stores.roles().findById(Roles.ADMINISTRATORS).orElseThrow().name());
        }
    }

    @Nested
    class BuiltInRoles {
        @Test
        void builtInRolesCannotBeDeletedEvenByAdministrators() {
            for (long id : new long[] {Roles.EVERYONE, Roles.ADMINISTRATORS}) {
                assertEquals("not allowed to delete this role", refused(DomainException.Forbidden.class,
                        () -> s.roles.delete(asAdmin, id)));
                assertFalse(s.stores.roles().findById(id).orElseThrow().isDeleted());
            }
        }

        @Test
        void builtInRolesCannotBeArchivedOrMerged() {
            assertThrows(DomainException.Forbidden.class, () -> s.roles.archive(asAdmin, Roles.ADMINISTRATORS));
            assertThrows(DomainException.Forbidden.class, () -> s.roles.archive(asAdmin, Roles.EVERYONE));
            Role editors = s.givenRole("Editors", "editors");
            assertThrows(DomainException.Forbidden.class,
                    () -> s.roles.merge(asAdmin, Roles.ADMINISTRATORS, editors.id()));
            assertThrows(DomainException.Invalid.class, () -> s.roles.merge(asAdmin, editors.id(), Roles.EVERYONE));
        }

        @Test
        void everyonesMembersCannotBeListedOrChanged() {
            assertEquals("invalid ID", refused(DomainException.Invalid.class,
                    () -> s.roles.members(asAdmin, Roles.EVERYONE)));
            assertThrows(DomainException.Invalid.class, () -> s.roles.addMember(asAdmin, Roles.EVERYONE, alice.id()));
        }

        @Test
        void canFlagsSayWhatTheCallerMayDo() {
            RoleView everyone = s.roles.read(asAdmin, Roles.EVERYONE);
            RoleView admins = s.roles.read(asAdmin, Roles.ADMINISTRATORS);
            Role editors = s.givenRole("Editors", "editors");
            RoleView other = s.roles.read(asAdmin, editors.id());
            assertTrue(everyone.canGrant());
            assertFalse(everyone.canUpdateRole());
            assertFalse(everyone.canDeleteRole());
            assertTrue(admins.canUpdateRole());
            assertFalse(admins.canDeleteRole());
            assertTrue(other.canUpdateRole() && other.canDeleteRole());
            RoleView plain = s.roles.read(asAlice, editors.id());
            assertFalse(plain.canGrant() || plain.canUpdateRole() || plain.canDeleteRole());
        }
    }

    @Nested
    class Lifecycle {
        private Role editors;

        @BeforeEach
        void givenEditors() {
            editors = s.givenRole("Editors", "editors", alice);
        }

        @Test
        void deleteAndUndelete() {
            s.roles.delete(asAdmin, editors.id());
            assertTrue(s.stored(editors).isDeleted());
            s.roles.undelete(asAdmin, editors.id());
            assertFalse(s.stored(editors).isDeleted());
        }

        @Test
        void unarchiveClearsArchivedAt() {
            s.roles.archive(asAdmin, editors.id());
            assertTrue(s.stored(editors).isArchived());
            s.roles.unarchive(asAdmin, editors.id());
            assertNull(s.stored(editors).archivedAt());
            assertNull(s.stored(editors).deletedAt());
        }

        @Test
        void archivedRoleGrantsNothingFromTheNextRequestOn() {
            s.givenRule(editors.id(), "system", "user.create", Access.ALLOW);
            assertTrue(s.access.can(s.refresh(asAlice), "system", "user.create"));
            s.roles.archive(asAdmin, editors.id());
            assertFalse(s.access.can(s.refresh(asAlice), "system", "user.create"));
        }

        @Test
        void userWithoutGrantsCannotDeleteOrArchive() {
            assertEquals("not allowed to delete this role", refused(DomainException.Forbidden.class,
                    () -> s.roles.delete(asAlice, editors.id())));
            assertEquals("not allowed to archive this role", refused(DomainException.Forbidden.class,
                    () -> s.roles.archive(asAlice, editors.id())));
            assertEquals(editors, s.stored(editors));
        }

        @Test
        void unknownRoleIsNotFound() {
            assertEquals("role not found", refused(DomainException.NotFound.class, () -> s.roles.read(asAdmin, 999_999)));
        }
    }

    @Nested
    class MergeAndMove {
        @Test
        void mergeMovesMembersAndRulesThenDeletesTheSource() {
            Role source = s.givenRole("Source", "source", alice, bob);
            Role destination = s.givenRole("Destination", "destination", bob, admin);
            s.givenRule(source.id(), "system", "user.create", Access.ALLOW);
            s.givenRule(source.id(), "system", "role.create", Access.ALLOW);
            s.givenRule(destination.id(), "system", "role.create", Access.DENY);

            s.roles.merge(asAdmin, source.id(), destination.id());

            assertTrue(s.stored(source).isDeleted());
            assertEquals(List.of(), s.stores.memberships().membersOf(source.id()));
            assertEquals(List.of(admin.id(), alice.id(), bob.id()), s.stores.memberships().membersOf(destination.id()));
            List<Rule> rules = s.stores.rules().load().rules();
            assertTrue(rules.stream().noneMatch(r -> r.roleId() == source.id()));
            assertTrue(rules.contains(new Rule(destination.id(), "system", "user.create", Access.ALLOW)));
            assertTrue(rules.contains(new Rule(destination.id(), "system", "role.create", Access.DENY)),
                    "the destination's own rule wins");
            assertTrue(s.access.can(s.refresh(asAlice), "system", "user.create"), "merged rights apply at once");
        }

        @Test
        void mergeNeedsUpdateOnBothRolesAndChangesNothingWhenRefused() {
            Role source = s.givenRole("Source", "source", alice);
            Role destination = s.givenRole("Destination", "destination");
            s.givenRule(Roles.EVERYONE, "system:role:" + source.id(), "update", Access.ALLOW);
            Caller caller = s.refresh(asAlice);
            assertEquals("not allowed to update this role", refused(DomainException.Forbidden.class,
                    () -> s.roles.merge(caller, source.id(), destination.id())));
            assertFalse(s.stored(source).isDeleted());
            assertEquals(List.of(alice.id()), s.stores.memberships().membersOf(source.id()));
        }

        @Test
        void mergeIntoItselfOrAnUnknownRoleIsRefused() {
            Role source = s.givenRole("Source", "source");
            assertEquals("cannot merge a role into itself", refused(DomainException.Invalid.class,
                    () -> s.roles.merge(asAdmin, source.id(), source.id())));
            assertEquals("destination role not found", refused(DomainException.NotFound.class,
                    () -> s.roles.merge(asAdmin, source.id(), 999_999)));
            assertEquals("invalid ID", refused(DomainException.Invalid.class,
                    () -> s.roles.merge(asAdmin, source.id(), 0)));
        }

        @Test
        void moveSetsAndClearsTheOrganisation() {
            Role role = s.givenRole("Editors", "editors");
            Organisation org = s.givenOrganisation("Acme");
            s.roles.move(asAdmin, role.id(), org.id());
            assertEquals(org.id(), s.stored(role).organisationId());
            s.roles.move(asAdmin, role.id(), 0);
            assertEquals(0, s.stored(role).organisationId());
        }

        @Test
        void moveToAnUnknownOrDeletedOrganisationIsNotFound() {
            Role role = s.givenRole("Editors", "editors");
            Organisation org = s.givenOrganisation("Acme");
            s.stores.organisations().update(org.withDeletedAt(s.clock.instant(), s.clock.instant()));
            assertEquals("organisation not found", refused(DomainException.NotFound.class,
                    () -> s.roles.move(asAdmin, role.id(), org.id())));
            assertThrows(DomainException.NotFound.class, () -> s.roles.move(asAdmin, role.id(), 999_999));
            assertEquals(0, s.stored(role).organisationId());
        }

        @Test
        void userWithoutGrantsCannotMove() {
            Role role = s.givenRole("Editors", "editors");
            Organisation org = s.givenOrganisation("Acme");
            assertThrows(DomainException.Forbidden.class, () -> s.roles.move(asAlice, role.id(), org.id()));
            assertEquals(0, s.stored(role).organisationId());
        }
    }

    @Nested
    class SearchAndMembers {
        @Test
        void withoutPagingEveryRoleIsListed() {
            for (int i = 0; i < 60; i++) {
                s.givenRole("Role " + i, "role" + i);
            }
            Page<RoleView> all = s.roles.search(asAlice, search("", PageRequest.firstPage()));
            assertEquals(62, all.items().size());
            assertEquals(62, all.count());
            Page<RoleView> page = s.roles.search(asAlice, search("", new PageRequest(0, 0, 2, 10)));
            assertEquals(10, page.items().size());
            assertEquals(62, page.count());
        }

        @Test
        void queryMatchesNameOrHandlePrefix() {
            Role editors = s.givenRole("Editors", "ed");
            Role viewers = s.givenRole("Viewers", "editorial");
            s.givenRole("Authors", "authors");
            assertEquals(List.of(editors.id(), viewers.id()), idsOf(s.roles.search(asAlice, search("EDIT",
                    PageRequest.firstPage()))));
        }

        @Test
        void rolesDeniedToTheCallerAreNotListed() {
            Role hidden = s.givenRole("Hidden", "hidden");
            s.givenRule(Roles.EVERYONE, "system:role:" + hidden.id(), "read", Access.DENY);
            assertFalse(idsOf(s.roles.search(s.refresh(asAlice), search("", PageRequest.firstPage())))
                    .contains(hidden.id()));
            assertTrue(idsOf(s.roles.search(s.refresh(asAdmin), search("", PageRequest.firstPage())))
                    .contains(hidden.id()), "Administrators' wildcard beats Everyone's rule");
            assertEquals("not allowed to read this role", refused(DomainException.Forbidden.class,
                    () -> s.roles.read(s.refresh(asAlice), hidden.id())));
        }

        @Test
        void deletedRolesNeedSystemAccess() {
            RoleSearch deleted = new RoleSearch(new RoleFilter("", Tristate.ONLY, Tristate.EXCLUDE),
                    Sort.parse("", "id", RoleSearch.SORTABLE), PageRequest.firstPage());
            assertEquals("not allowed to list roles", refused(DomainException.Forbidden.class,
                    () -> s.roles.search(asAlice, deleted)));
            assertEquals(0, s.roles.search(asAdmin, deleted).count());
        }

        @Test
        void membersListsTheRolesMembers() {
            Role editors = s.givenRole("Editors", "editors", bob, alice);
            assertEquals(List.of(alice.id(), bob.id()), s.roles.members(asAlice, editors.id()));
        }
    }
}
