package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Writes whole {@code sys_reminder} rows; reads go through {@link JdbcReminderStore}'s SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReminderRows extends GenericRepository<ReminderRow, Long> {
    void insert(ReminderRow row);

    void update(ReminderRow row);
}
