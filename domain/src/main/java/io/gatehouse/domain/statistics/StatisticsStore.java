package io.gatehouse.domain.statistics;

import java.time.LocalDate;
import java.util.List;

/** Counts for the statistics dashboard, computed by the store (never by loading rows). */
public interface StatisticsStore {
    /** What is counted. */
    enum Entity { USERS, ROLES, APPLICATIONS }

    /** Which timestamp a daily series follows; SUSPENDED is for users, ARCHIVED for roles. */
    enum Event { CREATED, UPDATED, DELETED, SUSPENDED, ARCHIVED }

    /**
     * All rows, deleted ones, flagged ones (suspended users, archived roles; applications have no
     * such state) and valid ones (neither deleted nor flagged).
     */
    record Counts(long total, long deleted, long flagged, long valid) {
    }

    /** How many rows had the event on one UTC day. */
    record DailyCount(LocalDate day, long count) {
    }

    Counts count(Entity entity);

    /** Days with at least one event, oldest first. */
    List<DailyCount> daily(Entity entity, Event event);
}
