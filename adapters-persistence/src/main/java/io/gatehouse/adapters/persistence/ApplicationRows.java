package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Writes whole {@code sys_application} rows; reads go through {@link JdbcApplicationStore}'s SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ApplicationRows extends GenericRepository<ApplicationRow, Long> {
    void insert(ApplicationRow row);

    void update(ApplicationRow row);
}
