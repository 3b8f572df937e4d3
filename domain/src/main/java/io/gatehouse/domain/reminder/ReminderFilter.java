package io.gatehouse.domain.reminder;

import java.time.Instant;
import java.util.List;

/**
 * The search criteria of {@code GET /reminder/}, and whose reminders the search may return.
 * Empty lists and strings, 0 and null mean "any"; the time range is inclusive and applies to
 * {@code remindAt}. Deleted reminders are never returned.
 *
 * @param resource        a prefix of the reminder's resource
 * @param scheduledOnly   only reminders with a {@code remindAt}
 * @param visibleTo       the user whose reminders (assigned to them or by them) may be returned
 * @param seesAll         whether every reminder may be returned, whoever it involves
 */
public record ReminderFilter(
        List<Long> reminderIds,
        String resource,
        long assignedTo,
        Instant scheduledFrom,
        Instant scheduledUntil,
        boolean scheduledOnly,
        boolean excludeDismissed,
        long visibleTo,
        boolean seesAll) {

    public ReminderFilter {
        reminderIds = List.copyOf(reminderIds);
        resource = resource == null ? "" : resource;
    }

    /** The criteria alone: until {@link #visibleTo(long, boolean)} says otherwise, nothing is visible. */
    public static ReminderFilter criteria(List<Long> reminderIds, String resource, long assignedTo,
                                          Instant scheduledFrom, Instant scheduledUntil, boolean scheduledOnly,
                                          boolean excludeDismissed) {
        return new ReminderFilter(reminderIds, resource, assignedTo, scheduledFrom, scheduledUntil, scheduledOnly,
                excludeDismissed, 0, false);
    }

    /** The same criteria, searching the reminders of {@code userId}, or all of them. */
    public ReminderFilter visibleTo(long userId, boolean all) {
        return new ReminderFilter(reminderIds, resource, assignedTo, scheduledFrom, scheduledUntil, scheduledOnly,
                excludeDismissed, userId, all);
    }
}
