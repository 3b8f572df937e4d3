package io.gatehouse.adapters.rest.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** The effective application filter echoed by {@code GET /application/}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationFilterDto(
        String name,
        String query,
        int deleted,
        String sort,
        Integer limit,
        Long offset,
        Integer page,
        Integer perPage,
        long count) {
}
