package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.action;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.actionlog.ActionRecord;
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
}
