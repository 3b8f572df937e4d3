package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every action and every refusal leaves a record: the server is driven over HTTP, stopped, and
 * its action-log table read straight from the embedded database.
 */
class ActionLogIT {
    record Entry(String resource, String action, String error, int severity, long actorId, String meta,
                 String address) {
    }

    @Test
    void successesAndFailuresAreRecordedWithActorAddressAndError() throws Exception {
        String adminId;
        String userId;
        String roleId;
        GatehouseProcess server = GatehouseProcess.start(Map.of());
        try {
            Api anonymous = new Api(server.baseUrl());
            Api.Reply signup = anonymous.post("/auth/internal/signup", "email", "log-admin@example.test",
                    "password", ServerFixture.PASSWORD);
            Api admin = anonymous.as(signup.response().path("jwt").asText());
            adminId = signup.response().path("user").path("userID").asText();
            userId = admin.post("/users/", "email", "logged@example.test", "name", "Logged").response()
                    .path("userID").asText();
            Api plain = anonymous.as(anonymous.post("/auth/internal/signup", "email", "log-plain@example.test",
                    "password", ServerFixture.PASSWORD).response().path("jwt").asText());
            assertEquals(403, plain.post("/users/", "email", "refused@example.test").status());
            roleId = admin.post("/roles/", "name", "Logged Role", "handle", "logged-role").response()
                    .path("roleID").asText();
            admin.patch("/permissions/" + roleId + "/rules", "rules",
                    List.of(Map.of("resource", "system", "operation", "user.create", "access", "allow")));
            assertEquals(401, anonymous.post("/auth/internal/login", "email", "log-plain@example.test",
                    "password", "wrong password").status());
            assertEquals(200, admin.get("/users/" + userId).status());

            Api.Reply listed = admin.get("/actionlog/?action=create&actorID[]=" + adminId + "&limit=5");
            assertEquals(200, listed.status(), listed.toString());
            assertTrue(listed.response().path("filter").path("count").asInt() >= 2, listed.toString());
            var newest = listed.response().path("set").get(0);
            assertEquals("create", newest.path("action").asText());
            assertEquals(adminId, newest.path("actorID").asText());
            assertEquals("log-admin@example.test", newest.path("actor").asText());
            assertEquals(5, newest.path("severity").asInt());
            assertTrue(newest.path("meta").isObject());
            assertEquals(List.of(adminId), UsersIT.texts(listed.response().path("filter").path("actorID")));
            Api.Reply refused = plain.get("/actionlog/");
            assertEquals(403, refused.status());
            assertEquals("not allowed to read the action log", refused.error());
            assertEquals(400, admin.get("/actionlog/?from=yesterday").status());
            assertEquals(0, admin.get("/actionlog/?from=2999-01-01T00:00:00Z").response().path("filter")
                    .path("count").asInt());
        } finally {
            server.close();
        }

        List<Entry> log = read(server);
        assertTrue(log.stream().anyMatch(e -> e.resource().equals("system:user:" + userId)
                && e.action().equals("create") && e.error().isEmpty() && e.severity() == 5
                && e.actorId() == Long.parseLong(adminId) && e.address().equals("127.0.0.1")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.action().equals("create") && e.error().equals("not allowed to create users")
                && e.severity() == 1), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.resource().equals("system") && e.action().equals("grant")
                && e.meta().contains(roleId) && e.meta().contains("user.create")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.resource().equals("system:auth") && e.action().equals("authenticate")
                && e.error().equals("invalid username and password combination")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.action().equals("internalSignup") && e.error().isEmpty()));
        assertTrue(log.stream().noneMatch(e -> e.action().equals("lookup")),
                "the production policy keeps lookups (info) out of the log");
    }

    private static List<Entry> read(GatehouseProcess server) throws SQLException {
        String url = "jdbc:h2:file:" + server.dataDir().resolve("db").resolve("gatehouse")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE";
        List<Entry> entries = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement s = c.prepareStatement("SELECT resource, action, error, severity, actor_id, meta,"
                     + " actor_ip_addr FROM sys_actionlog ORDER BY ts");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                entries.add(new Entry(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getLong(5),
                        r.getString(6), r.getString(7)));
            }
        }
        return entries;
    }
}
