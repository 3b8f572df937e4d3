package io.gatehouse.domain.testing.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.Severity;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.settings.SettingValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryTransactionsTest {
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    private final InMemoryStores stores = new InMemoryStores();

    private static User user(long id, String email) {
        return new User(id, "", email, "", "", "", null, 0, true, NOW, null, null, null);
    }

    private static IllegalStateException boom() {
        return new IllegalStateException("boom");
    }

    @Test
    void committedTransactionKeepsItsWrites() {
        stores.transactions().inTransaction(() -> {
            stores.users().insert(user(10, "a@example.com"));
            return null;
        });
        assertTrue(stores.users().findById(10).isPresent());
    }

    @Test
    void failedTransactionRestoresEveryTable() {
        long version = stores.rules().version();
        assertThrows(IllegalStateException.class, () -> stores.transactions().inTransaction(() -> {
            stores.users().insert(user(10, "a@example.com"));
            stores.memberships().add(2, 10);
            stores.rules().apply(List.of(new Rule(5, "system", "grant", Access.ALLOW)));
            stores.roles().update(Provisioning.EVERYONE.withNames("Renamed", "renamed", NOW));
            stores.settings().upsert(new SettingValue("a", "1", 0, NOW, 0));
            throw boom();
        }));
        assertTrue(stores.users().findById(10).isEmpty());
        assertTrue(stores.memberships().membersOf(2).isEmpty());
        assertEquals(version, stores.rules().version());
        assertEquals(Provisioning.RULES.size(), stores.rules().load().rules().size());
        assertEquals("Everyone", stores.roles().findById(1).orElseThrow().name());
        assertTrue(stores.settings().get("a", 0).isEmpty());
    }

    @Test
    void nestedTransactionJoinsTheOpenOneAndRollsBackWithIt() {
        assertThrows(IllegalStateException.class, () -> stores.transactions().inTransaction(() -> {
            stores.transactions().inTransaction(() -> {
                stores.users().insert(user(10, "a@example.com"));
                return null;
            });
            throw boom();
        }));
        assertTrue(stores.users().findById(10).isEmpty());
    }

    @Test
    void newTransactionSurvivesTheRollbackOfTheEnclosingOne() {
        assertThrows(IllegalStateException.class, () -> stores.transactions().inTransaction(() -> {
            stores.users().insert(user(10, "a@example.com"));
            stores.transactions().inNewTransaction(() -> {
                stores.loginFailures().record("account:a", NOW);
                stores.rules().apply(List.of(new Rule(5, "system", "grant", Access.ALLOW)));
                return null;
            });
            stores.users().insert(user(11, "b@example.com"));
            throw boom();
        }));
        assertTrue(stores.users().findById(10).isEmpty());
        assertTrue(stores.users().findById(11).isEmpty());
        assertEquals(1, stores.loginFailures().recent("account:a", NOW).count());
        assertEquals(Provisioning.INITIAL_RULE_VERSION + 1, stores.rules().version());
        assertTrue(stores.rules().load().rules().contains(new Rule(5, "system", "grant", Access.ALLOW)));
    }

    @Test
    void failedNewTransactionRollsBackOnlyItselfAndTheEnclosingOneGoesOn() {
        stores.transactions().inTransaction(() -> {
            stores.users().insert(user(10, "a@example.com"));
            assertThrows(IllegalStateException.class, () -> stores.transactions().inNewTransaction(() -> {
                stores.loginFailures().record("account:a", NOW);
                throw boom();
            }));
            stores.users().insert(user(11, "b@example.com"));
            return null;
        });
        assertTrue(stores.users().findById(10).isPresent());
        assertTrue(stores.users().findById(11).isPresent());
        assertEquals(0, stores.loginFailures().recent("account:a", NOW).count());
    }

    @Test
    void newTransactionsNestedTwiceSurviveEveryEnclosingRollback() {
        assertThrows(IllegalStateException.class, () -> stores.transactions().inTransaction(() -> {
            assertThrows(IllegalStateException.class, () -> stores.transactions().inNewTransaction(() -> {
                stores.transactions().inNewTransaction(() -> {
                    stores.actionLog().record(new ActionRecord(1, NOW, "", "", "", 0,
                            "system", "inner", "", Severity.NOTICE, "",
                            Map.of()));
                    return null;
                });
                throw boom();
            }));
            throw boom();
        }));
        assertEquals(List.of("inner"), stores.recentActions(10).stream().map(ActionRecord::action).toList());
    }

    @Test
    void errorsRollBackToo() {
        assertThrows(AssertionError.class, () -> stores.transactions().inTransaction(() -> {
            stores.users().insert(user(10, "a@example.com"));
            throw new AssertionError("error");
        }));
        assertTrue(stores.users().findById(10).isEmpty());
    }

    @Test
    void resultOfTheWorkIsReturned() {
        assertEquals("done", stores.transactions().inTransaction(() -> "done"));
        assertEquals("new", stores.transactions().inNewTransaction(() -> "new"));
    }

    @Test
    void concurrentTransactionsDoNotLoseWrites() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long id = 1000 + i;
                futures.add(pool.submit(() -> stores.transactions().inTransaction(() -> {
                    stores.users().insert(user(id, "u" + id + "@example.com"));
                    if (id % 2 == 0) {
                        throw boom();
                    }
                    return null;
                })));
            }
            for (Future<?> f : futures) {
                try {
                    f.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException expected) {
                    assertTrue(expected.getCause() instanceof IllegalStateException);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(100, stores.users().countAll());
    }
}
