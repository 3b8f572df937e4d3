package io.gatehouse.adapters.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The effective user filter echoed by {@code GET /users/}; IDs as strings. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserFilterDto(
        @JsonInclude(JsonInclude.Include.ALWAYS) List<String> userID,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<String> roleID,
        String query,
        String email,
        String username,
        String handle,
        String kind,
        int deleted,
        int suspended,
        String sort,
        Integer limit,
        Long offset,
        Integer page,
        Integer perPage,
        long count) {
}
