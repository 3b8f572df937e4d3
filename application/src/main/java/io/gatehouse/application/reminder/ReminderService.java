package io.gatehouse.application.reminder;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Action;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Checks;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.reminder.ReminderFilter;
import io.gatehouse.domain.reminder.ReminderStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.IdGenerator;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The use cases of {@code /reminder/}. A reminder is visible, and changeable, only to its
 * assignee, to whoever assigned it, and to holders of {@code system} {@code reminder.assign}
 * (the reference let every signed-in user read and change every reminder). To anyone else it
 * does not exist: reading or changing it is {@code reminder not found}. Assigning a reminder to
 * anyone but oneself needs {@code reminder.assign}. Times are kept to the millisecond.
 */
public final class ReminderService {
    private static final String RES = "system:reminder";
    public static final String NOT_FOUND = "reminder not found";
    public static final String NOT_ALLOWED_TO_ASSIGN = "not allowed to assign reminders to other users";

    private final UseCases useCases;
    private final AccessControl access;
    private final ReminderStore reminders;
    private final UserStore users;
    private final IdGenerator ids;
    private final Clock clock;

    public ReminderService(UseCases useCases, AccessControl access, ReminderStore reminders, UserStore users,
                           IdGenerator ids, Clock clock) {
        this.useCases = useCases;
        this.access = access;
        this.reminders = reminders;
        this.users = users;
        this.ids = ids;
        this.clock = clock;
    }

    /** The caller's reminders (all of them with {@code reminder.assign}) that match the search. */
    public Page<Reminder> search(Caller caller, ReminderSearch search) {
        return useCases.read(caller, RES, "search", a -> {
            caller.requireSignedIn();
            ReminderFilter f = search.filter();
            Checks.requireAtMost("reminderID", f.reminderIds());
            Texts.bounded("resource", f.resource(), ReminderCommand.MAX_RESOURCE);
            if (f.scheduledFrom() != null && f.scheduledUntil() != null
                    && f.scheduledFrom().isAfter(f.scheduledUntil())) {
                throw new DomainException.Invalid("invalid scheduledFrom: it is after scheduledUntil");
            }
            a.meta("filter.resource", f.resource()).meta("filter.assignedTo", f.assignedTo());
            return reminders.search(f.visibleTo(caller.userId(), seesAll(caller)), search.sort(),
                    search.page().effectiveOffset(), search.page().effectiveLimit());
        });
    }

    public Reminder read(Caller caller, long reminderId) {
        return useCases.read(caller, RES, "lookup", a -> loadVisible(a, reminderId));
    }

    public Reminder create(Caller caller, ReminderCommand cmd) {
        return useCases.change(caller, RES, "create", a -> {
            caller.requireSignedIn();
            a.meta("reminder.resource", cmd.resource()).meta("reminder.assignedTo", cmd.assignedTo());
            requireAssignable(caller, cmd.assignedTo());
            Instant now = now();
            Reminder reminder = new Reminder(ids.next(), cmd.resource(), cmd.payload(), 0, cmd.assignedTo(),
                    caller.userId(), now, 0, null, cmd.remindAt(), now, null, null);
            a.resource(resource(reminder.id())).meta("reminder.ID", reminder.id());
            reminders.insert(reminder);
            return reminder;
        });
    }

    /** Replaces resource, payload and remindAt; a new assignee also renews assignedBy and assignedAt. */
    public Reminder update(Caller caller, long reminderId, ReminderCommand cmd) {
        return useCases.change(caller, RES, "update", a -> {
            Reminder old = loadVisible(a, reminderId);
            a.meta("reminder.resource", cmd.resource()).meta("reminder.assignedTo", cmd.assignedTo());
            Instant now = now();
            Reminder updated = old.withContent(cmd.resource(), cmd.payload(), cmd.remindAt(), now);
            if (cmd.assignedTo() != old.assignedTo()) {
                requireAssignable(caller, cmd.assignedTo());
                updated = updated.assignedTo(cmd.assignedTo(), caller.userId(), now);
            }
            reminders.update(updated);
            return updated;
        });
    }

    public void delete(Caller caller, long reminderId) {
        useCases.change(caller, RES, "delete", a -> {
            Reminder reminder = loadVisible(a, reminderId);
            Instant now = now();
            reminders.update(reminder.withDeletedAt(now, now));
            return null;
        });
    }

    /** Marks the reminder dismissed by the caller; dismissing it again keeps the first dismissal. */
    public void dismiss(Caller caller, long reminderId) {
        useCases.change(caller, RES, "dismiss", a -> {
            Reminder reminder = loadVisible(a, reminderId);
            if (!reminder.isDismissed()) {
                reminders.update(reminder.dismissedBy(caller.userId(), now()));
            }
            return null;
        });
    }

    /** Postpones the reminder to {@code remindAt} (required) and counts the snooze. */
    public void snooze(Caller caller, long reminderId, Instant remindAt) {
        useCases.change(caller, RES, "snooze", a -> {
            if (remindAt == null) {
                throw new DomainException.Invalid("remindAt is required");
            }
            Reminder reminder = loadVisible(a, reminderId);
            reminders.update(reminder.snoozedUntil(remindAt.truncatedTo(ChronoUnit.MILLIS), now()));
            return null;
        });
    }

    private Reminder loadVisible(Action a, long reminderId) {
        a.caller().requireSignedIn();
        Checks.requireId(reminderId);
        a.resource(resource(reminderId)).meta("reminder.ID", reminderId);
        Reminder reminder = reminders.findById(reminderId).filter(r -> !r.isDeleted())
                .orElseThrow(() -> new DomainException.NotFound(NOT_FOUND));
        if (!reminder.involves(a.caller().userId()) && !seesAll(a.caller())) {
            throw new DomainException.NotFound(NOT_FOUND);
        }
        return reminder;
    }

    /** Anyone may assign to themselves; to others only with {@code reminder.assign}, and only to live users. */
    private void requireAssignable(Caller caller, long assignee) {
        if (assignee != caller.userId()) {
            access.require(caller, Resources.SYSTEM, Operations.REMINDER_ASSIGN, NOT_ALLOWED_TO_ASSIGN);
        }
        if (users.findById(assignee).filter(u -> !u.isDeleted()).isEmpty()) {
            throw new DomainException.Invalid("invalid assignedTo: user " + assignee + " does not exist");
        }
    }

    /** Now, to the millisecond every store keeps, so that a response shows what was stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private boolean seesAll(Caller caller) {
        return access.can(caller, Resources.SYSTEM, Operations.REMINDER_ASSIGN);
    }


    private static String resource(long reminderId) {
        return RES + ":" + reminderId;
    }
}
