package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the adapter tests run on, each started once per test JVM: the embedded H2 default
 * in a fresh temporary data folder, and the MariaDB server named by {@code GATEHOUSE_TEST_DB_URL}
 * (as {@code .ci/run} provides). The MariaDB schema is wiped and migrated from scratch at start.
 */
final class TestDatabases {
    static final String URL_VARIABLE = "GATEHOUSE_TEST_DB_URL";

    private static JdbcStoreSet h2;
    private static JdbcStoreSet mariaDb;
    private static boolean skipAnnounced;

    private TestDatabases() {
    }

    static synchronized JdbcStoreSet h2() {
        if (h2 == null) {
            Path dataDir = temporaryFolder("gatehouse-h2-");
            h2 = start(embeddedProperties(dataDir), dataDir);
        }
        return h2;
    }

    static synchronized JdbcStoreSet mariaDb() {
        String url = requiredUrl(URL_VARIABLE);
        if (mariaDb == null) {
            Path unusedDataDir = temporaryFolder("gatehouse-mariadb-");
            Map<String, Object> properties = commonProperties(unusedDataDir);
            properties.put("datasources.default.url", url);
            properties.put("datasources.default.username", orEmpty(System.getenv("GATEHOUSE_TEST_DB_USERNAME")));
            properties.put("datasources.default.password", orEmpty(System.getenv("GATEHOUSE_TEST_DB_PASSWORD")));
            properties.put("flyway.datasources.default.clean-disabled", false);
            properties.put("flyway.datasources.default.clean-schema", true);
            mariaDb = start(properties, unusedDataDir);
        }
        return mariaDb;
    }

    /**
     * The URL in {@code variable}; when it is absent the calling test is skipped with a message
     * saying so, or fails when {@code CI=true} (CI must run every database test).
     */
    static synchronized String requiredUrl(String variable) {
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            String skipped = variable + " not set: MariaDB tests skipped; run .ci/run";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(variable + " not set but CI=true: the MariaDB tests must run; run .ci/run");
            }
            if (!skipAnnounced) {
                skipAnnounced = true;
                System.err.println("[WARNING] " + skipped);
            }
            Assumptions.abort(skipped);
        }
        return url;
    }

    /** The server's settings with the embedded default in {@code dataDir}. */
    static Map<String, Object> embeddedProperties(Path dataDir) {
        Map<String, Object> properties = commonProperties(dataDir);
        properties.put("datasources.default.url", "");
        return properties;
    }

    /** What bootstrap's application.yml sets for the datasource, as the tests need it. */
    static Map<String, Object> commonProperties(Path dataDir) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("gatehouse.data-dir", dataDir.toString());
        properties.put("datasources.default.dialect", "MYSQL");
        properties.put("datasources.default.maximum-pool-size", 10);
        properties.put("datasources.default.minimum-idle", 1);
        properties.put("datasources.default.connection-timeout", 5000);
        properties.put("datasources.default.validation-timeout", 2000);
        properties.put("datasources.default.transaction-isolation", "TRANSACTION_READ_COMMITTED");
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("flyway.datasources.default.locations", "classpath:db/migration");
        properties.put(StatementCounter.ENABLED, true);
        return properties;
    }

    static ApplicationContext context(Map<String, Object> properties) {
        return ApplicationContext.builder().deduceEnvironment(false).properties(properties).start();
    }

    private static JdbcStoreSet start(Map<String, Object> properties, Path ownedFolder) {
        ApplicationContext context = context(properties);
        JdbcStoreSet stores;
        try {
            stores = new JdbcStoreSet(context);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            if (ownedFolder != null) {
                delete(ownedFolder);
            }
        }));
        return stores;
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
