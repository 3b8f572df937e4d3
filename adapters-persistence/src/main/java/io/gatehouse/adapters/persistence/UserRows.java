package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Writes whole {@code sys_user} rows; reads go through {@link JdbcUserStore}'s SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRows extends GenericRepository<UserRow, Long> {
    void insert(UserRow row);

    void update(UserRow row);
}
