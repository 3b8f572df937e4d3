package io.gatehouse.domain.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.rbac.RuleStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link RuleStore} must do. */
public abstract class RuleStoreContract extends StoreContract {
    private static final long EDITORS = 5_000_001L;
    private static final long WRITERS = 5_000_002L;

    private RuleStore rules() {
        return stores().rules();
    }

    private Set<Rule> allRules() {
        List<Rule> list = rules().load().rules();
        Set<Rule> set = new HashSet<>(list);
        assertEquals(set.size(), list.size(), "duplicate rules in " + list);
        return set;
    }

    private Set<Rule> rulesOf(long roleId) {
        Set<Rule> of = new HashSet<>();
        for (Rule r : allRules()) {
            if (r.roleId() == roleId) {
                of.add(r);
            }
        }
        return of;
    }

    private static Rule allow(long role, String resource, String operation) {
        return new Rule(role, resource, operation, Access.ALLOW);
    }

    private static Rule deny(long role, String resource, String operation) {
        return new Rule(role, resource, operation, Access.DENY);
    }

    private static Rule inherit(long role, String resource, String operation) {
        return new Rule(role, resource, operation, Access.INHERIT);
    }

    /** The default rules of the first migration (reference-behaviour 3.6 plus Gatehouse's own operations). */
    static Set<Rule> defaultRules() {
        Set<Rule> rules = new HashSet<>();
        for (String type : List.of("user", "application", "role", "organisation")) {
            rules.add(allow(Roles.EVERYONE, "system:" + type + ":*", "read"));
        }
        for (String op : List.of("access", "grant", "settings.read", "settings.manage", "organisation.create",
                "application.create", "user.create", "role.create", "reminder.assign", "impersonate",
                "actionlog.read")) {
            rules.add(allow(Roles.ADMINISTRATORS, "system", op));
        }
        for (String op : List.of("read", "update", "delete")) {
            rules.add(allow(Roles.ADMINISTRATORS, "system:application:*", op));
        }
        for (String op : List.of("read", "update", "suspend", "unsuspend", "delete", "unmask.email", "unmask.name")) {
            rules.add(allow(Roles.ADMINISTRATORS, "system:user:*", op));
        }
        for (String op : List.of("read", "update", "delete", "members.manage")) {
            rules.add(allow(Roles.ADMINISTRATORS, "system:role:*", op));
        }
        for (String op : List.of("access", "read", "update", "delete", "archive")) {
            rules.add(allow(Roles.ADMINISTRATORS, "system:organisation:*", op));
        }
        return rules;
    }

    @Test
    void provisionedRulesAreTheDefaults() {
        assertEquals(defaultRules(), allRules());
    }

    @Test
    void applyUpsertsAllowAndDenyAndDeletesInherit() {
        rules().apply(List.of(allow(EDITORS, "system:user:*", "read"), deny(EDITORS, "system:user:42", "read"),
                allow(EDITORS, "system", "access")));

        rules().apply(List.of(deny(EDITORS, "system:user:*", "read"), inherit(EDITORS, "system", "access"),
                inherit(EDITORS, "system", "grant")));

        assertEquals(Set.of(deny(EDITORS, "system:user:*", "read"), deny(EDITORS, "system:user:42", "read")),
                rulesOf(EDITORS));
    }

    @Test
    void applyLeavesRulesItDoesNotMentionAlone() {
        rules().apply(List.of(allow(EDITORS, "system:role:*", "update")));

        Set<Rule> expected = new HashSet<>(defaultRules());
        expected.add(allow(EDITORS, "system:role:*", "update"));
        assertEquals(expected, allRules());
    }

    @Test
    void theLastOfTwoRulesForTheSameKeyWins() {
        rules().apply(List.of(allow(EDITORS, "system", "access"), deny(EDITORS, "system", "access")));

        assertEquals(Set.of(deny(EDITORS, "system", "access")), rulesOf(EDITORS));
    }

    @Test
    void everyRuleChangeBumpsTheVersion() {
        long v0 = rules().version();
        rules().apply(List.of(allow(EDITORS, "system", "access")));
        long v1 = rules().version();
        rules().moveRules(EDITORS, WRITERS);
        long v2 = rules().version();
        rules().deleteAllOf(WRITERS);
        long v3 = rules().version();

        assertTrue(v0 < v1 && v1 < v2 && v2 < v3, List.of(v0, v1, v2, v3).toString());
    }

    @Test
    void loadReturnsTheRulesWithTheirVersion() {
        rules().apply(List.of(allow(EDITORS, "system", "access")));

        RuleStore.Snapshot snapshot = rules().load();

        assertEquals(rules().version(), snapshot.version());
        assertTrue(snapshot.rules().contains(allow(EDITORS, "system", "access")));
    }

    @Test
    void deleteAllOfRemovesOnlyThatRolesRules() {
        rules().apply(List.of(allow(EDITORS, "system", "access"), deny(EDITORS, "system:user:*", "read"),
                allow(WRITERS, "system", "access")));

        rules().deleteAllOf(EDITORS);

        assertEquals(Set.of(), rulesOf(EDITORS));
        assertEquals(Set.of(allow(WRITERS, "system", "access")), rulesOf(WRITERS));
        assertEquals(defaultRules().size() + 1, allRules().size());
    }

    @Test
    void moveRulesMovesThemToTheDestinationWhoseOwnRulesWinOnClashes() {
        rules().apply(List.of(allow(EDITORS, "system", "access"), allow(EDITORS, "system:user:*", "read"),
                deny(WRITERS, "system:user:*", "read"), allow(WRITERS, "system", "grant")));

        rules().moveRules(EDITORS, WRITERS);

        assertEquals(Set.of(), rulesOf(EDITORS));
        assertEquals(Set.of(allow(WRITERS, "system", "access"), deny(WRITERS, "system:user:*", "read"),
                allow(WRITERS, "system", "grant")), rulesOf(WRITERS));
    }

    @Test
    void concurrentRuleUpsertsAreIdempotent() throws Exception {
        List<Rule> same = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            same.add(allow(EDITORS, "system:user:" + (100 + i), "read"));
        }
        long before = rules().version();

        runConcurrently(8, worker -> rules().apply(same));

        assertEquals(new HashSet<>(same), rulesOf(EDITORS));
        assertEquals(before + 8, rules().version());
    }

    @Test
    void concurrentChangesOfDifferentRulesAllLand() throws Exception {
        runConcurrently(6, worker -> {
            List<Rule> mine = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                mine.add(deny(EDITORS, "system:role:" + (worker * 100 + i), "update"));
            }
            mine.add(allow(EDITORS, "system", "access"));
            rules().apply(mine);
        });

        assertEquals(61, rulesOf(EDITORS).size());
    }

    @FunctionalInterface
    interface Worker {
        void run(int index) throws Exception;
    }

    /** Starts every worker at once and fails with the first error any of them hit. */
    static void runConcurrently(int workers, Worker work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    start.await();
                    work.run(index);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
