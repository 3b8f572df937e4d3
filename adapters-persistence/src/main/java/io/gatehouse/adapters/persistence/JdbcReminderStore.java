package io.gatehouse.adapters.persistence;

import static io.gatehouse.adapters.persistence.SqlQuery.anyOf;
import static io.gatehouse.adapters.persistence.SqlQuery.equal;
import static io.gatehouse.adapters.persistence.SqlQuery.in;
import static io.gatehouse.adapters.persistence.SqlQuery.startsWith;
import static io.gatehouse.adapters.persistence.SqlQuery.state;

import io.gatehouse.adapters.persistence.SqlQuery.Condition;
import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.reminder.ReminderFilter;
import io.gatehouse.domain.reminder.ReminderStore;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reminders in {@code sys_reminder}. A search restricts the rows to the caller's own (assigned to
 * or by them) in SQL, so the count is that of the rows the caller may see.
 */
@Singleton
final class JdbcReminderStore implements ReminderStore {
    static final String COLUMNS = "id, resource, payload, snooze_count, assigned_to, assigned_by, assigned_at,"
            + " dismissed_by, dismissed_at, remind_at, created_at, updated_at, deleted_at";
    private static final Set<String> SORTABLE = Set.of("id", "resource", "assigned_to", "assigned_by",
            "assigned_at", "remind_at", "dismissed_at", "snooze_count", "created_at", "updated_at");
    private static final Conflicts CONFLICTS = Conflicts.of("reminder already exists");

    private final Sql sql;
    private final ReminderRows rows;

    JdbcReminderStore(Sql sql, ReminderRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public Optional<Reminder> findById(long id) {
        return sql.first("SELECT " + COLUMNS + " FROM sys_reminder WHERE id = ?", List.of(id),
                JdbcReminderStore::reminder);
    }

    @Override
    public Page<Reminder> search(ReminderFilter filter, Sort sort, long offset, int limit) {
        SqlQuery query = SqlQuery.select(COLUMNS, "sys_reminder")
                .where(state("deleted_at", Tristate.EXCLUDE));
        if (!filter.seesAll()) {
            query.where(anyOf(equal("assigned_to", filter.visibleTo()), equal("assigned_by", filter.visibleTo())));
        }
        if (!filter.reminderIds().isEmpty()) {
            query.where(in("id", filter.reminderIds()));
        }
        if (!filter.resource().isEmpty()) {
            query.where(startsWith("resource", filter.resource()));
        }
        if (filter.assignedTo() > 0) {
            query.where(equal("assigned_to", filter.assignedTo()));
        }
        if (filter.scheduledOnly()) {
            query.where(state("remind_at", Tristate.ONLY));
        }
        if (filter.excludeDismissed()) {
            query.where(state("dismissed_at", Tristate.EXCLUDE));
        }
        if (filter.scheduledFrom() != null) {
            query.where(Condition.of("remind_at >= ?", filter.scheduledFrom()));
        }
        if (filter.scheduledUntil() != null) {
            query.where(Condition.of("remind_at <= ?", filter.scheduledUntil()));
        }
        long count = sql.number(query.count());
        List<Reminder> reminders = sql.list(query.page(sort, SORTABLE, offset, limit), JdbcReminderStore::reminder);
        return new Page<>(reminders, count);
    }

    @Override
    public void insert(Reminder reminder) {
        sql.guard(CONFLICTS, () -> rows.insert(ReminderRow.of(reminder)));
    }

    @Override
    public void update(Reminder reminder) {
        sql.guard(CONFLICTS, () -> rows.update(ReminderRow.of(reminder)));
    }

    private static Reminder reminder(Row row) throws SQLException {
        return new Reminder(row.getLong("id"), row.getString("resource"), row.getString("payload"),
                row.getInt("snooze_count"), row.getLong("assigned_to"), row.getLong("assigned_by"),
                row.getInstant("assigned_at"), row.getLong("dismissed_by"), row.getInstant("dismissed_at"),
                row.getInstant("remind_at"), row.getInstant("created_at"), row.getInstant("updated_at"),
                row.getInstant("deleted_at"));
    }
}
