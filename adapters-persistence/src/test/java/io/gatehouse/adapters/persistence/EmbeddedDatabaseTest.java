package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.testing.contract.Fixtures;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With no database URL configured, the server runs on an H2 file database in its data folder. */
class EmbeddedDatabaseTest {
    private Path dataDir;

    @BeforeEach
    void freshDataFolder() {
        dataDir = TestDatabases.temporaryFolder("gatehouse-embedded-").resolve("not-yet-there");
    }

    @AfterEach
    void removeDataFolder() {
        TestDatabases.delete(dataDir.getParent());
    }

    @Test
    void theEmbeddedDatabaseLivesInTheDataFolderAndSurvivesARestart() {
        User ann = Fixtures.userWithEmail("ann@example.com");
        long version;
        try (ApplicationContext first = TestDatabases.context(TestDatabases.embeddedProperties(dataDir))) {
            first.getBean(UserStore.class).insert(ann);
            RuleStore rules = first.getBean(RuleStore.class);
            rules.apply(List.of(new Rule(7, "system", "access", Access.ALLOW)));
            version = rules.version();
        }

        assertTrue(Files.isRegularFile(dataDir.resolve("db").resolve("gatehouse.mv.db")));

        try (ApplicationContext second = TestDatabases.context(TestDatabases.embeddedProperties(dataDir))) {
            assertEquals(Optional.of(ann), second.getBean(UserStore.class).findById(ann.id()));
            assertEquals(version, second.getBean(RuleStore.class).version());
        }
    }

    @Test
    void theEmbeddedDatabaseSaysSoAndRunsInMySqlMode() {
        try (ApplicationContext context = TestDatabases.context(TestDatabases.embeddedProperties(dataDir))) {
            DatabaseInfo info = context.getBean(DatabaseInfo.class);
            DatasourceConfiguration configuration = context.getBean(DatasourceConfiguration.class);

            assertEquals(new DatabaseInfo(true, "H2"), info);
            assertEquals("org.h2.Driver", configuration.getDriverClassName());
            String url = configuration.getUrl();
            assertTrue(url.startsWith("jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().toString().replace('\\', '/')
                    + "/db/gatehouse;"), url);
            for (String setting : new String[] {"MODE=MySQL", "DATABASE_TO_LOWER=TRUE", "IGNORECASE=TRUE"}) {
                assertTrue(url.contains(";" + setting), url);
            }
        }
    }
}
