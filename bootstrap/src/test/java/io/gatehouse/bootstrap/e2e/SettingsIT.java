package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsIT extends ServerFixture {

    private static Map<String, Object> value(String name, Object value) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", name);
        v.put("value", value);
        return v;
    }

    @Test
    void administratorsPatchAndReadSettingsWithAnyJsonValue() {
        Api.Reply patch = admin.patch("/settings/", "values", List.of(
                value("ui.one.title", "Our Gatehouse"),
                value("ui.one.panels", List.of(Map.of("visible", true))),
                value("test.number", 42)));
        assertEquals(200, patch.status(), patch.toString());
        assertTrue(patch.response().asBoolean());
        JsonNode ui = admin.get("/settings/?prefix=ui.").response();
        assertEquals(2, ui.size());
        JsonNode title = admin.get("/settings/ui.one.title").response();
        assertEquals("Our Gatehouse", title.path("value").asText());
        assertEquals(adminId, title.path("updatedBy").asText());
        assertEquals(42, admin.get("/settings/test.number").response().path("value").asInt());
        assertTrue(admin.get("/settings/not.there").response().isNull());
    }

    @Test
    void aNullValueDeletesTheSetting() {
        admin.patch("/settings/", "values", List.of(value("test.doomed", "soon gone")));
        admin.patch("/settings/", "values", List.of(value("test.doomed", null)));
        assertTrue(admin.get("/settings/test.doomed").response().isNull());
    }

    @Test
    void switchingSignupOffRefusesSignups() {
        admin.patch("/settings/", "values", List.of(value("auth.internal.signup.enabled", false)));
        try {
            Api.Reply r = anonymous.post("/auth/internal/signup", "email", "late@example.test", "password", PASSWORD);
            assertEquals(403, r.status(), r.toString());
            assertFalse(anonymous.get("/auth/").response().path("internalSignUpEnabled").asBoolean());
            JsonNode current = admin.get("/settings/current").response();
            assertFalse(current.path("Auth").path("Internal").path("Signup").path("Enabled").asBoolean());
        } finally {
            admin.patch("/settings/", "values", List.of(value("auth.internal.signup.enabled", true)));
        }
        assertEquals(200, anonymous.post("/auth/internal/signup", "email", "later@example.test",
                "password", PASSWORD).status());
    }

    @Test
    void plainUsersSeeOnlyTheCurrentView() {
        SignedUp plain = signUp("settings-plain");
        assertEquals(403, plain.api().get("/settings/").status());
        assertEquals(403, plain.api().patch("/settings/", "values", List.of(value("ui.one.title", "Mine"))).status());
        JsonNode current = plain.api().get("/settings/current").response();
        assertTrue(current.path("Auth").path("Internal").path("Enabled").asBoolean());
        assertTrue(current.path("ui").path("one").has("title"));
        assertEquals(401, anonymous.get("/settings/current").status());
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        assertEquals(400, admin.patch("/settings/", "values", List.of(value("ok.name", 1), value("bad name", 2))).status());
        assertTrue(admin.get("/settings/ok.name").response().isNull());
        assertEquals(400, admin.patch("/settings/", "values", "not a list").status());
        assertEquals(400, admin.get("/settings/bad%20key").status());
    }
}
