package io.gatehouse.domain.actionlog;

import java.time.Instant;
import java.util.Map;

/** One entry of the action log: who did what to which resource, and how it ended. */
public record ActionRecord(
        long id,
        Instant timestamp,
        String requestOrigin,
        String requestId,
        String actorIpAddress,
        long actorId,
        String resource,
        String action,
        String error,
        Severity severity,
        String description,
        Map<String, String> meta) {

    public ActionRecord {
        meta = Map.copyOf(meta);
        error = error == null ? "" : error;
        description = description == null ? "" : description;
    }
}
