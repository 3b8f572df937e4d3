package io.gatehouse.adapters.rest.role;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** The reference's role shape plus the caller's {@code can*} flags and the organisation. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoleDto(
        String roleID,
        String name,
        String handle,
        String organisationID,
        String createdAt,
        String updatedAt,
        String archivedAt,
        String deletedAt,
        Boolean canGrant,
        Boolean canUpdateRole,
        Boolean canDeleteRole) {
}
