package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PermissionsIT extends ServerFixture {
    private int seq;

    private String role() {
        String h = "perm-role-" + (++seq);
        return id(admin.post("/roles/", "name", h, "handle", h), "roleID");
    }

    private static Map<String, String> rule(String resource, String operation, String access) {
        return Map.of("resource", resource, "operation", operation, "access", access);
    }

    @Test
    void whitelistListsTheReferencePairsAndTheAddedOperations() {
        JsonNode list = signUp("wl").api().get("/permissions/").response();
        assertTrue(list.isArray());
        assertEquals("system", list.get(0).path("resource").asText());
        assertEquals("access", list.get(0).path("operation").asText());
        assertTrue(contains(list, "system", "impersonate"));
        assertTrue(contains(list, "system", "actionlog.read"));
        assertTrue(contains(list, "system:user:", "unmask.email"));
        assertTrue(contains(list, "system:organisation:", "archive"));
        assertEquals(401, anonymous.get("/permissions/").status());
    }

    @Test
    void effectiveReportsEveryOperationOfTheResource() {
        SignedUp plain = signUp("eff");
        JsonNode system = plain.api().get("/permissions/effective").response();
        assertTrue(contains(system, "system", "user.create"));
        assertTrue(contains(system, "system", "reminder.assign"));
        system.forEach(e -> assertFalse(e.path("allow").asBoolean(), e.toString()));
        JsonNode users = plain.api().get("/permissions/effective?resource=system:user:*").response();
        assertEquals(7, users.size());
        JsonNode adminSystem = admin.get("/permissions/effective").response();
        adminSystem.forEach(e -> assertTrue(e.path("allow").asBoolean(), e.toString()));
        assertEquals(400, plain.api().get("/permissions/effective?resource=system:nothing:*").status());
    }

    @Test
    void grantReadAndDeleteRulesOfARole() {
        String r = role();
        Api.Reply patch = admin.patch("/permissions/" + r + "/rules", "rules", List.of(
                rule("system", "user.create", "allow"), rule("system:user:*", "update", "deny")));
        assertTrue(patch.isOk(), patch.toString());
        JsonNode rules = admin.get("/permissions/" + r + "/rules").response();
        assertEquals(2, rules.size());
        assertEquals(r, rules.get(0).path("roleID").asText());
        assertTrue(admin.patch("/permissions/" + r + "/rules", "rules",
                List.of(rule("system", "user.create", "inherit"))).isOk());
        assertEquals(1, admin.get("/permissions/" + r + "/rules").response().size());
        assertTrue(admin.delete("/permissions/" + r + "/rules").isOk());
        assertEquals(0, admin.get("/permissions/" + r + "/rules").response().size());
    }

    @Test
    void anInvalidRuleIsNamedAndNothingIsApplied() {
        String r = role();
        Api.Reply bad = admin.patch("/permissions/" + r + "/rules", "rules", List.of(
                rule("system", "user.create", "allow"), rule("system:user:*", "fly", "allow")));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.error().contains("fly") && bad.error().contains("system:user:*"), bad.error());
        assertEquals(0, admin.get("/permissions/" + r + "/rules").response().size());
        assertEquals(404, admin.patch("/permissions/999999/rules", "rules",
                List.of(rule("system", "user.create", "allow"))).status());
    }

    @Test
    void onlyGrantHoldersManageRules() {
        SignedUp plain = signUp("nogrant");
        Api.Reply r = plain.api().patch("/permissions/2/rules", "rules", List.of(rule("system", "grant", "deny")));
        assertEquals(403, r.status());
        assertEquals("not allowed to set permissions", r.error());
        assertEquals(403, plain.api().get("/permissions/2/rules").status());
        assertEquals(403, plain.api().delete("/permissions/2/rules").status());
        assertTrue(admin.get("/permissions/2/rules").response().size() > 10);
    }

    @Test
    void grantsApplyAtOnce() {
        SignedUp u = signUp("granted");
        String r = role();
        admin.post("/roles/" + r + "/member/" + u.userId());
        assertEquals(403, u.api().post("/organisations/", "name", "Before Grant").status());
        admin.patch("/permissions/" + r + "/rules", "rules", List.of(rule("system", "organisation.create", "allow")));
        assertEquals(200, u.api().post("/organisations/", "name", "After Grant").status());
        admin.patch("/permissions/" + r + "/rules", "rules", List.of(rule("system", "organisation.create", "deny")));
        assertEquals(403, u.api().post("/organisations/", "name", "After Deny").status());
    }

    @Test
    void specificRulesBeatWildcardsAndDenyBeatsAllow() {
        SignedUp u = signUp("specific");
        String target = id(admin.post("/users/", "email", "spec-target@example.test", "name", "Spec Target"), "userID");
        String other = id(admin.post("/users/", "email", "spec-other@example.test", "name", "Spec Other"), "userID");
        String allowAll = role();
        String denyOne = role();
        admin.post("/roles/" + allowAll + "/member/" + u.userId());
        admin.post("/roles/" + denyOne + "/member/" + u.userId());
        admin.patch("/permissions/" + allowAll + "/rules", "rules", List.of(rule("system:user:*", "update", "allow")));
        admin.patch("/permissions/" + denyOne + "/rules", "rules",
                List.of(rule("system:user:" + target, "update", "deny")));
        assertEquals(403, u.api().put("/users/" + target, "email", "spec-target@example.test", "name", "X").status());
        assertEquals(200, u.api().put("/users/" + other, "email", "spec-other@example.test", "name", "Y").status());
    }

    @Test
    void traceExplainsTheDecision() {
        SignedUp u = signUp("traced");
        Api.Reply t = admin.get("/permissions/trace?resource=system&operation=user.create&userID=" + u.userId());
        assertEquals(200, t.status(), t.toString());
        assertFalse(t.response().path("allowed").asBoolean());
        assertEquals("default", t.response().path("level").asText());
        Api.Reply a = admin.get("/permissions/trace?resource=system:user:" + u.userId()
                + "&operation=read&userID=" + adminId);
        assertTrue(a.response().path("allowed").asBoolean());
        assertEquals("roles_wildcard", a.response().path("level").asText());
        assertEquals("2", a.response().path("rule").path("roleID").asText());
        assertEquals(403, u.api().get("/permissions/trace?resource=system&operation=grant&userID=" + adminId).status());
    }

    @Test
    void listsFilterRowsByReadInTheCount() {
        SignedUp u = signUp("lister");
        String hidden = id(admin.post("/users/", "email", "hidden@example.test", "name", "Hidden"), "userID");
        String r = role();
        admin.post("/roles/" + r + "/member/" + u.userId());
        int before = u.api().get("/users/?limit=1").response().path("filter").path("count").asInt();
        admin.patch("/permissions/" + r + "/rules", "rules", List.of(rule("system:user:" + hidden, "read", "deny")));
        Api.Reply after = u.api().get("/users/?limit=1");
        assertEquals(before - 1, after.response().path("filter").path("count").asInt());
        assertEquals(403, u.api().get("/users/" + hidden).status());
    }

    private static boolean contains(JsonNode list, String resource, String operation) {
        for (JsonNode e : list) {
            if (e.path("resource").asText().equals(resource) && e.path("operation").asText().equals(operation)) {
                return true;
            }
        }
        return false;
    }
}
