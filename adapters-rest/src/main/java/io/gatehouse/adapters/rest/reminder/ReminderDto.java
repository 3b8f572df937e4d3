package io.gatehouse.adapters.rest.reminder;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The reference's reminder shape: user IDs as strings ({@code "0"} for none), {@code dismissedAt}
 * and {@code remindAt} present as null when unset, {@code updatedAt} and {@code deletedAt} omitted.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReminderDto(
        String reminderID,
        String resource,
        @JsonInclude(JsonInclude.Include.ALWAYS) Object payload,
        int snoozeCount,
        String assignedTo,
        String assignedBy,
        String assignedAt,
        String dismissedBy,
        @JsonInclude(JsonInclude.Include.ALWAYS) String dismissedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) String remindAt,
        String createdAt,
        String updatedAt,
        String deletedAt) {
}
