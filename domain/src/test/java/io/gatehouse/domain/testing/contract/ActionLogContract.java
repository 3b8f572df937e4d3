package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.action;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.actionlog.ActionFilter;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.LoggedAction;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.actionlog.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ActionLog} must do (read back through {@link io.gatehouse.domain.testing.StoreSet#recentActions}). */
public abstract class ActionLogContract extends StoreContract {

    private ActionLog log() {
        return stores().actionLog();
    }

    @Test
    void recordedActionsReadBackNewestFirstWithEveryField() {
        ActionRecord older = action(minutesAgo(2), "create", Map.of("user.ID", "42", "user.email", "a@example.com"));
        ActionRecord failed = new ActionRecord(Fixtures.nextId(), NOW, "api/rest", "req-1", "2001:db8::7", 0,
                "system:auth", "authenticate", "invalid username and password combination", Severity.ALERT,
                "authenticate system:auth failed: invalid username and password combination", Map.of());

        log().record(older);
        log().record(failed);

        assertEquals(List.of(failed, older), stores().recentActions(10));
    }

    @Test
    void recentActionsHonoursTheLimit() {
        for (int i = 0; i < 5; i++) {
            log().record(action(minutesAgo(10 - i), "update", Map.of()));
        }

        assertEquals(2, stores().recentActions(2).size());
        assertEquals(5, stores().recentActions(50).size());
    }

    @Test
    void metaKeepsEveryCharacter() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("quote", "say \"hi\"");
        meta.put("backslash", "C:\\temp\\");
        meta.put("lines", "one\ntwo\r\n\tthree");
        meta.put("unicode", "Grüße 👋 \u2028 \u0001");
        meta.put("json", "{\"not\":\"parsed\"}");
        meta.put("", "empty key");
        ActionRecord record = action(NOW, "update", meta);

        log().record(record);

        assertEquals(meta, stores().recentActions(1).get(0).meta());
    }

    @Test
    void severitiesRoundTrip() {
        for (Severity severity : Severity.values()) {
            log().record(new ActionRecord(Fixtures.nextId(), minutesAgo(severity.code()), "api/rest", "", "", 0,
                    "system", "test", "", severity, "", Map.of()));
        }

        List<Severity> newestFirst = stores().recentActions(20).stream().map(ActionRecord::severity).toList();

        assertEquals(List.of(Severity.values()), newestFirst);
    }

    private static ActionRecord by(long actorId, java.time.Instant at, String resource, String action) {
        return new ActionRecord(Fixtures.nextId(), at, "api/rest", "", "", actorId, resource, action, "",
                Severity.NOTICE, "", Map.of());
    }

    private static ActionFilter any() {
        return new ActionFilter(null, null, "", "", List.of());
    }

    @Test
    void searchPagesNewestFirstAndCountsEveryMatch() {
        for (int i = 0; i < 5; i++) {
            log().record(by(0, minutesAgo(10 - i), "system:user", "update"));
        }

        Page<LoggedAction> page = log().search(any(), 1, 2);

        assertEquals(5, page.count());
        assertEquals(List.of(minutesAgo(7), minutesAgo(8)),
                page.items().stream().map(a -> a.record().timestamp()).toList());
    }

    @Test
    void searchFiltersByTimeResourceActionAndActor() {
        log().record(by(7, minutesAgo(30), "system:user", "create"));
        log().record(by(7, minutesAgo(20), "system:role", "create"));
        log().record(by(8, minutesAgo(10), "system:user", "delete"));

        assertEquals(2, log().search(new ActionFilter(minutesAgo(20), null, "", "", List.of()), 0, 10).count());
        assertEquals(2, log().search(new ActionFilter(null, minutesAgo(20), "", "", List.of()), 0, 10).count());
        assertEquals(2, log().search(new ActionFilter(null, null, "system:user", "", List.of()), 0, 10).count());
        assertEquals(1, log().search(new ActionFilter(null, null, "system:user", "create", List.of()), 0, 10).count());
        assertEquals(1, log().search(new ActionFilter(null, null, "", "", List.of(8L)), 0, 10).count());
        assertEquals(0, log().search(new ActionFilter(null, null, "", "", List.of(9L)), 0, 10).count());
    }

    @Test
    void searchNamesKnownActors() {
        User ann = Fixtures.aUser().email("ann@example.com").name("Ann").build();
        stores().users().insert(ann);
        log().record(by(ann.id(), minutesAgo(2), "system:user", "create"));
        log().record(by(0, minutesAgo(1), "system:auth", "authenticate"));

        List<LoggedAction> found = log().search(any(), 0, 10).items();

        assertEquals(null, found.get(0).actorName());
        assertEquals("Ann", found.get(1).actorName());
        assertEquals("ann@example.com", found.get(1).actorEmail());
    }
}
