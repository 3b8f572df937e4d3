package io.gatehouse.adapters.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The version of the permission rules, bumped by every change to them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RbacVersions extends GenericRepository<RbacVersionRow, Integer> {
    @Query("SELECT version FROM sys_rbac_version WHERE id = 1")
    long current();

    /**
     * Also takes the row lock that serialises concurrent rule changes: run it first in the
     * transaction, so that writers queue here instead of deadlocking over rule rows.
     */
    @Query("UPDATE sys_rbac_version SET version = version + 1 WHERE id = 1")
    void bump();
}
