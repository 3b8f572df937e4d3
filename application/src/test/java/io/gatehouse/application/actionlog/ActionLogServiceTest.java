package io.gatehouse.application.actionlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.actionlog.ActionFilter;
import io.gatehouse.domain.identity.Masking;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.PageRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionLogServiceTest {
    private final Services s = new Services();
    private final User admin = s.givenAdmin("admin@example.test");
    private final User alice = s.givenUser("alice@example.test", "Alice Liddell");
    private final Caller asAdmin = s.signIn(admin);
    private final Caller asAlice = s.signIn(alice);

    private static ActionFilter all() {
        return new ActionFilter(null, null, "", "", List.of());
    }

    @Test
    void administratorsReadTheLogNewestFirst() {
        s.organisations.create(asAdmin, "First");
        s.advance(Duration.ofSeconds(1));
        s.organisations.create(asAdmin, "Second");
        Page<ActionLogService.Entry> page = s.actionLog.search(asAdmin, all(), PageRequest.firstPage());
        assertEquals(2, page.count());
        assertTrue(page.items().get(0).record().timestamp().isAfter(page.items().get(1).record().timestamp()));
        assertEquals("admin@example.test", page.items().get(0).actor());
    }

    @Test
    void othersAreRefusedAndTheRefusalIsRecorded() {
        DomainException.Forbidden e = assertThrows(DomainException.Forbidden.class,
                () -> s.actionLog.search(asAlice, all(), PageRequest.firstPage()));
        assertEquals(ActionLogService.NOT_ALLOWED, e.getMessage());
        assertEquals("system:actionlog", s.lastAction().resource());
        assertEquals(ActionLogService.NOT_ALLOWED, s.lastAction().error());
    }

    @Test
    void actorsAreMaskedUnlessTheReaderMayUnmaskThem() {
        Role auditors = s.givenRole("Auditors", "auditors", alice);
        s.givenRule(auditors.id(), "system", "actionlog.read", Access.ALLOW);
        Caller auditor = s.refresh(asAlice);
        s.organisations.create(asAdmin, "Audited");
        ActionLogService.Entry entry = s.actionLog.search(auditor, all(), PageRequest.firstPage()).items().get(0);
        assertEquals(Masking.EMAIL, entry.actor());
        s.givenRule(Roles.ADMINISTRATORS, "system:user:*", "unmask.email", Access.ALLOW);
        s.givenRule(auditors.id(), "system:user:" + admin.id(), "unmask.email", Access.ALLOW);
        assertEquals("admin@example.test", s.actionLog.search(s.refresh(auditor), all(), PageRequest.firstPage())
                .items().get(0).actor());
    }

    @Test
    void filtersAreApplied() {
        s.organisations.create(asAdmin, "Kept");
        s.roles.create(asAdmin, new io.gatehouse.application.role.RoleCommand("Team", "team", null));
        Page<ActionLogService.Entry> roles = s.actionLog.search(asAdmin,
                new ActionFilter(null, null, "", "create", List.of(admin.id())), PageRequest.firstPage());
        assertEquals(2, roles.count());
        assertEquals(0, s.actionLog.search(asAdmin, new ActionFilter(null, null, "", "", List.of(alice.id())),
                PageRequest.firstPage()).count());
        assertThrows(DomainException.Invalid.class, () -> s.actionLog.search(asAdmin,
                new ActionFilter(Services.START.plusSeconds(60), Services.START, "", "", List.of()),
                PageRequest.firstPage()));
    }

    @Test
    void nonUsersHaveNoActorName() {
        s.auth.settings();
        assertThrows(DomainException.Unauthenticated.class,
                () -> s.auth.login(s.anonymous(), "nobody@example.test", "whatever password"));
        ActionLogService.Entry failedLogin = s.actionLog.search(asAdmin, all(), PageRequest.firstPage()).items().get(0);
        assertEquals("authenticate", failedLogin.record().action());
        assertNull(failedLogin.actor());
    }
}
