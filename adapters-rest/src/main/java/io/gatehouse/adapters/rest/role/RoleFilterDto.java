package io.gatehouse.adapters.rest.role;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** The effective role filter echoed by {@code GET /roles/}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoleFilterDto(
        String query,
        int deleted,
        int archived,
        String sort,
        Integer limit,
        Long offset,
        Integer page,
        Integer perPage,
        long count) {
}
