package io.gatehouse.application.shared;

import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.Severity;
import io.gatehouse.domain.automation.EventDispatcher;
import io.gatehouse.domain.automation.SystemEvent;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.IdGenerator;
import io.gatehouse.domain.shared.Transactions;
import java.time.Clock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one sequence every use case follows: the service validates and checks access inside
 * {@code work} (firing {@code before*} events there), the work runs in one transaction, the
 * outcome is recorded in the action log, and {@code after*} events fire after commit. A failure
 * rolls everything back and is recorded on its own.
 */
public final class UseCases {
    public static final String GENERIC_ERROR = "failed to complete request due to internal error";
    public static final String ORIGIN = "api/rest";
    private static final Logger LOG = LoggerFactory.getLogger(UseCases.class);

    private final Transactions transactions;
    private final ActionLog actionLog;
    private final ActionLogPolicy policy;
    private final EventDispatcher events;
    private final IdGenerator ids;
    private final Clock clock;

    public UseCases(Transactions transactions, ActionLog actionLog, ActionLogPolicy policy,
                    EventDispatcher events, IdGenerator ids, Clock clock) {
        this.transactions = transactions;
        this.actionLog = actionLog;
        this.policy = policy;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /** A use case that changes state: all in one transaction. */
    public <T> T change(Caller caller, String resource, String action, Function<Action, T> work) {
        Action a = new Action(caller, resource, events);
        Severity severity = Severity.NOTICE;
        T result;
        try {
            result = transactions.inTransaction(() -> {
                T r = work.apply(a);
                if (a.extraRecords().isEmpty()) {
                    record(caller, a, action, severity, null);
                }
                for (var extra : a.extraRecords()) {
                    write(caller, extra.getKey(), action, severity, null, extra.getValue());
                }
                return r;
            });
        } catch (RuntimeException e) {
            recordFailure(caller, a, action, e);
            throw e;
        }
        fireAfterCommit(a);
        return result;
    }

    /** A use case that only reads (lookup, search): no transaction, recorded at info. */
    public <T> T read(Caller caller, String resource, String action, Function<Action, T> work) {
        Action a = new Action(caller, resource, events);
        try {
            T result = work.apply(a);
            if (policy.keeps(Severity.INFO)) {
                transactions.inNewTransaction(() -> {
                    record(caller, a, action, Severity.INFO, null);
                    return null;
                });
            }
            return result;
        } catch (RuntimeException e) {
            recordFailure(caller, a, action, e);
            throw e;
        }
    }

    private void recordFailure(Caller caller, Action a, String action, RuntimeException e) {
        Severity severity = severityOf(a.resource(), e);
        String message = e instanceof DomainException ? e.getMessage() : GENERIC_ERROR;
        if (!(e instanceof DomainException)) {
            LOG.error("{} {} failed", a.resource(), action, e);
        }
        try {
            transactions.inNewTransaction(() -> {
                record(caller, a, action, severity, message);
                return null;
            });
        } catch (RuntimeException recordingFailed) {
            LOG.error("could not record the failure of {} {}", a.resource(), action, recordingFailed);
        }
    }

    private void record(Caller caller, Action a, String action, Severity severity, String error) {
        write(caller, a.resource(), action, severity, error, a.meta());
    }

    private void write(Caller caller, String resource, String action, Severity severity, String error,
                       java.util.Map<String, String> meta) {
        if (!policy.keeps(severity)) {
            return;
        }
        String description = error == null ? action + " " + resource : action + " " + resource + " failed: " + error;
        actionLog.record(new ActionRecord(ids.next(), clock.instant(), ORIGIN, caller.requestId(),
                caller.clientAddress(), caller.userId(), resource, action, error, severity, description, meta));
    }

    private void fireAfterCommit(Action a) {
        for (SystemEvent event : a.afterCommit()) {
            try {
                events.dispatch(event);
            } catch (RuntimeException e) {
                LOG.warn("after-event handler failed for {} {}", event.resourceType(), event.eventType(), e);
            }
        }
    }

    /** Not-found, invalid input and conflicts are warnings; other errors alert for identity resources. */
    static Severity severityOf(String resource, RuntimeException e) {
        if (e instanceof DomainException.NotFound || e instanceof DomainException.Invalid
                || e instanceof DomainException.Conflict) {
            return Severity.WARNING;
        }
        boolean identity = resource.startsWith("system:user") || resource.startsWith("system:role")
                || resource.startsWith("system:auth") || resource.startsWith("system:attachment");
        return identity ? Severity.ALERT : Severity.ERROR;
    }
}
