package io.gatehouse.adapters.rest.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The reference's application shape (with {@code ownerID} as a string, like every ID) plus the
 * caller's {@code can*} flags; {@code unify}, {@code config} and the timestamps other than
 * {@code createdAt} are omitted when unset.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationDto(
        String applicationID,
        String name,
        String ownerID,
        boolean enabled,
        Object unify,
        Object config,
        String createdAt,
        String updatedAt,
        String deletedAt,
        Boolean canGrant,
        Boolean canUpdateApplication,
        Boolean canDeleteApplication) {
}
