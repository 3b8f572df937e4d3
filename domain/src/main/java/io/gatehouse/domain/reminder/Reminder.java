package io.gatehouse.domain.reminder;

import java.time.Instant;

/**
 * Something a user is to be reminded of: a resource (any string the client chooses, such as
 * {@code compose:record:42}), a JSON payload, the user it is assigned to and who assigned it.
 * IDs of 0 mean none; {@code dismissedAt}, {@code remindAt}, {@code updatedAt} and
 * {@code deletedAt} are null when unset.
 *
 * @param payload the payload as JSON text, always an object ({@code {}} when there is none)
 */
public record Reminder(
        long id,
        String resource,
        String payload,
        int snoozeCount,
        long assignedTo,
        long assignedBy,
        Instant assignedAt,
        long dismissedBy,
        Instant dismissedAt,
        Instant remindAt,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    public static final String EMPTY_PAYLOAD = "{}";

    public Reminder {
        resource = resource == null ? "" : resource;
        payload = payload == null || payload.isBlank() ? EMPTY_PAYLOAD : payload;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isDismissed() {
        return dismissedAt != null;
    }

    /** Whether the user is the assignee or the one who assigned it. */
    public boolean involves(long userId) {
        return userId > 0 && (assignedTo == userId || assignedBy == userId);
    }

    /** Replaces what the reminder is about and when it is due. */
    public Reminder withContent(String newResource, String newPayload, Instant newRemindAt, Instant now) {
        return new Reminder(id, newResource, newPayload, snoozeCount, assignedTo, assignedBy, assignedAt, dismissedBy,
                dismissedAt, newRemindAt, createdAt, now, deletedAt);
    }

    /** Hands the reminder to another assignee, recording who did so and when. */
    public Reminder assignedTo(long assignee, long assigner, Instant now) {
        return new Reminder(id, resource, payload, snoozeCount, assignee, assigner, now, dismissedBy, dismissedAt,
                remindAt, createdAt, now, deletedAt);
    }

    public Reminder dismissedBy(long userId, Instant now) {
        return new Reminder(id, resource, payload, snoozeCount, assignedTo, assignedBy, assignedAt, userId, now,
                remindAt, createdAt, now, deletedAt);
    }

    /** Postpones the reminder to {@code newRemindAt} and counts the snooze. */
    public Reminder snoozedUntil(Instant newRemindAt, Instant now) {
        return new Reminder(id, resource, payload, snoozeCount + 1, assignedTo, assignedBy, assignedAt, dismissedBy,
                dismissedAt, newRemindAt, createdAt, now, deletedAt);
    }

    public Reminder withDeletedAt(Instant at, Instant now) {
        return new Reminder(id, resource, payload, snoozeCount, assignedTo, assignedBy, assignedAt, dismissedBy,
                dismissedAt, remindAt, createdAt, now, at);
    }
}
