package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded default keeps its data, and its generated secret, across restarts. */
class EmbeddedDefaultIT {

    @Test
    void dataAndTokensSurviveARestart() throws Exception {
        Path data = Files.createTempDirectory("gatehouse-restart-");
        String jwt;
        String userId;
        try (GatehouseProcess first = GatehouseProcess.start(Map.of(), data)) {
            Api api = new Api(first.baseUrl());
            Api.Reply signup = api.post("/auth/internal/signup", "email", "keep@example.test",
                    "password", ServerFixture.PASSWORD);
            assertEquals(200, signup.status(), signup.toString());
            jwt = signup.response().path("jwt").asText();
            userId = signup.response().path("user").path("userID").asText();
        }
        assertTrue(Files.exists(data.resolve("jwt-secret")));
        try (GatehouseProcess second = GatehouseProcess.start(Map.of(), data)) {
            Api api = new Api(second.baseUrl()).as(jwt);
            Api.Reply me = api.get("/users/" + userId);
            assertEquals(200, me.status(), me.toString());
            assertEquals("keep@example.test", me.response().path("email").asText());
        }
    }

    @Test
    void aConfiguredDatabaseWithoutASecretRefusesToStart() throws Exception {
        // Any configured DB_URL counts as a production database; an H2 file URL keeps the test self-contained.
        Path elsewhere = Files.createTempDirectory("gatehouse-configured-db-");
        GatehouseProcess server = GatehouseProcess.start(Map.of("DB_URL", "jdbc:h2:file:" + elsewhere.resolve("db")));
        int exit = server.awaitExit(Duration.ofSeconds(60));
        assertNotEquals(0, exit);
        assertTrue(server.output().contains("AUTH_JWT_SECRET"), server.output());
    }
}
