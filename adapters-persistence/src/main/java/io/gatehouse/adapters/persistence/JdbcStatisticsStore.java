package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.statistics.StatisticsStore;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/** Dashboard counts, aggregated in SQL: one statement for the counts, one per daily series. */
@Singleton
final class JdbcStatisticsStore implements StatisticsStore {
    private final Sql sql;

    JdbcStatisticsStore(Sql sql) {
        this.sql = sql;
    }

    private record Table(String name, String flag) {
    }

    private static Table table(Entity entity) {
        return switch (entity) {
            case USERS -> new Table("sys_user", "suspended_at");
            case ROLES -> new Table("sys_role", "archived_at");
            case APPLICATIONS -> new Table("sys_application", null);
        };
    }

    @Override
    public Counts count(Entity entity) {
        Table t = table(entity);
        String flagged = t.flag() == null ? "0" : "COALESCE(SUM(CASE WHEN " + t.flag() + " IS NOT NULL THEN 1 ELSE 0 END), 0)";
        String unflagged = t.flag() == null ? "" : " AND " + t.flag() + " IS NULL";
        String query = "SELECT COUNT(*) AS total,"
                + " COALESCE(SUM(CASE WHEN deleted_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS deleted,"
                + " " + flagged + " AS flagged,"
                + " COALESCE(SUM(CASE WHEN deleted_at IS NULL" + unflagged + " THEN 1 ELSE 0 END), 0) AS valid"
                + " FROM " + t.name();
        return sql.first(query, List.of(), row -> new Counts(row.getLong("total"), row.getLong("deleted"),
                row.getLong("flagged"), row.getLong("valid"))).orElse(new Counts(0, 0, 0, 0));
    }

    @Override
    public List<DailyCount> daily(Entity entity, Event event) {
        Table t = table(entity);
        String column = switch (event) {
            case CREATED -> "created_at";
            case UPDATED -> "updated_at";
            case DELETED -> "deleted_at";
            case SUSPENDED -> entity == Entity.USERS ? "suspended_at" : null;
            case ARCHIVED -> entity == Entity.ROLES ? "archived_at" : null;
        };
        if (column == null) {
            return List.of();
        }
        // Timestamps are stored as UTC, so the date part is the UTC day.
        String query = "SELECT CAST(" + column + " AS DATE) AS event_day, COUNT(*) AS events FROM " + t.name()
                + " WHERE " + column + " IS NOT NULL GROUP BY CAST(" + column + " AS DATE) ORDER BY event_day";
        return sql.list(query, List.of(),
                row -> new DailyCount(LocalDate.parse(row.getString("event_day").substring(0, 10)), row.getLong("events")));
    }
}
