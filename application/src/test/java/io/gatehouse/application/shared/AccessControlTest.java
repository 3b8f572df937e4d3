package io.gatehouse.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Decision;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.testing.memory.InMemoryStores;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessControlTest {
    private static final long EDITORS = 50;
    private final InMemoryStores stores = new InMemoryStores();
    private final RuleStore rules = spy(stores.rules());
    private final AccessControl access = new AccessControl(rules);

    private Caller member(long... roles) {
        Set<Long> set = new HashSet<>();
        for (long r : roles) {
            set.add(r);
        }
        return new Caller(7, set, 1, "", "", rules.version());
    }

    private static Caller withVersion(Caller c, long version) {
        return new Caller(c.userId(), c.roles(), c.sessionId(), c.clientAddress(), c.requestId(), version);
    }

    private void grant(long role, String resource, String operation, Access a) {
        stores.rules().apply(List.of(new Rule(role, resource, operation, a)));
    }

    @Test
    void rulesAreLoadedOnceWhileTheVersionHolds() {
        Caller c = member(EDITORS);
        for (int i = 0; i < 5; i++) {
            access.can(c, "system", "grant");
        }
        verify(rules, times(1)).load();
    }

    @Test
    void callerWithANewerRuleVersionMakesTheRulesReload() {
        Caller before = member(EDITORS);
        assertFalse(access.can(before, "system", "user.create"));
        grant(EDITORS, "system", "user.create", Access.ALLOW);
        assertFalse(access.can(before, "system", "user.create"), "same version: the copy is used");
        Caller after = withVersion(before, stores.rules().version());
        assertTrue(access.can(after, "system", "user.create"));
        verify(rules, times(2)).load();
    }

    @Test
    void callerWithoutAKnownVersionUsesTheCopyUntilReload() {
        Caller unversioned = new Caller(77, Set.of(), 0, "", "", -1);
        assertTrue(access.can(unversioned, "system:user:5", "read"));
        grant(Roles.EVERYONE, "system:user:*", "read", Access.DENY);
        assertTrue(access.can(unversioned, "system:user:5", "read"));
        access.reload();
        assertFalse(access.can(unversioned, "system:user:5", "read"));
    }

    @Test
    void anonymousCallersHoldNoRightsEvenWhereEveryoneIsAllowed() {
        Caller anonymous = Caller.anonymous("", "");
        assertFalse(access.can(anonymous, "system:user:5", "read"));
        assertEquals(RowAccess.NONE, access.rows(anonymous, "system:user:", "read"));
    }

    @Test
    void invalidateDropsTheCopy() {
        access.can(member(), "system", "grant");
        access.invalidate();
        access.can(member(), "system", "grant");
        verify(rules, times(2)).load();
    }

    @Test
    void superUserPassesEveryCheck() {
        Decision d = access.decide(Caller.system(), "system", "grant");
        assertTrue(d.allowed());
        assertEquals(Decision.Level.BUILT_IN, d.level());
        assertEquals(RowAccess.ALL, access.rows(Caller.system(), "system:user:", "unmask.email"));
    }

    @Test
    void administratorsHoldTheDefaultRights() {
        Caller admin = member(Roles.ADMINISTRATORS);
        for (String op : List.of("grant", "user.create", "impersonate", "actionlog.read", "organisation.create")) {
            assertTrue(access.can(admin, "system", op), op);
        }
        assertTrue(access.can(admin, "system:user:9", "unmask.email"));
        assertFalse(access.can(member(EDITORS), "system:user:9", "unmask.email"));
    }

    @Test
    void onlyReadingRolesIsAllowedWithoutARule() {
        grant(Roles.EVERYONE, "system:role:*", "read", Access.INHERIT);
        grant(Roles.EVERYONE, "system:user:*", "read", Access.INHERIT);
        Caller c = member(EDITORS);
        assertTrue(access.can(c, "system:role:9", "read"));
        assertEquals(RowAccess.ALL, access.rows(c, "system:role:", "read"));
        assertFalse(access.can(c, "system:role:9", "update"));
        assertFalse(access.can(c, "system:user:9", "read"));
        assertEquals(RowAccess.NONE, access.rows(c, "system:user:", "read"));
    }

    @Test
    void requireRefusesWithTheGivenMessage() {
        assertEquals("not allowed to create users", assertThrows(DomainException.Forbidden.class,
                () -> access.require(member(), "system", "user.create", "not allowed to create users")).getMessage());
        access.require(member(Roles.ADMINISTRATORS), "system", "user.create", "unused");
    }

    @Test
    void rulesOfOneRole() {
        grant(EDITORS, "system", "grant", Access.DENY);
        access.reload();
        assertEquals(List.of(new Rule(EDITORS, "system", "grant", Access.DENY)), List.copyOf(access.rulesOf(member(), EDITORS)));
    }
}
