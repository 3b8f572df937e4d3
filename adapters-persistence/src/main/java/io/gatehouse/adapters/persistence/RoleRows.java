package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Writes whole {@code sys_role} rows; reads go through {@link JdbcRoleStore}'s SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RoleRows extends GenericRepository<RoleRow, Long> {
    void insert(RoleRow row);

    void update(RoleRow row);
}
