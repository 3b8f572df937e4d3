package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One fresh server (its own data folder) per test class, with the first user signed up as the
 * Administrator, and builders for further users.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerFixture {
    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQ = new AtomicInteger();

    protected GatehouseProcess server;
    protected Api anonymous;
    protected Api admin;
    protected String adminId;

    /** Extra environment for this class's server. */
    protected Map<String, String> environment() {
        return Map.of();
    }

    /** The path prefix of the API (empty unless the class mounts it elsewhere). */
    protected String base() {
        return "";
    }

    @BeforeAll
    void startServer() {
        server = GatehouseProcess.start(environment());
        anonymous = new Api(server.baseUrl() + base());
        SignedUp first = signUp("admin");
        admin = first.api();
        adminId = first.userId();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A user who signed up through the API; only the first one is an Administrator. */
    public record SignedUp(String userId, String email, String jwt, Api api) {
    }

    protected SignedUp signUp(String name) {
        String email = name + "-" + SEQ.incrementAndGet() + "@example.test";
        Api.Reply r = anonymous.post("/auth/internal/signup", "email", email, "password", PASSWORD, "name", name);
        assertEquals(200, r.status(), r.toString());
        JsonNode payload = r.response();
        String jwt = payload.path("jwt").asText();
        return new SignedUp(payload.path("user").path("userID").asText(), email, jwt, anonymous.as(jwt));
    }

    protected static String id(Api.Reply reply, String field) {
        return reply.response().path(field).asText();
    }
}
