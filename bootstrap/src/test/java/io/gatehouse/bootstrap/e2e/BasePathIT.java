package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mounted where a Corteza monolith serves the system API. */
class BasePathIT extends ServerFixture {

    @Override
    protected Map<String, String> environment() {
        return Map.of("GATEHOUSE_API_BASE_PATH", "/system/");
    }

    @Override
    protected String base() {
        return "/system";
    }

    @Test
    void theApiLivesUnderTheBasePath() {
        assertEquals(200, admin.get("/users/").status());
        assertEquals(200, admin.get("/auth/check").status());
        Api root = new Api(server.baseUrl());
        assertEquals(404, root.as(admin.get("/auth/check").response().path("jwt").asText()).get("/users/").status());
    }

    @Test
    void versionStaysAtTheRoot() {
        assertEquals(200, new Api(server.baseUrl()).get("/version").status());
    }
}
