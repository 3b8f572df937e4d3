package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.Severity;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;

/** The action log in {@code sys_actionlog}; meta is stored as a JSON object of strings. */
@Singleton
final class JdbcActionLog implements ActionLog {
    private static final String COLUMNS = "id, ts, request_origin, request_id, actor_ip_addr, actor_id, resource,"
            + " action, error, severity, description, meta";
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
