package io.gatehouse.adapters.rest.reminder;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The effective reminder filter echoed by {@code GET /reminder/}; IDs as strings, open ends of the range null. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReminderFilterDto(
        @JsonInclude(JsonInclude.Include.ALWAYS) List<String> reminderID,
        String resource,
        String assignedTo,
        @JsonInclude(JsonInclude.Include.ALWAYS) String scheduledFrom,
        @JsonInclude(JsonInclude.Include.ALWAYS) String scheduledUntil,
        boolean excludeDismissed,
        boolean scheduledOnly,
        String sort,
        Integer limit,
        Long offset,
        Integer page,
        Integer perPage,
        long count) {
}
