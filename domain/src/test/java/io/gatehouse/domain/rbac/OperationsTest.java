package io.gatehouse.domain.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperationsTest {
    /** The reference's whitelist, in its order (reference-behaviour 3.2): 24 pairs. */
    private static final List<Map.Entry<String, String>> REFERENCE = List.of(
            Map.entry("system", "access"), Map.entry("system", "grant"), Map.entry("system", "settings.read"),
            Map.entry("system", "settings.manage"), Map.entry("system", "organisation.create"),
            Map.entry("system", "role.create"), Map.entry("system", "user.create"),
            Map.entry("system", "application.create"), Map.entry("system", "reminder.assign"),
            Map.entry("system:organisation:", "access"),
            Map.entry("system:application:", "read"), Map.entry("system:application:", "update"),
            Map.entry("system:application:", "delete"),
            Map.entry("system:user:", "read"), Map.entry("system:user:", "update"), Map.entry("system:user:", "delete"),
            Map.entry("system:user:", "suspend"), Map.entry("system:user:", "unsuspend"),
            Map.entry("system:user:", "unmask.email"), Map.entry("system:user:", "unmask.name"),
            Map.entry("system:role:", "read"), Map.entry("system:role:", "update"), Map.entry("system:role:", "delete"),
            Map.entry("system:role:", "members.manage"));

    private static final List<Map.Entry<String, String>> ADDED = List.of(
            Map.entry("system", "impersonate"), Map.entry("system", "actionlog.read"),
            Map.entry("system:organisation:", "read"), Map.entry("system:organisation:", "update"),
            Map.entry("system:organisation:", "delete"), Map.entry("system:organisation:", "archive"));

    @Test
    void whitelistHoldsTheReferencePairsInTheReferenceOrder() {
        assertEquals(24, REFERENCE.size());
        List<Map.Entry<String, String>> all = Operations.whitelist();
        assertTrue(all.containsAll(REFERENCE));
        List<Map.Entry<String, String>> referenceOnly = all.stream().filter(REFERENCE::contains).toList();
        assertEquals(REFERENCE, referenceOnly);
    }

    @Test
    void whitelistAddsGatehousesOperationsAndNothingElse() {
        List<Map.Entry<String, String>> all = Operations.whitelist();
        assertTrue(all.containsAll(ADDED));
        assertEquals(REFERENCE.size() + ADDED.size(), all.size());
    }

    @Test
    void everyWhitelistedPairIsAllowedOnTheWildcardAndOnAnId() {
        for (Map.Entry<String, String> pair : Operations.whitelist()) {
            if (pair.getKey().equals(Resources.SYSTEM)) {
                assertTrue(Operations.isAllowed("system", pair.getValue()), pair.toString());
            } else {
                assertTrue(Operations.isAllowed(pair.getKey() + "*", pair.getValue()), pair.toString());
                assertTrue(Operations.isAllowed(pair.getKey() + "42", pair.getValue()), pair.toString());
            }
        }
    }

    @Test
    void ofListsTheOperationsOfOneType() {
        assertEquals(List.of("read", "update", "delete", "members.manage"), Operations.of(Resources.ROLE));
        assertEquals(List.of(), Operations.of("system:unknown:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "system:", "system:user:", "system:user:abc", "system:user:0", "system:user:-1",
            "system:user:007", "system:user:1:2", "system:unknown:*", "compose", "system:user:99999999999999999999"})
    void invalidResourcesAreRejected(String resource) {
        assertFalse(Operations.isAllowed(resource, "read"));
    }

    @Test
    void nullResourceIsRejected() {
        assertFalse(Operations.isAllowed(null, "read"));
    }

    @Test
    void operationsOfAnotherTypeAreRejected() {
        assertFalse(Operations.isAllowed("system:user:*", "members.manage"));
        assertFalse(Operations.isAllowed("system", "read"));
        assertFalse(Operations.isAllowed("system:role:5", "grant"));
    }

    @Test
    void requireValidNamesTheBadRule() {
        Rule bad = new Rule(2, "system:user:*", "grant", Access.ALLOW);
        DomainException.Invalid e = assertThrows(DomainException.Invalid.class, () -> Operations.requireValid(bad));
        assertEquals("invalid rule: 'grant' on 'system:user:*'", e.getMessage());
        Operations.requireValid(new Rule(2, "system:user:*", "read", Access.DENY));
    }
}
