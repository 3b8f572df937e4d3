package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The migrations, applied from scratch on a database. */
abstract class MigrationChecks {
    abstract JdbcStoreSet stores();

    private <T> T onConnection(java.util.function.Function<Connection, T> work) {
        TransactionOperations<Connection> tx = stores().context()
                .getBean(Argument.of(TransactionOperations.class, Connection.class));
        return tx.executeRead(status -> work.apply(status.getConnection()));
    }

    @Test
    void everyMigrationAppliedSuccessfully() {
        List<String> applied = onConnection(c -> {
            List<String> versions = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                         + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
                while (rs.next()) {
                    assertTrue(rs.getBoolean("success"), "migration " + rs.getString("version") + " failed");
                    versions.add(rs.getString("version"));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return versions;
        });

        assertEquals(List.of("1", "2", "3", "4", "5"), applied);
    }

    @Test
    void theMigrationsCreateExactlyTheTablesTheFixtureResets() {
        Set<String> tables = onConnection(c -> {
            Set<String> names = new TreeSet<>();
            try {
                DatabaseMetaData meta = c.getMetaData();
                try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return names;
        });

        Set<String> expected = new TreeSet<>(JdbcStoreSet.TABLES);
        expected.add("flyway_schema_history");
        assertEquals(expected, tables);
    }
}
