package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.ActionFilter;
import io.gatehouse.domain.actionlog.LoggedAction;
import io.gatehouse.domain.actionlog.Severity;
import io.gatehouse.domain.shared.Page;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;

/** The action log in {@code sys_actionlog}; meta is stored as a JSON object of strings. */
@Singleton
final class JdbcActionLog implements ActionLog {
    private static final String COLUMNS = "id, ts, request_origin, request_id, actor_ip_addr, actor_id, resource,"
            + " action, error, severity, description, meta";
    private static final String JOINED_COLUMNS = "a.id, a.ts, a.request_origin, a.request_id, a.actor_ip_addr,"
            + " a.actor_id, a.resource, a.action, a.error, a.severity, a.description, a.meta,"
            + " u.name AS actor_name, u.email AS actor_email";
    private static final Conflicts CONFLICTS = Conflicts.of("action record already exists");

    private final Sql sql;
    private final ActionLogRows rows;

    JdbcActionLog(Sql sql, ActionLogRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public void record(ActionRecord record) {
        sql.guard(CONFLICTS, () -> rows.insert(ActionLogRow.of(record)));
    }

    @Override
    public Page<LoggedAction> search(ActionFilter filter, long offset, int limit) {
        SqlQuery query = SqlQuery.select(JOINED_COLUMNS, "sys_actionlog a LEFT JOIN sys_user u ON u.id = a.actor_id");
        if (filter.from() != null) {
            query.where(SqlQuery.Condition.of("a.ts >= ?", filter.from()));
        }
        if (filter.to() != null) {
            query.where(SqlQuery.Condition.of("a.ts <= ?", filter.to()));
        }
        if (!filter.resource().isEmpty()) {
            query.where(SqlQuery.equal("a.resource", filter.resource()));
        }
        if (!filter.action().isEmpty()) {
            query.where(SqlQuery.equal("a.action", filter.action()));
        }
        if (!filter.actorIds().isEmpty()) {
            query.where(SqlQuery.in("a.actor_id", filter.actorIds()));
        }
        long count = sql.number(query.count());
        if (count == 0 || limit <= 0) {
            return new Page<>(List.of(), count);
        }
        List<LoggedAction> page = sql.list(query.page("a.ts DESC, a.id DESC", offset, limit),
                row -> new LoggedAction(record(row), row.getString("actor_name"), row.getString("actor_email")));
        return new Page<>(page, count);
    }

    /** The newest records first. */
    List<ActionRecord> recent(int limit) {
        return sql.list(SqlQuery.select(COLUMNS, "sys_actionlog").ordered("ts DESC, id DESC", limit),
                JdbcActionLog::record);
    }

    private static ActionRecord record(Row row) throws SQLException {
        int severity = row.getInt("severity");
        Severity[] all = Severity.values();
        return new ActionRecord(row.getLong("id"), row.getInstant("ts"), row.getString("request_origin"),
                row.getString("request_id"), row.getString("actor_ip_addr"), row.getLong("actor_id"),
                row.getString("resource"), row.getString("action"), row.getString("error"),
                severity >= 0 && severity < all.length ? all[severity] : Severity.DEBUG,
                row.getString("description"), StringMapJson.read(row.getString("meta")));
    }
}
