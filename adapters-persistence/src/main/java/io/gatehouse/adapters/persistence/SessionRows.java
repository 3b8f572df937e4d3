package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Writes new {@code sys_session} rows; lookups and revocations go through {@link JdbcSessionStore}'s SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRows extends GenericRepository<SessionRow, Long> {
    void insert(SessionRow row);
}
