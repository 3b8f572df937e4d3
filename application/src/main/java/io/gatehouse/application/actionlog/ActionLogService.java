package io.gatehouse.application.actionlog;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Checks;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.domain.actionlog.ActionFilter;
import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.LoggedAction;
import io.gatehouse.domain.identity.Masking;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.PageRequest;

/** {@code GET /actionlog/}: reading the log needs {@code system} {@code actionlog.read}. */
public final class ActionLogService {
    private static final String RES = "system:actionlog";
    public static final String NOT_ALLOWED = "not allowed to read the action log";

    private final UseCases useCases;
    private final AccessControl access;
    private final ActionLog log;

    public ActionLogService(UseCases useCases, AccessControl access, ActionLog log) {
        this.useCases = useCases;
        this.access = access;
        this.log = log;
    }

    /**
     * One record with its actor shown as their name, or their e-mail when the name is empty, each
     * masked unless the caller may unmask it; null when the actor is not a known user.
     */
    public record Entry(ActionRecord record, String actor) {
    }

    public Page<Entry> search(Caller caller, ActionFilter filter, PageRequest page) {
        return useCases.read(caller, RES, "search", a -> {
            access.require(caller, Resources.SYSTEM, Operations.ACTIONLOG_READ, NOT_ALLOWED);
            Checks.requireAtMost("actorID", filter.actorIds());
            if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
                throw new DomainException.Invalid("invalid from: it is after to");
            }
            RowAccess names = access.rows(caller, Resources.USER, Operations.UNMASK_NAME).alsoAllowing(caller.userId());
            RowAccess emails = access.rows(caller, Resources.USER, Operations.UNMASK_EMAIL).alsoAllowing(caller.userId());
            return log.search(filter, page.effectiveOffset(), page.effectiveLimit())
                    .map(entry -> new Entry(entry.record(), actor(entry, names, emails)));
        });
    }

    private static String actor(LoggedAction entry, RowAccess names, RowAccess emails) {
        if (entry.actorName() == null && entry.actorEmail() == null) {
            return null;
        }
        long id = entry.record().actorId();
        String name = entry.actorName() == null ? "" : entry.actorName();
        if (!name.isEmpty()) {
            return names.allows(id) ? name : Masking.NAME;
        }
        return emails.allows(id) ? entry.actorEmail() : Masking.EMAIL;
    }
}
