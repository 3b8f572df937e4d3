package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Writes whole {@code sys_organisation} rows; reads go through {@link JdbcOrganisationStore}'s SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrganisationRows extends GenericRepository<OrganisationRow, Long> {
    void insert(OrganisationRow row);

    void update(OrganisationRow row);
}
