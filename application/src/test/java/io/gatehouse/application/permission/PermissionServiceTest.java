package io.gatehouse.application.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.application.permission.PermissionService.RuleChange;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Decision;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionServiceTest {
    private final Services s = new Services();
    private final User admin = s.givenAdmin("admin@example.test");
    private final User alice = s.givenUser("alice@example.test");
    private final Caller asAdmin = s.signIn(admin);
    private final Caller asAlice = s.signIn(alice);

    @Test
    void whitelistNeedsASessionOnly() {
        assertTrue(s.permissions.whitelist(asAlice).contains(java.util.Map.entry("system", "impersonate")));
        assertThrows(DomainException.Unauthenticated.class, () -> s.permissions.whitelist(s.anonymous()));
    }

    @Test
    void effectiveReportsEveryOperationOfTheAskedResource() {
        List<EffectivePermission> system = s.permissions.effective(asAlice, "");
        assertEquals(11, system.size());
        assertTrue(system.stream().noneMatch(EffectivePermission::allow));
        List<EffectivePermission> users = s.permissions.effective(asAlice, "system:user:*");
        assertTrue(users.stream().anyMatch(e -> e.operation().equals("read") && e.allow()));
        assertTrue(users.stream().anyMatch(e -> e.operation().equals("update") && !e.allow()));
        assertTrue(s.permissions.effective(asAdmin, "system").stream().allMatch(EffectivePermission::allow));
        assertThrows(DomainException.Invalid.class, () -> s.permissions.effective(asAlice, "system:thing:*"));
        assertThrows(DomainException.Invalid.class, () -> s.permissions.effective(asAlice, "system:user:"));
    }

    @Test
    void grantUpsertsAndInheritDeletes() {
        Role editors = s.givenRole("Editors", "editors");
        s.permissions.grant(asAdmin, editors.id(), List.of(
                new RuleChange("system", "user.create", Access.ALLOW),
                new RuleChange("system:user:*", "update", Access.DENY)));
        assertEquals(2, s.permissions.rulesOf(asAdmin, editors.id()).size());
        s.permissions.grant(asAdmin, editors.id(), List.of(
                new RuleChange("system", "user.create", Access.DENY),
                new RuleChange("system:user:*", "update", Access.INHERIT)));
        List<Rule> rules = s.permissions.rulesOf(asAdmin, editors.id());
        assertEquals(List.of(new Rule(editors.id(), "system", "user.create", Access.DENY)), rules);
    }

    @Test
    void oneInvalidRuleAppliesNothingAndIsNamed() {
        Role editors = s.givenRole("Editors", "editors");
        DomainException.Invalid e = assertThrows(DomainException.Invalid.class, () ->
                s.permissions.grant(asAdmin, editors.id(), List.of(
                        new RuleChange("system", "user.create", Access.ALLOW),
                        new RuleChange("system:role:*", "fly", Access.ALLOW))));
        assertTrue(e.getMessage().contains("'fly' on 'system:role:*'"), e.getMessage());
        assertTrue(s.permissions.rulesOf(asAdmin, editors.id()).isEmpty());
    }

    @Test
    void onlyGrantHoldersManageRulesOfExistingRoles() {
        Role editors = s.givenRole("Editors", "editors");
        List<RuleChange> change = List.of(new RuleChange("system", "grant", Access.ALLOW));
        DomainException.Forbidden f = assertThrows(DomainException.Forbidden.class,
                () -> s.permissions.grant(asAlice, editors.id(), change));
        assertEquals(PermissionService.NOT_ALLOWED, f.getMessage());
        assertThrows(DomainException.Forbidden.class, () -> s.permissions.rulesOf(asAlice, Roles.ADMINISTRATORS));
        assertThrows(DomainException.Forbidden.class, () -> s.permissions.deleteRules(asAlice, editors.id()));
        assertThrows(DomainException.NotFound.class, () -> s.permissions.grant(asAdmin, 999_999, change));
        assertTrue(s.permissions.rulesOf(asAdmin, editors.id()).isEmpty());
    }

    @Test
    void grantsApplyToTheNextRequest() {
        Role editors = s.givenRole("Editors", "editors", alice);
        Caller before = s.refresh(asAlice);
        assertFalse(s.access.can(before, "system", "user.create"));
        s.permissions.grant(asAdmin, editors.id(), List.of(new RuleChange("system", "user.create", Access.ALLOW)));
        assertTrue(s.access.can(s.refresh(asAlice), "system", "user.create"));
    }

    @Test
    void everyGrantedRuleIsRecorded() {
        Role editors = s.givenRole("Editors", "editors");
        s.permissions.grant(asAdmin, editors.id(), List.of(
                new RuleChange("system", "user.create", Access.ALLOW),
                new RuleChange("system:user:*", "update", Access.DENY)));
        List<ActionRecord> recent = s.stores.recentActions(2);
        assertEquals(2, recent.size());
        assertTrue(recent.stream().allMatch(r -> r.action().equals("grant")));
        assertTrue(recent.stream().anyMatch(r -> r.resource().equals("system:user:*")
                && r.meta().get("rule.access").equals("deny")
                && r.meta().get("rule.roleID").equals(Long.toString(editors.id()))));
    }

    @Test
    void deleteRulesRemovesThemAll() {
        Role editors = s.givenRole("Editors", "editors");
        s.givenRule(editors.id(), "system", "user.create", Access.ALLOW);
        s.permissions.deleteRules(asAdmin, editors.id());
        assertTrue(s.permissions.rulesOf(asAdmin, editors.id()).isEmpty());
        assertEquals("grant", s.lastAction().action());
    }

    @Test
    void traceNamesTheDecidingRuleAndLevel() {
        Role editors = s.givenRole("Editors", "editors", alice);
        s.givenRule(editors.id(), "system:user:" + admin.id(), "update", Access.DENY);
        s.givenRule(editors.id(), "system:user:*", "update", Access.ALLOW);
        Trace specific = s.permissions.trace(asAdmin, "system:user:" + admin.id(), "update", alice.id());
        assertFalse(specific.decision().allowed());
        assertEquals(Decision.Level.ROLES_SPECIFIC, specific.decision().level());
        assertEquals(editors.id(), specific.decision().rule().roleId());
        assertEquals(List.of(editors.id()), specific.roles());
        Trace wildcard = s.permissions.trace(asAdmin, "system:user:12345", "update", alice.id());
        assertTrue(wildcard.decision().allowed());
        assertEquals(Decision.Level.ROLES_WILDCARD, wildcard.decision().level());
        Trace nothing = s.permissions.trace(asAdmin, "system", "grant", alice.id());
        assertEquals(Decision.Level.DEFAULT, nothing.decision().level());
        assertNull(nothing.decision().rule());
        assertThrows(DomainException.Forbidden.class,
                () -> s.permissions.trace(asAlice, "system", "grant", admin.id()));
        assertThrows(DomainException.Invalid.class,
                () -> s.permissions.trace(asAdmin, "system", "nothing", alice.id()));
    }

    @Test
    void suspendedUsersAreTracedAsHavingNoRights() {
        s.suspend(admin);
        Caller other = s.signIn(s.givenAdmin("second@example.test"));
        Trace t = s.permissions.trace(other, "system", "grant", admin.id());
        assertFalse(t.decision().allowed());
        assertEquals(Decision.Level.BUILT_IN, t.decision().level());
    }
}
