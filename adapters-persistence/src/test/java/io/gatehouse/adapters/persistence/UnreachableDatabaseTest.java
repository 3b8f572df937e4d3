package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Transactions;
import io.gatehouse.domain.testing.contract.Fixtures;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A configured server that does not answer: every store call and transaction reports the
 * database as unavailable, quickly, instead of failing with an internal error. The pool is told
 * not to connect at start, as it would find the server gone at any later time.
 */
class UnreachableDatabaseTest {
    private static ApplicationContext context;
    private static Path dataDir;

    @BeforeAll
    static void startAgainstAClosedPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        dataDir = TestDatabases.temporaryFolder("gatehouse-unreachable-");
        Map<String, Object> properties = TestDatabases.commonProperties(dataDir);
        properties.put("datasources.default.url", "jdbc:mariadb://127.0.0.1:" + closedPort + "/gatehouse");
        properties.put("datasources.default.username", "nobody");
        properties.put("datasources.default.password", "none");
        properties.put("datasources.default.connection-timeout", 250);
        properties.put("datasources.default.initialization-fail-timeout", -1);
        properties.put("flyway.datasources.default.enabled", false);
        context = TestDatabases.context(properties);
    }

    @AfterAll
    static void stop() {
        context.close();
        TestDatabases.delete(dataDir);
    }

    private static void assertUnavailable(Runnable call) {
        DomainException.Unavailable e = assertThrows(DomainException.Unavailable.class, call::run);
        assertEquals("database unavailable", e.getMessage());
    }

    @Test
    void storeCallsReportTheDatabaseAsUnavailable() {
        UserStore users = context.getBean(UserStore.class);
        RuleStore rules = context.getBean(RuleStore.class);

        assertUnavailable(() -> users.findById(1));
        assertUnavailable(() -> users.insert(Fixtures.userWithEmail("a@b.io")));
        assertUnavailable(rules::load);
        assertUnavailable(rules::version);
    }

    @Test
    void transactionsReportTheDatabaseAsUnavailable() {
        Transactions transactions = context.getBean(Transactions.class);

        assertUnavailable(() -> transactions.inTransaction(() -> "never runs"));
        assertUnavailable(() -> transactions.inNewTransaction(() -> "never runs"));
    }

    @Test
    void aConfiguredUrlIsNotTheEmbeddedDatabaseAndGetsTheDriverOfItsScheme() {
        DatabaseInfo info = context.getBean(DatabaseInfo.class);
        DatasourceConfiguration configuration = context.getBean(DatasourceConfiguration.class);

        assertFalse(info.embedded());
        assertEquals("MariaDB", info.productName());
        assertEquals("org.mariadb.jdbc.Driver", configuration.getDriverClassName());
    }
}
