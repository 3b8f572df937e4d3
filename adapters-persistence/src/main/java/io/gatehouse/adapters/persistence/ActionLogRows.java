package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Writes {@code sys_actionlog} rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ActionLogRows extends GenericRepository<ActionLogRow, Long> {
    void insert(ActionLogRow row);
}
