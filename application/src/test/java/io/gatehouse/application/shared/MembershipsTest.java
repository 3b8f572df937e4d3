package io.gatehouse.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.automation.SystemEvent;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mockito.ArgumentMatcher;
import org.mockito.InOrder;

class MembershipsTest {
    private final Services s = new Services();
    private final User admin = s.givenAdmin("admin@example.com");
    private final User alice = s.givenUser("alice@example.com");
    private final User bob = s.givenUser("bob@example.com");
    private final Role editors = s.givenRole("Editors", "editors");
    private final Caller asAdmin = s.signIn(admin);
    private final Caller asAlice = s.signIn(alice);

    private static <T extends DomainException> String refused(Class<T> kind, Executable call) {
        return assertThrows(kind, call).getMessage();
    }

    private boolean isMember(Role role, User user) {
        return s.stores.memberships().isMember(role.id(), user.id());
    }

    private static ArgumentMatcher<SystemEvent> event(String type) {
        return e -> e != null && e.resourceType().equals("system:role:member") && e.eventType().equals(type);
    }

    @Test
    void userWithoutMembersManageCannotAddMembersAndNothingChanges() {
        assertEquals("not allowed to manage role members", refused(DomainException.Forbidden.class,
                () -> s.memberships.add(asAlice, editors.id(), alice.id())));
        assertFalse(isMember(editors, alice));
    }

    @Test
    void bothEntryPointsShareTheRules() {
        assertThrows(DomainException.Forbidden.class, () -> s.users.addMembership(asAlice, alice.id(), editors.id()));
        assertThrows(DomainException.Forbidden.class, () -> s.roles.addMember(asAlice, editors.id(), alice.id()));
        s.users.addMembership(asAdmin, alice.id(), editors.id());
        s.roles.addMember(asAdmin, editors.id(), bob.id());
        assertTrue(isMember(editors, alice) && isMember(editors, bob));
    }

    @Test
    void addingIsIdempotent() {
        s.memberships.add(asAdmin, editors.id(), alice.id());
        s.memberships.add(asAdmin, editors.id(), alice.id());
        assertEquals(List.of(alice.id()), s.stores.memberships().membersOf(editors.id()));
    }

    @Test
    void membersManageOnOneRoleIsEnough() {
        s.givenRule(Roles.EVERYONE, "system:role:" + editors.id(), "members.manage", Access.ALLOW);
        s.memberships.add(s.refresh(asAlice), editors.id(), bob.id());
        assertTrue(isMember(editors, bob));
        assertThrows(DomainException.Forbidden.class,
                () -> s.memberships.add(s.refresh(asAlice), Roles.ADMINISTRATORS, alice.id()));
    }

    @Test
    void everyoneAndZeroIdsAreInvalid() {
        assertEquals("invalid ID", refused(DomainException.Invalid.class,
                () -> s.memberships.add(asAdmin, Roles.EVERYONE, alice.id())));
        assertEquals("invalid ID", refused(DomainException.Invalid.class,
                () -> s.memberships.add(asAdmin, editors.id(), 0)));
        assertEquals("invalid ID", refused(DomainException.Invalid.class,
                () -> s.memberships.remove(asAdmin, 0, alice.id())));
    }

    @Test
    void unknownOrDeletedRolesAndUsersAreNotFound() {
        assertEquals("role not found", refused(DomainException.NotFound.class,
                () -> s.memberships.add(asAdmin, 999_999, alice.id())));
        assertEquals("user not found", refused(DomainException.NotFound.class,
                () -> s.memberships.add(asAdmin, editors.id(), 999_999)));
        s.users.delete(asAdmin, bob.id());
        assertEquals("user not found", refused(DomainException.NotFound.class,
                () -> s.memberships.add(asAdmin, editors.id(), bob.id())));
        s.roles.delete(asAdmin, editors.id());
        assertEquals("role not found", refused(DomainException.NotFound.class,
                () -> s.memberships.add(asAdmin, editors.id(), alice.id())));
    }

    @Test
    void lastActiveAdministratorCannotBeRemoved() {
        assertEquals(Memberships.LAST_ADMIN, refused(DomainException.Conflict.class,
                () -> s.memberships.remove(asAdmin, Roles.ADMINISTRATORS, admin.id())));
        assertTrue(s.stores.memberships().isMember(Roles.ADMINISTRATORS, admin.id()), "the removal was rolled back");
    }

    @Test
    void suspendedAdministratorsDoNotCountAsActive() {
        User second = s.givenAdmin("second@example.com");
        s.suspend(second);
        assertThrows(DomainException.Conflict.class,
                () -> s.memberships.remove(asAdmin, Roles.ADMINISTRATORS, admin.id()));
        s.memberships.remove(asAdmin, Roles.ADMINISTRATORS, second.id());
        assertFalse(s.stores.memberships().isMember(Roles.ADMINISTRATORS, second.id()));
    }

    @Test
    void anAdministratorMayLeaveWhileAnotherRemains() {
        s.memberships.add(asAdmin, Roles.ADMINISTRATORS, alice.id());
        s.memberships.remove(asAdmin, Roles.ADMINISTRATORS, admin.id());
        assertEquals(List.of(alice.id()), s.stores.memberships().membersOf(Roles.ADMINISTRATORS));
    }

    @Test
    void addFiresBeforeAddThenAfterAdd() {
        s.memberships.add(asAdmin, editors.id(), alice.id());
        InOrder order = inOrder(s.events);
        order.verify(s.events).dispatch(argThat(event("beforeAdd")));
        order.verify(s.events).dispatch(argThat(event("afterAdd")));
    }

    @Test
    void beforeAddHandlerCanRefuse() {
        doThrow(new DomainException.Forbidden("not today")).when(s.events).dispatch(argThat(event("beforeAdd")));
        assertEquals("not today", refused(DomainException.Forbidden.class,
                () -> s.memberships.add(asAdmin, editors.id(), alice.id())));
        assertFalse(isMember(editors, alice));
        verify(s.events, never()).dispatch(argThat(event("afterAdd")));
    }

    @Test
    void removeFiresItsEventsOnlyWhenItCommits() {
        s.memberships.remove(asAdmin, editors.id(), alice.id());
        verify(s.events).dispatch(argThat(event("afterRemove")));
        assertThrows(DomainException.Conflict.class,
                () -> s.memberships.remove(asAdmin, Roles.ADMINISTRATORS, admin.id()));
        verify(s.events).dispatch(argThat(e -> event("beforeRemove").matches(e)
                && ((Role) e.args().get("role")).id() == Roles.ADMINISTRATORS));
        verify(s.events, never()).dispatch(argThat(e -> event("afterRemove").matches(e)
                && ((Role) e.args().get("role")).id() == Roles.ADMINISTRATORS));
    }

    @Test
    void membershipChangesAreRecordedWithRoleAndUser() {
        s.memberships.add(asAdmin, editors.id(), alice.id());
        ActionRecord record = s.lastAction();
        assertEquals("system:role:" + editors.id(), record.resource());
        assertEquals("memberAdd", record.action());
        assertEquals(String.valueOf(alice.id()), record.meta().get("user.ID"));
        assertEquals(String.valueOf(editors.id()), record.meta().get("role.ID"));
    }
}
