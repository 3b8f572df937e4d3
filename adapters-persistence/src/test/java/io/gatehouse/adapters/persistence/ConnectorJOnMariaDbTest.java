package io.gatehouse.adapters.persistence;

import static io.gatehouse.domain.testing.contract.Fixtures.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.identity.AuthenticatedSession;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.testing.contract.Fixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code jdbc:mysql://} URLs use MySQL Connector/J. Debian has no MySQL server, so Connector/J
 * is exercised against the MariaDB test server (a database of its own,
 * {@code GATEHOUSE_TEST_CONNECTORJ_URL}): the migrations apply and the stores work. Connector/J
 * drops fractional seconds against MariaDB 10, so times are compared to the second here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectorJOnMariaDbTest {
    static final String URL_VARIABLE = "GATEHOUSE_TEST_CONNECTORJ_URL";
    private JdbcStoreSet stores;

    @BeforeAll
    void start() {
        String url = TestDatabases.requiredUrl(URL_VARIABLE);
        Map<String, Object> properties = TestDatabases.commonProperties(TestDatabases.temporaryFolder("gatehouse-cj-"));
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", System.getenv().getOrDefault("GATEHOUSE_TEST_DB_USERNAME", ""));
        properties.put("datasources.default.password", System.getenv().getOrDefault("GATEHOUSE_TEST_DB_PASSWORD", ""));
        properties.put("flyway.datasources.default.clean-disabled", false);
        properties.put("flyway.datasources.default.clean-schema", true);
        stores = new JdbcStoreSet(TestDatabases.context(properties));
    }

    @AfterAll
    void stop() {
        if (stores != null) {
            stores.context().close();
        }
    }

    @Test
    void theUrlSelectsConnectorJ() {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = stores.context()
                .getBean(Argument.of(TransactionOperations.class, Connection.class));
        String driver = tx.executeRead(status -> {
            try {
                return status.getConnection().getMetaData().getDriverName();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(driver.contains("MySQL Connector/J"), driver);
        assertEquals("MySQL", stores.bean(DatabaseInfo.class).productName());
    }

    @Test
    void usersAndSessionsRoundTrip() {
        stores.reset();
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        User user = aUser().email("cj@example.test").handle("connectorJ").createdAt(created).build();
        stores.users().insert(user);
        User found = stores.users().findById(user.id()).orElseThrow();
        assertEquals(user.email(), found.email());
        assertEquals(created, found.createdAt());
        assertEquals(1, stores.users().search(Fixtures.usersMatching("connector"), RowAccess.ALL, RowAccess.ALL,
                RowAccess.ALL, Fixtures.byId(), 0, 10).count());

        long sessionId = Fixtures.nextId();
        stores.sessions().insert(new Session(sessionId, user.id(), created, created.plus(1, ChronoUnit.HOURS), null,
                "127.0.0.1", 0));
        Optional<AuthenticatedSession> live = stores.sessions().resolve(sessionId, created.plusSeconds(1));
        assertEquals(user.id(), live.orElseThrow().userId());
    }

    @Test
    void uniquenessClashesAreNamed() {
        stores.reset();
        stores.users().insert(aUser().email("twice@example.test").build());
        DomainException.Conflict clash = assertThrows(DomainException.Conflict.class,
                () -> stores.users().insert(aUser().email("TWICE@example.test").build()));
        assertEquals("email not unique", clash.getMessage());
    }
}
