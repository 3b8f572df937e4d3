package io.gatehouse.application.reminder;

import io.gatehouse.application.shared.Checks;
import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Texts;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The fields of {@code POST /reminder/} and {@code PUT /reminder/{id}}, validated on
 * construction. Both replace every field: an omitted payload is {@code {}}, an omitted
 * {@code remindAt} leaves the reminder unscheduled. {@code remindAt} is kept to the millisecond.
 *
 * @param payload a JSON object as text, or null for none
 */
public record ReminderCommand(String resource, long assignedTo, String payload, Instant remindAt) {
    public static final int MAX_RESOURCE = 512;
    public static final int MAX_PAYLOAD_BYTES = 65_536;

    public ReminderCommand {
        resource = Checks.requireText("resource", Texts.bounded("resource", resource, MAX_RESOURCE));
        if (assignedTo <= 0) {
            throw new DomainException.Invalid("assignedTo is required");
        }
        payload = payload == null || payload.isBlank() ? Reminder.EMPTY_PAYLOAD : payload.trim();
        if (!payload.startsWith("{") || !payload.endsWith("}")) {
            throw new DomainException.Invalid("invalid payload: expected a JSON object");
        }
        if (Texts.utf8Length(payload) > MAX_PAYLOAD_BYTES) {
            throw new DomainException.Invalid("payload is too large (at most " + MAX_PAYLOAD_BYTES + " bytes)");
        }
        remindAt = remindAt == null ? null : remindAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
