package io.gatehouse.domain.actionlog;

import java.time.Instant;
import java.util.List;

/**
 * The criteria of {@code GET /actionlog/}: a time range (inclusive, either end open when null),
 * an exact resource and action (empty means any), and the actors (empty means any).
 */
public record ActionFilter(Instant from, Instant to, String resource, String action, List<Long> actorIds) {
    public ActionFilter {
        resource = resource == null ? "" : resource;
        action = action == null ? "" : action;
        actorIds = List.copyOf(actorIds);
    }
}
