package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.role.RoleStore;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The settings documented for bootstrap's application.yml start the adapter on the embedded default. */
class ExampleConfigurationTest {
    @Test
    void theDocumentedSettingsStartTheEmbeddedDefault() throws IOException {
        Assumptions.assumeTrue(System.getenv("DB_URL") == null, "DB_URL is set: the example would use that database");
        Map<String, Object> settings;
        try (InputStream in = getClass().getResourceAsStream("/gatehouse-persistence-example.yml")) {
            settings = new HashMap<>(new YamlPropertySourceLoader().read("example", in));
        }
        Path dataDir = TestDatabases.temporaryFolder("gatehouse-example-");
        settings.put("gatehouse.data-dir", dataDir.toString());

        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .propertySources(PropertySource.of("example", settings)).start()) {
            HikariConfig pool = context.getBean(DatasourceConfiguration.class);

            assertTrue(context.getBean(DatabaseInfo.class).embedded());
            assertEquals("Administrators", context.getBean(RoleStore.class).findById(Roles.ADMINISTRATORS)
                    .orElseThrow().name());
            assertEquals(5000, pool.getConnectionTimeout());
            assertEquals("TRANSACTION_READ_COMMITTED", pool.getTransactionIsolation());
        } finally {
            TestDatabases.delete(dataDir);
        }
    }
}
