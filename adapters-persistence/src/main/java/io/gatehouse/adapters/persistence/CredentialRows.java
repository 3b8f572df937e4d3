package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Writes new {@code sys_credentials} rows; lookups go through {@link JdbcCredentialStore}'s SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CredentialRows extends GenericRepository<CredentialRow, Long> {
    void insert(CredentialRow row);
}
