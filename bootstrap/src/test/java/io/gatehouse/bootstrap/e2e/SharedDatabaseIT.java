package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two servers on one MariaDB database, as a production cluster runs: a grant, a revocation or a
 * suspension made through one instance holds on the other at once. Needs
 * {@code GATEHOUSE_TEST_INSTANCES_DB_URL} (an empty database; {@code .ci/run} provides it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedDatabaseIT {
    static final String URL_VARIABLE = "GATEHOUSE_TEST_INSTANCES_DB_URL";
    private GatehouseProcess first;
    private GatehouseProcess second;
    private Api one;
    private Api two;
    private Api adminOnOne;
    private Api adminOnTwo;

    @BeforeAll
    void startTwoInstances() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(URL_VARIABLE + " not set but CI=true: the shared-database test must run; run .ci/run");
            }
            Assumptions.abort(URL_VARIABLE + " not set: the shared-database test is skipped; run .ci/run");
        }
        Map<String, String> shared = Map.of(
                "DB_URL", url,
                "DB_USERNAME", System.getenv().getOrDefault("GATEHOUSE_TEST_DB_USERNAME", ""),
                "DB_PASSWORD", System.getenv().getOrDefault("GATEHOUSE_TEST_DB_PASSWORD", ""),
                "AUTH_JWT_SECRET", "a shared secret of more than thirty-two bytes");
        first = GatehouseProcess.start(withNode(shared, 1));
        second = GatehouseProcess.start(withNode(shared, 2));
        assertTrue(first.isAlive(), first.output());
        assertTrue(second.isAlive(), second.output());
        one = new Api(first.baseUrl());
        two = new Api(second.baseUrl());
        Api.Reply admin = one.post("/auth/internal/signup", "email", "cluster-admin@example.test",
                "password", ServerFixture.PASSWORD);
        assertEquals(200, admin.status(), admin.toString());
        String jwt = admin.response().path("jwt").asText();
        adminOnOne = one.as(jwt);
        adminOnTwo = two.as(jwt);
    }

    private static Map<String, String> withNode(Map<String, String> shared, int node) {
        Map<String, String> env = new java.util.HashMap<>(shared);
        env.put("GATEHOUSE_NODE_ID", Integer.toString(node));
        return env;
    }

    @AfterAll
    void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private Api signUpOn(Api instance, String email) {
        Api.Reply r = instance.post("/auth/internal/signup", "email", email, "password", ServerFixture.PASSWORD);
        assertEquals(200, r.status(), r.toString());
        return instance.as(r.response().path("jwt").asText());
    }

    @Test
    void aTokenFromOneInstanceWorksOnTheOther() {
        assertEquals(200, adminOnTwo.get("/auth/check").status());
    }

    @Test
    void aGrantOnOneInstanceAppliesOnTheOtherAtOnce() {
        Api userOnOne = signUpOn(one, "granted@example.test");
        String userId = userOnOne.get("/auth/check").response().path("user").path("userID").asText();
        String role = adminOnTwo.post("/roles/", "name", "Cluster Role", "handle", "cluster-role")
                .response().path("roleID").asText();
        adminOnTwo.post("/roles/" + role + "/member/" + userId);
        assertEquals(403, userOnOne.post("/roles/", "name", "Not Yet", "handle", "not-yet").status());
        Api.Reply grant = adminOnTwo.patch("/permissions/" + role + "/rules", "rules",
                List.of(Map.of("resource", "system", "operation", "role.create", "access", "allow")));
        assertTrue(grant.isOk(), grant.toString());
        assertEquals(200, userOnOne.post("/roles/", "name", "Now Allowed", "handle", "now-allowed").status());
        adminOnTwo.patch("/permissions/" + role + "/rules", "rules",
                List.of(Map.of("resource", "system", "operation", "role.create", "access", "deny")));
        assertEquals(403, userOnOne.post("/roles/", "name", "Denied Again", "handle", "denied-again").status());
    }

    @Test
    void logoutAndSuspensionOnOneInstanceHoldOnTheOther() {
        Api loggedOut = signUpOn(one, "logout@example.test");
        String jwt = loggedOut.get("/auth/check").response().path("jwt").asText();
        assertEquals(200, two.as(jwt).get("/auth/check").status());
        assertEquals(200, one.as(jwt).get("/auth/logout").status());
        assertEquals(401, two.as(jwt).get("/auth/check").status());

        Api suspended = signUpOn(two, "suspended@example.test");
        String id = suspended.get("/auth/check").response().path("user").path("userID").asText();
        assertTrue(adminOnOne.post("/users/" + id + "/suspend").isOk());
        assertEquals(401, suspended.get("/auth/check").status());
    }

    @Test
    void idsFromBothInstancesNeverCollide() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            Api instance = i % 2 == 0 ? adminOnOne : adminOnTwo;
            Api.Reply r = instance.post("/organisations/", "name", "Org " + i);
            assertEquals(200, r.status(), r.toString());
            assertTrue(ids.add(r.response().path("organisationID").asText()));
        }
    }
}
