package io.gatehouse.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.Severity;
import io.gatehouse.domain.automation.SystemEvent;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatcher;

class UseCasesTest {
    private final Services s = new Services();
    private final User alice = s.givenUser("alice@example.com");
    private final Caller caller = s.signIn(alice);

    private static ArgumentMatcher<SystemEvent> event(String type) {
        return e -> e != null && e.eventType().equals(type);
    }

    private User insertBob() {
        User bob = new User(s.ids.next(), "", "bob@example.com", "", "", "", null, 0, true, s.clock.instant(), null,
                null, null);
        s.stores.users().insert(bob);
        return bob;
    }

    @Test
    void successfulChangeIsRecordedAtNotice() {
        String result = s.useCases.change(caller, "system:user", "create", a -> {
            a.resource("system:user:42").meta("user.email", "x@example.com");
            return "done";
        });
        assertEquals("done", result);
        ActionRecord r = s.lastAction();
        assertEquals("system:user:42", r.resource());
        assertEquals("create", r.action());
        assertEquals(Severity.NOTICE, r.severity());
        assertEquals("", r.error());
        assertEquals(Map.of("user.email", "x@example.com"), r.meta());
        assertEquals(alice.id(), r.actorId());
        assertEquals(Services.ADDRESS, r.actorIpAddress());
        assertEquals(caller.requestId(), r.requestId());
        assertEquals(UseCases.ORIGIN, r.requestOrigin());
        assertEquals(s.clock.instant(), r.timestamp());
    }

    @Test
    void failedChangeRollsBackItsWorkButIsRecorded() {
        DomainException.Forbidden refusal = new DomainException.Forbidden("not allowed to do that");
        User[] bob = new User[1];
        DomainException.Forbidden thrown = assertThrows(DomainException.Forbidden.class,
                () -> s.useCases.change(caller, "system:user", "create", a -> {
                    bob[0] = insertBob();
                    a.resource("system:user:" + bob[0].id());
                    throw refusal;
                }));
        assertSame(refusal, thrown);
        assertTrue(s.stores.users().findById(bob[0].id()).isEmpty(), "the insert was rolled back");
        ActionRecord r = s.lastAction();
        assertEquals("system:user:" + bob[0].id(), r.resource());
        assertEquals("create", r.action());
        assertEquals("not allowed to do that", r.error());
        assertEquals(Severity.ALERT, r.severity());
        assertEquals(1, s.stores.recentActions(10).size(), "only the failure, not a success");
    }

    @Test
    void unexpectedErrorsAreRecordedWithTheGenericMessageAndRethrownAsTheyAre() {
        IllegalStateException bug = new IllegalStateException("database on fire");
        assertSame(bug, assertThrows(IllegalStateException.class,
                () -> s.useCases.change(caller, "system:organisation", "update", a -> {
                    throw bug;
                })));
        ActionRecord r = s.lastAction();
        assertEquals(UseCases.GENERIC_ERROR, r.error());
        assertEquals(Severity.ERROR, r.severity());
        assertTrue(r.description().contains(UseCases.GENERIC_ERROR));
    }

    @Test
    void severityOfFailures() {
        assertEquals(Severity.WARNING, UseCases.severityOf("system:user", new DomainException.NotFound("x")));
        assertEquals(Severity.WARNING, UseCases.severityOf("system:user", new DomainException.Invalid("x")));
        assertEquals(Severity.WARNING, UseCases.severityOf("system:role", new DomainException.Conflict("x")));
        assertEquals(Severity.ALERT, UseCases.severityOf("system:user:5", new DomainException.Forbidden("x")));
        assertEquals(Severity.ALERT, UseCases.severityOf("system:auth", new DomainException.RateLimited("x", 1)));
        assertEquals(Severity.ERROR, UseCases.severityOf("system:organisation", new DomainException.Forbidden("x")));
        assertEquals(Severity.ERROR, UseCases.severityOf("system:application", new RuntimeException("x")));
    }

    @Test
    void readsAreNotRecordedInProduction() {
        assertEquals(7, (int) s.useCases.read(caller, "system:user", "lookup", a -> 7));
        assertTrue(s.stores.recentActions(10).isEmpty());
    }

    @Test
    void readsAreRecordedAtInfoUnderTheDebugPolicy() {
        Services debug = new Services(ActionLogPolicy.DEBUG);
        debug.useCases.read(Caller.system(), "system:user", "search", a -> a.meta("filter.query", "jo"));
        ActionRecord r = debug.lastAction();
        assertEquals(Severity.INFO, r.severity());
        assertEquals("search", r.action());
        assertEquals("jo", r.meta().get("filter.query"));
    }

    @Test
    void failedReadsAreRecordedInProduction() {
        assertThrows(DomainException.NotFound.class, () -> s.useCases.read(caller, "system:user", "lookup", a -> {
            throw new DomainException.NotFound("user not found");
        }));
        assertEquals("user not found", s.lastAction().error());
        assertEquals(Severity.WARNING, s.lastAction().severity());
    }

    @Test
    void disabledPolicyRecordsNothing() {
        Services quiet = new Services(ActionLogPolicy.DISABLED);
        quiet.useCases.change(Caller.system(), "system:user", "create", a -> null);
        assertThrows(DomainException.Invalid.class, () -> quiet.useCases.change(Caller.system(), "system:user",
                "create", a -> {
                    throw new DomainException.Invalid("bad");
                }));
        assertTrue(quiet.stores.recentActions(10).isEmpty());
    }

    @Test
    void beforeEventsFireAtOnceAndAfterEventsOnlyOnceTheWorkCommitted() {
        s.useCases.change(caller, "system:user", "create", a -> {
            a.before("system:user", "beforeCreate", Map.of());
            verify(s.events).dispatch(argThat(event("beforeCreate")));
            a.after("system:user", "afterCreate", Map.of("n", 1));
            verify(s.events, never()).dispatch(argThat(event("afterCreate")));
            return null;
        });
        verify(s.events).dispatch(new SystemEvent("system:user", "afterCreate", Map.of("n", 1)));
    }

    @Test
    void afterEventsDoNotFireWhenTheWorkFails() {
        assertThrows(DomainException.Conflict.class, () -> s.useCases.change(caller, "system:user", "create", a -> {
            a.after("system:user", "afterCreate", Map.of());
            throw new DomainException.Conflict("email not unique");
        }));
        verify(s.events, never()).dispatch(any());
    }

    @Test
    void beforeHandlerCanAbortTheChange() {
        doThrow(new DomainException.Invalid("script says no")).when(s.events).dispatch(argThat(event("beforeUpdate")));
        User[] bob = new User[1];
        assertThrows(DomainException.Invalid.class, () -> s.useCases.change(caller, "system:user", "update", a -> {
            bob[0] = insertBob();
            a.before("system:user", "beforeUpdate", Map.of());
            return null;
        }));
        assertTrue(s.stores.users().findById(bob[0].id()).isEmpty());
        assertEquals("script says no", s.lastAction().error());
    }

    @Test
    void failingAfterHandlerDoesNotFailTheChange() {
        doThrow(new IllegalStateException("handler broke")).when(s.events).dispatch(argThat(event("afterCreate")));
        User[] bob = new User[1];
        s.useCases.change(caller, "system:user", "create", a -> {
            bob[0] = insertBob();
            a.after("system:user", "afterCreate", Map.of());
            a.after("system:user", "afterCreate2", Map.of());
            return null;
        });
        assertTrue(s.stores.users().findById(bob[0].id()).isPresent());
        verify(s.events).dispatch(argThat(event("afterCreate2")));
    }

    @Test
    void aBrokenActionLogDoesNotHideTheOriginalError() {
        UseCases broken = new UseCases(s.stores.transactions(), new BrokenActionLog(), ActionLogPolicy.PRODUCTION, s.events, s.ids, s.clock);
        DomainException.NotFound original = new DomainException.NotFound("user not found");
        assertSame(original, assertThrows(DomainException.NotFound.class,
                () -> broken.read(caller, "system:user", "lookup", a -> {
                    throw original;
                })));
    }

    @Test
    void aBrokenActionLogFailsAndRollsBackTheChange() {
        UseCases broken = new UseCases(s.stores.transactions(), new BrokenActionLog(), ActionLogPolicy.PRODUCTION, s.events, s.ids, s.clock);
        User[] bob = new User[1];
        assertThrows(IllegalStateException.class, () -> broken.change(caller, "system:user", "create", a -> {
            bob[0] = insertBob();
            return null;
        }));
        assertTrue(s.stores.users().findById(bob[0].id()).isEmpty(), "an unrecorded change is not kept");
    }

    @Test
    void metaLeavesOutEmptyAndZeroValues() {
        s.useCases.change(caller, "system:role", "create", a -> {
            a.meta("role.name", "Editors").meta("role.handle", "").meta("role.ID", 0L).meta("x", null)
                    .meta("members", List.of(1, 2));
            return null;
        });
        assertEquals(Map.of("role.name", "Editors", "members", "[1, 2]"), s.lastAction().meta());
    }

    /** An action log whose database is down. */
    private static final class BrokenActionLog implements io.gatehouse.domain.actionlog.ActionLog {
        @Override
        public void record(io.gatehouse.domain.actionlog.ActionRecord record) {
            throw new IllegalStateException("action log down");
        }

        @Override
        public io.gatehouse.domain.shared.Page<io.gatehouse.domain.actionlog.LoggedAction> search(
                io.gatehouse.domain.actionlog.ActionFilter filter, long offset, int limit) {
            throw new IllegalStateException("action log down");
        }
    }
}
