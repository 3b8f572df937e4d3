package io.gatehouse.adapters.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** The reference's user shape; timestamps other than createdAt are omitted when unset. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserDto(
        String userID,
        String username,
        String email,
        String name,
        String handle,
        String kind,
        @JsonInclude(JsonInclude.Include.ALWAYS) Object meta,
        String organisationID,
        String relatedUserID,
        @JsonInclude(JsonInclude.Include.ALWAYS) Object user,
        String createdAt,
        String updatedAt,
        String suspendedAt,
        String deletedAt) {
}
