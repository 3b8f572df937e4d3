package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.gatehouse.domain.shared.DomainException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How failures are named. The messages are the drivers' own formats (H2 2.3, MariaDB 10.11 via
 * its driver, MySQL 8 via Connector/J); the contracts prove the mapping against the real servers.
 */
class DatabaseErrorsTest {
    private static final Conflicts USERS = Conflicts.of("user already exists", Map.of(
            "uq_sys_user_email_key", "email not unique",
            "uq_sys_user_handle_key", "handle not unique"));

    @Test
    void theViolatedIndexIsReadFromEveryDatabasesMessage() {
        assertEquals("uq_sys_user_email_key", DatabaseErrors.indexName(
                "Unique index or primary key violation: \"public.uq_sys_user_email_key ON public.sys_user(email_key"
                        + " NULLS FIRST) VALUES ( /* 1 */ CAST('ann@x.io' AS VARCHAR_IGNORECASE(8)) )\"; SQL statement:"));
        assertEquals("uq_sys_user_email_key", DatabaseErrors.indexName(
                "(conn=20) Duplicate entry 'ann@x.io' for key 'uq_sys_user_email_key'"));
        assertEquals("uq_sys_user_email_key", DatabaseErrors.indexName(
                "Duplicate entry 'ann@x.io' for key 'sys_user.uq_sys_user_email_key'"));
        assertEquals("PRIMARY KEY", DatabaseErrors.indexName(
                "Unique index or primary key violation: \"PRIMARY KEY ON public.sys_user(id) ( /* key:5 */ 5)\""));
        assertNull(DatabaseErrors.indexName("Column 'email' cannot be null"));
    }

    @Test
    void theColumnAValueDidNotFitIsReadFromEveryDatabasesMessage() {
        assertEquals("name", DatabaseErrors.columnName("(conn=5) Data too long for column 'name' at row 1"));
        assertEquals("name", DatabaseErrors.columnName(
                "Value too long for column \"name CHARACTER VARYING(512)\": \"'xxxx' (600)\"; SQL statement:"));
        assertNull(DatabaseErrors.columnName("Value too long"));
    }

    @Test
    void aValueThatLooksLikeAnIndexNameDoesNotFoolTheMapping() {
        SQLException clash = new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'uq_sys_user_handle_key@x.io' for key 'uq_sys_user_email_key'", "23000", 1062);

        RuntimeException mapped = DatabaseErrors.translate(new RuntimeException("wrapped", clash), USERS);

        assertEquals("email not unique", assertInstanceOf(DomainException.Conflict.class, mapped).getMessage());
    }

    @Test
    void otherUniquenessViolationsGetTheTablesGeneralMessage() {
        SQLException duplicateId = new SQLIntegrityConstraintViolationException(
                "Duplicate entry '5' for key 'PRIMARY'", "23000", 1062);

        assertEquals("user already exists", DatabaseErrors.translate(new RuntimeException(duplicateId), USERS).getMessage());
    }

    @Test
    void otherIntegrityErrorsAreNotConflicts() {
        RuntimeException notNull = new RuntimeException(
                new SQLIntegrityConstraintViolationException("Column 'email' cannot be null", "23000", 1048));

        assertSame(notNull, DatabaseErrors.translate(notNull, USERS));
    }

    @Test
    void connectionFailuresMeanTheDatabaseIsUnavailable() {
        RuntimeException timeout = new RuntimeException(new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 500ms."));
        RuntimeException refused = new RuntimeException(new SQLException("Socket fail to connect", "08000"));
        RuntimeException h2Closed = new RuntimeException(new SQLException("Database is already closed", "90121"));

        for (RuntimeException failure : new RuntimeException[] {timeout, refused, h2Closed}) {
            RuntimeException mapped = DatabaseErrors.translate(failure, USERS);
            assertEquals("database unavailable",
                    assertInstanceOf(DomainException.Unavailable.class, mapped).getMessage());
        }
    }

    @Test
    void domainErrorsAndUnrelatedFailuresPassThrough() {
        DomainException.NotFound notFound = new DomainException.NotFound("user not found");
        IllegalStateException bug = new IllegalStateException("bug");

        assertSame(notFound, DatabaseErrors.translate(notFound, USERS));
        assertSame(bug, DatabaseErrors.translate(bug, USERS));
    }
}
