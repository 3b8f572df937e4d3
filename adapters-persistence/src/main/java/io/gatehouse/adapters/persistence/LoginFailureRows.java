package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Writes new {@code sys_login_failure} rows; counting goes through {@link JdbcLoginFailureStore}'s SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginFailureRows extends GenericRepository<LoginFailureRow, Long> {
    void insert(LoginFailureRow row);
}
