package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationsIT extends ServerFixture {
    private static final Map<String, Object> UNIFY = Map.of("name", "Sales", "listed", true, "url", "/crm",
            "order", 3);
    private static final String STORED_UNIFY = "{\"name\":\"Sales\",\"listed\":true,\"icon\":\"\",\"logo\":\"\","
            + "\"url\":\"/crm\",\"config\":\"\",\"order\":3}";
    private static final Map<String, Object> CONFIG = Map.of("theme", Map.of("dark", true), "tags", List.of("a"));
    private int seq;

    private String unique(String name) {
        return name + " " + (++seq);
    }

    private String application(String name) {
        Api.Reply r = admin.post("/application/", "name", name, "enabled", true, "unify", UNIFY, "config", CONFIG);
        assertEquals(200, r.status(), r.toString());
        return id(r, "applicationID");
    }

    private JsonNode read(String id) {
        Api.Reply r = admin.get("/application/" + id);
        assertEquals(200, r.status(), r.toString());
        return r.response();
    }

    private int countNamed(String name) {
        return admin.get("/application/?deleted=1&name=" + name.replace(" ", "%20")).response().path("filter")
                .path("count").asInt();
    }

    private static List<String> names(Api.Reply list) {
        List<String> names = new ArrayList<>();
        list.response().path("set").forEach(a -> names.add(a.path("name").asText()));
        return names;
    }

    @Test
    void createReturnsTheApplicationOwnedByTheCreatorWithItsJsonAndFlags() {
        Api.Reply created = admin.post("/application/", "name", "CRM", "enabled", true, "unify", UNIFY,
                "config", CONFIG);

        assertEquals(200, created.status(), created.toString());
        JsonNode app = created.response();
        assertTrue(app.path("applicationID").isTextual());
        assertEquals("CRM", app.path("name").asText());
        assertTrue(app.path("ownerID").isTextual(), "ownerID is a string, like every ID");
        assertEquals(adminId, app.path("ownerID").asText());
        assertTrue(app.path("enabled").asBoolean());
        assertEquals(STORED_UNIFY, app.path("unify").toString());
        assertEquals(Api.JSON.valueToTree(CONFIG), app.path("config"));
        assertTrue(app.path("createdAt").asText().endsWith("Z"));
        assertFalse(app.has("updatedAt"));
        assertFalse(app.has("deletedAt"));
        assertTrue(app.path("canGrant").asBoolean());
        assertTrue(app.path("canUpdateApplication").asBoolean());
        assertTrue(app.path("canDeleteApplication").asBoolean());
        JsonNode stored = read(app.path("applicationID").asText());
        Duration drift = Duration.between(Instant.parse(app.path("createdAt").asText()),
                Instant.parse(stored.path("createdAt").asText())).abs();
        assertTrue(drift.compareTo(Duration.ofMillis(1)) < 0, "stored to the millisecond: " + drift);
        ((ObjectNode) app).remove("createdAt");
        ((ObjectNode) stored).remove("createdAt");
        assertEquals(app, stored);
    }

    @Test
    void applicationsWithoutJsonOmitUnifyAndConfig() {
        Api.Reply created = admin.post("/application/", "name", "Bare");

        assertEquals(200, created.status(), created.toString());
        assertFalse(created.response().path("enabled").asBoolean());
        assertFalse(created.response().has("unify"));
        assertFalse(created.response().has("config"));
    }

    @Test
    void putChangesOnlyTheGivenFields() {
        String id = application(unique("Kept"));

        Api.Reply renamed = admin.put("/application/" + id, "name", "Renamed " + id);
        assertEquals(200, renamed.status(), renamed.toString());
        JsonNode app = read(id);
        assertEquals("Renamed " + id, app.path("name").asText());
        assertTrue(app.path("enabled").asBoolean(), "omitted enabled is kept");
        assertEquals(STORED_UNIFY, app.path("unify").toString(), "omitted unify is kept");
        assertEquals(Api.JSON.valueToTree(CONFIG), app.path("config"), "omitted config is kept");
        assertTrue(app.has("updatedAt"));
        assertEquals(adminId, app.path("ownerID").asText());

        assertEquals(200, admin.put("/application/" + id, "enabled", false, "config", Map.of("v", 2)).status());
        app = read(id);
        assertFalse(app.path("enabled").asBoolean());
        assertEquals("{\"v\":2}", app.path("config").toString());
        assertEquals("Renamed " + id, app.path("name").asText());
        assertEquals(STORED_UNIFY, app.path("unify").toString());

        assertEquals(200, admin.put("/application/" + id, "unify", null, "config", null).status());
        assertFalse(read(id).has("unify"));
        assertFalse(read(id).has("config"));
    }

    @Test
    void deleteAndUndelete() {
        String id = application(unique("Cycle"));

        assertTrue(admin.delete("/application/" + id).isOk());
        assertTrue(read(id).has("deletedAt"), "deleted applications can still be read");
        assertTrue(admin.post("/application/" + id + "/undelete").isOk());
        assertFalse(read(id).has("deletedAt"));

        Api.Reply logged = admin.get("/actionlog/?resource=system:application:" + id + "&action=undelete");
        assertEquals(1, logged.response().path("filter").path("count").asInt(), "undelete is logged as undelete");
    }

    @Test
    void aUserWithoutGrantsCanReadButNotChangeAndRefusalsChangeNothing() {
        Api plain = signUp("app-reader").api();
        String id = application(unique("Guarded"));
        JsonNode before = read(id);

        Api.Reply create = plain.post("/application/", "name", "Mine");
        assertEquals(403, create.status(), create.toString());
        assertEquals("not allowed to create applications", create.error());
        assertEquals(0, countNamed("Mine"));

        Api.Reply update = plain.put("/application/" + id, "name", "Hijacked", "enabled", false, "unify", null);
        assertEquals(403, update.status());
        assertEquals("not allowed to update this application", update.error());
        Api.Reply delete = plain.delete("/application/" + id);
        assertEquals(403, delete.status());
        assertEquals("not allowed to delete this application", delete.error());
        assertEquals(before, read(id));

        admin.delete("/application/" + id);
        Api.Reply undelete = plain.post("/application/" + id + "/undelete");
        assertEquals(403, undelete.status());
        assertEquals("not allowed to undelete this application", undelete.error());
        assertTrue(read(id).has("deletedAt"));
        admin.post("/application/" + id + "/undelete");

        Api.Reply seen = plain.get("/application/" + id);
        assertEquals(200, seen.status(), "Everyone reads applications by default");
        assertFalse(seen.response().path("canGrant").asBoolean());
        assertFalse(seen.response().path("canUpdateApplication").asBoolean());
        assertFalse(seen.response().path("canDeleteApplication").asBoolean());
        JsonNode listed = plain.get("/application/?query=Guarded").response();
        assertEquals(1, listed.path("filter").path("count").asInt());
        assertEquals(id, listed.path("set").get(0).path("applicationID").asText());
        assertFalse(listed.path("set").get(0).path("canUpdateApplication").asBoolean());
    }

    @Test
    void badInputIsRefusedNamingTheParameterAndWritesNothing() {
        assertEquals("name is required", admin.post("/application/", "enabled", true).error());
        assertEquals(400, admin.post("/application/", "name", " ").status());
        Api.Reply tooLong = admin.post("/application/", "name", "n".repeat(256));
        assertEquals(400, tooLong.status());
        assertEquals("name is too long (at most 255 characters)", tooLong.error());

        String name = unique("Refused");
        List<Api.Reply> refused = List.of(
                admin.post("/application/", "name", name, "unify", List.of("not", "an", "object")),
                admin.post("/application/", "name", name, "unify", Map.of("colour", "red")),
                admin.post("/application/", "name", name, "unify", Map.of("listed", "yes")),
                admin.post("/application/", "name", name, "unify", Map.of("order", -1)),
                admin.post("/application/", "name", name, "unify", "not json"),
                admin.post("/application/", "name", name, "config", List.of(1)),
                admin.post("/application/", "name", name, "config", Map.of("big", "x".repeat(70_000))),
                admin.post("/application/", "name", name, "enabled", "maybe"));
        for (Api.Reply r : refused) {
            assertEquals(400, r.status(), r.toString());
        }
        assertTrue(refused.get(0).error().startsWith("invalid unify"), refused.get(0).error());
        assertEquals("invalid unify: unknown field \"colour\" (expected name, listed, icon, logo, url, config, order)",
                refused.get(1).error());
        assertEquals("invalid unify: malformed JSON", refused.get(4).error());
        assertEquals("invalid config: expected a JSON object", refused.get(5).error());
        assertEquals("config is too large (at most 65536 bytes of JSON)", refused.get(6).error());
        assertEquals("invalid enabled: expected true or false", refused.get(7).error());
        assertEquals(0, countNamed(name));
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        String id = application(unique("Stable"));
        JsonNode before = read(id);

        Api.Reply r = admin.put("/application/" + id, "name", "Changed", "enabled", false, "unify",
                Map.of("listed", 1));

        assertEquals(400, r.status(), r.toString());
        assertEquals("invalid unify: listed must be true or false", r.error());
        assertEquals(before, read(id));
    }

    @Test
    void unknownApplicationsAreNotFoundAndMalformedIdsAreInvalid() {
        for (Api.Reply r : List.of(admin.get("/application/424242"), admin.put("/application/424242", "name", "X"),
                admin.delete("/application/424242"), admin.post("/application/424242/undelete"),
                admin.post("/application/424242/trigger", "script", "welcome"))) {
            assertEquals(404, r.status(), r.toString());
            assertEquals("application not found", r.error());
        }
        assertEquals(400, admin.get("/application/abc").status());
        assertEquals(400, admin.get("/application/0").status());
    }

    @Test
    void nameFilterIsExactAndQueryMatchesAnyPart() {
        String tag = "Tag" + (++seq);
        application(tag);
        application(tag + " Suite");
        application("My " + tag.toLowerCase());

        Api.Reply byName = admin.get("/application/?name=" + tag.toUpperCase());
        assertEquals(List.of(tag), names(byName), "name matches the whole name, ignoring case");
        Api.Reply byQuery = admin.get("/application/?query=" + tag.toLowerCase());
        assertEquals(List.of(tag, tag + " Suite", "My " + tag.toLowerCase()), names(byQuery));
        assertEquals(List.of(tag + " Suite", tag, "My " + tag.toLowerCase()),
                names(admin.get("/application/?query=" + tag + "&sort=name%20DESC")));

        Api.Reply paged = admin.get("/application/?query=" + tag + "&page=2&perPage=2");
        assertEquals(1, paged.response().path("set").size());
        JsonNode filter = paged.response().path("filter");
        assertEquals("", filter.path("name").asText());
        assertEquals(tag, filter.path("query").asText());
        assertEquals(0, filter.path("deleted").asInt());
        assertEquals("id", filter.path("sort").asText());
        assertEquals(2, filter.path("limit").asInt());
        assertEquals(2, filter.path("offset").asInt());
        assertEquals(2, filter.path("page").asInt());
        assertEquals(2, filter.path("perPage").asInt());
        assertEquals(3, filter.path("count").asInt());
        assertEquals(50, admin.get("/application/").response().path("filter").path("limit").asInt());
        assertEquals(400, admin.get("/application/?sort=unify").status());
    }

    @Test
    void deletedApplicationsAreListedOnlyOnRequestAndOnlyWithSystemAccess() {
        String name = unique("Removed");
        String id = application(name);
        admin.delete("/application/" + id);

        assertEquals(0, admin.get("/application/?query=" + name.replace(" ", "%20")).response().path("filter")
                .path("count").asInt());
        Api.Reply only = admin.get("/application/?deleted=2&query=" + name.replace(" ", "%20"));
        assertEquals(List.of(name), names(only));
        Api.Reply refused = signUp("app-lister").api().get("/application/?deleted=1");
        assertEquals(403, refused.status());
        assertEquals("not allowed to list applications", refused.error());
    }

    @Test
    void triggerAnswersThatNoScriptExistsUntilAutomationLands() {
        String id = application(unique("Triggered"));

        Api.Reply r = admin.post("/application/" + id + "/trigger", "script", "welcome");
        assertEquals(404, r.status(), r.toString());
        assertEquals("nonexistent script (\"welcome\")", r.error());
        assertEquals(400, admin.post("/application/" + id + "/trigger").status());
    }

    @Test
    void formBodiesCarryUnifyAsJsonTextAndThePathNeedsNoTrailingSlash() {
        Api.Reply form = admin.send("POST", "/application/", "application/x-www-form-urlencoded",
                "name=Form+App&enabled=yes&unify=%7B%22listed%22%3Atrue%7D");

        assertEquals(200, form.status(), form.toString());
        assertTrue(form.response().path("enabled").asBoolean());
        assertTrue(form.response().path("unify").path("listed").asBoolean());
        assertEquals(200, admin.get("/application").status());
    }
}
