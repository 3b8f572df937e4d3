package io.gatehouse.adapters.rest.organisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** The reference's organisation shape. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationDto(String organisationID, String fqn, String name, String createdAt, String updatedAt,
                              String archivedAt, String deletedAt) {
}
