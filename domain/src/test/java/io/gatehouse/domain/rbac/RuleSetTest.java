package io.gatehouse.domain.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetTest {
    private static final long EDITORS = 10;
    private static final long REVIEWERS = 11;
    private static final String USER_42 = "system:user:42";
    private static final String USERS = "system:user:*";

    private static Rule allow(long role, String resource) {
        return new Rule(role, resource, "read", Access.ALLOW);
    }

    private static Rule deny(long role, String resource) {
        return new Rule(role, resource, "read", Access.DENY);
    }

    private static Decision decide(Set<Long> roles, String resource, Rule... rules) {
        return new RuleSet(List.of(rules)).decide(roles, resource, "read", false);
    }

    @Test
    void noMatchingRuleIsDeniedByDefault() {
        Decision d = decide(Set.of(EDITORS), USER_42);
        assertFalse(d.allowed());
        assertEquals(Decision.Level.DEFAULT, d.level());
        assertNull(d.rule());
    }

    @Test
    void noMatchingRuleFollowsTheOperationsDefaultWhenItAllows() {
        Decision d = RuleSet.EMPTY.decide(Set.of(), "system:role:5", "read", true);
        assertTrue(d.allowed());
        assertEquals(Decision.Level.DEFAULT, d.level());
    }

    @Test
    void denyWildcardWithAllowOnId42AllowsOnly42() {
        Rule[] rules = {deny(EDITORS, USERS), allow(EDITORS, USER_42)};
        Decision on42 = decide(Set.of(EDITORS), USER_42, rules);
        assertTrue(on42.allowed());
        assertEquals(Decision.Level.ROLES_SPECIFIC, on42.level());
        assertFalse(decide(Set.of(EDITORS), "system:user:43", rules).allowed());
    }

    @Test
    void specificDenyBeatsWildcardAllow() {
        Rule[] rules = {allow(EDITORS, USERS), deny(EDITORS, USER_42)};
        assertFalse(decide(Set.of(EDITORS), USER_42, rules).allowed());
        Decision other = decide(Set.of(EDITORS), "system:user:7", rules);
        assertTrue(other.allowed());
        assertEquals(Decision.Level.ROLES_WILDCARD, other.level());
        assertEquals(allow(EDITORS, USERS), other.rule());
    }

    @Test
    void callerRolesBeatEveryone() {
        Decision d = decide(Set.of(EDITORS), USER_42, deny(Roles.EVERYONE, USER_42), allow(EDITORS, USER_42));
        assertTrue(d.allowed());
        assertEquals(Decision.Level.ROLES_SPECIFIC, d.level());
        assertFalse(decide(Set.of(EDITORS), USER_42, allow(Roles.EVERYONE, USERS), deny(EDITORS, USERS)).allowed());
    }

    @Test
    void callerWildcardBeatsEveryoneOnTheSpecificResource() {
        Decision d = decide(Set.of(EDITORS), USER_42, allow(EDITORS, USERS), deny(Roles.EVERYONE, USER_42));
        assertTrue(d.allowed());
        assertEquals(Decision.Level.ROLES_WILDCARD, d.level());
    }

    @Test
    void everyoneDecidesWhenTheCallersRolesSayNothing() {
        Decision specific = decide(Set.of(EDITORS), USER_42, allow(REVIEWERS, USER_42), deny(Roles.EVERYONE, USER_42),
                allow(Roles.EVERYONE, USERS));
        assertFalse(specific.allowed());
        assertEquals(Decision.Level.EVERYONE_SPECIFIC, specific.level());
        Decision wildcard = decide(Set.of(EDITORS), USER_42, allow(Roles.EVERYONE, USERS));
        assertTrue(wildcard.allowed());
        assertEquals(Decision.Level.EVERYONE_WILDCARD, wildcard.level());
    }

    @Test
    void anonymousCallersGetEveryonesRules() {
        Decision d = decide(Set.of(), USER_42, allow(Roles.EVERYONE, USERS), deny(EDITORS, USERS));
        assertTrue(d.allowed());
        assertEquals(Decision.Level.EVERYONE_WILDCARD, d.level());
    }

    @Test
    void everyoneListedAmongTheCallersRolesCountsOnlyAsEveryone() {
        Decision d = decide(Set.of(Roles.EVERYONE), USER_42, allow(Roles.EVERYONE, USERS));
        assertEquals(Decision.Level.EVERYONE_WILDCARD, d.level());
    }

    @Test
    void denyBeatsAllowWithinOneLevel() {
        Decision d = decide(Set.of(EDITORS, REVIEWERS), USER_42, allow(EDITORS, USER_42), deny(REVIEWERS, USER_42));
        assertFalse(d.allowed());
        assertEquals(Decision.Level.ROLES_SPECIFIC, d.level());
        assertEquals(deny(REVIEWERS, USER_42), d.rule());
        assertFalse(decide(Set.of(EDITORS, REVIEWERS), USER_42, deny(EDITORS, USERS), allow(REVIEWERS, USERS))
                .allowed());
    }

    @Test
    void allowNeedsOneAllowAndNoDeny() {
        assertTrue(decide(Set.of(EDITORS, REVIEWERS), USER_42, allow(EDITORS, USER_42)).allowed());
    }

    @Test
    void rulesOfOtherOperationsOrRolesDoNotApply() {
        RuleSet rules = new RuleSet(List.of(new Rule(EDITORS, USER_42, "update", Access.ALLOW),
                allow(REVIEWERS, USER_42)));
        assertFalse(rules.can(Set.of(EDITORS), USER_42, "read", false));
    }

    @Test
    void invalidResourcesAreDeniedEvenWhenTheDefaultAllows() {
        RuleSet rules = new RuleSet(List.of(allow(Roles.EVERYONE, "system:user:")));
        for (String resource : new String[] {null, "", "system:user:"}) {
            Decision d = rules.decide(Set.of(EDITORS), resource, "read", true);
            assertFalse(d.allowed(), String.valueOf(resource));
            assertEquals(Decision.Level.DEFAULT, d.level());
        }
    }

    @Test
    void systemHasNoWildcardLevel() {
        RuleSet rules = new RuleSet(List.of(new Rule(EDITORS, "system", "grant", Access.ALLOW)));
        assertTrue(rules.can(Set.of(EDITORS), "system", "grant", false));
        assertFalse(rules.can(Set.of(REVIEWERS), "system", "grant", false));
    }

    @Test
    void inheritRulesAreDropped() {
        RuleSet rules = new RuleSet(List.of(new Rule(EDITORS, USER_42, "read", Access.INHERIT),
                allow(EDITORS, USERS)));
        assertEquals(List.of(allow(EDITORS, USERS)), rules.all());
        assertEquals(Decision.Level.ROLES_WILDCARD, rules.decide(Set.of(EDITORS), USER_42, "read", false).level());
    }

    @Test
    void ofRoleListsOnlyThatRolesRules() {
        RuleSet rules = new RuleSet(List.of(allow(EDITORS, USERS), deny(REVIEWERS, USER_42), allow(EDITORS, USER_42)));
        assertEquals(List.of(allow(EDITORS, USERS), allow(EDITORS, USER_42)), rules.ofRole(EDITORS));
        assertEquals(List.of(), rules.ofRole(99));
    }

    @Test
    void rowAccessFollowsTheCallersWildcard() {
        RuleSet rules = new RuleSet(List.of(deny(EDITORS, USERS), allow(EDITORS, USER_42), allow(Roles.EVERYONE, "system:user:7")));
        RowAccess rows = rules.rowAccess(Set.of(EDITORS), Resources.USER, "read", false);
        assertEquals(new RowAccess(false, Set.of(42L)), rows);
    }

    @Test
    void rowAccessFallsBackToEveryoneAndThenTheDefault() {
        RuleSet rules = new RuleSet(List.of(deny(Roles.EVERYONE, USER_42), allow(EDITORS, "system:user:7")));
        assertEquals(new RowAccess(true, Set.of(42L)), rules.rowAccess(Set.of(EDITORS), Resources.USER, "read", true));
        assertEquals(new RowAccess(false, Set.of(7L)), rules.rowAccess(Set.of(EDITORS), Resources.USER, "read", false));
    }

    @Test
    void rowAccessIgnoresRulesOnOtherTypesAndNonCanonicalIds() {
        RuleSet rules = new RuleSet(List.of(allow(EDITORS, "system:role:5"), allow(EDITORS, "system:user:007"),
                allow(EDITORS, "system:user:1:2")));
        RowAccess rows = rules.rowAccess(Set.of(EDITORS), Resources.USER, "read", false);
        assertEquals(RowAccess.NONE, rows);
        for (long id : new long[] {2, 5, 7}) {
            assertEquals(rules.can(Set.of(EDITORS), "system:user:" + id, "read", false), rows.allows(id));
        }
    }
}
