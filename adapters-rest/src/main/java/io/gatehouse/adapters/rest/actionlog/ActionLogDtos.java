package io.gatehouse.adapters.rest.actionlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** Wire shapes of {@code GET /actionlog/}. */
public final class ActionLogDtos {
    private ActionLogDtos() {
    }

    /** One record; {@code actor} is omitted when the actor is not a known user. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(String timestamp, String requestOrigin, String requestID, String actorIPAddr,
                         String actorID, String actor, String resource, String action, String error, int severity,
                         String description, Map<String, String> meta) {
    }

    /** The effective filter; IDs as strings, times as RFC 3339 (null when open). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filter(@JsonInclude(JsonInclude.Include.ALWAYS) String from,
                         @JsonInclude(JsonInclude.Include.ALWAYS) String to,
                         @JsonInclude(JsonInclude.Include.ALWAYS) List<String> actorID,
                         String resource, String action, Integer limit, Long offset, Integer page,
                         Integer perPage, long count) {
    }
}
