package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsersIT extends ServerFixture {

    private String createUser(String email, String name) {
        Api.Reply r = admin.post("/users/", "email", email, "name", name);
        assertEquals(200, r.status(), r.toString());
        return id(r, "userID");
    }

    @Test
    void createReturnsTheUserWithAGeneratedHandle() {
        Api.Reply r = admin.post("/users/", "email", "john.doe@example.test", "name", "john doe");
        assertEquals(200, r.status(), r.toString());
        JsonNode u = r.response();
        assertTrue(u.path("userID").isTextual());
        assertEquals("johnDoe", u.path("handle").asText());
        assertEquals("john.doe@example.test", u.path("email").asText());
        assertEquals("0", u.path("organisationID").asText());
        assertTrue(u.has("createdAt"));
        assertFalse(u.has("deletedAt"));
        assertFalse(u.has("password"));
    }

    @Test
    void createRefusesDuplicatesAndBadInputAndWritesNothing() {
        createUser("dup@example.test", "Dup");
        Api.Reply dup = admin.post("/users/", "email", "DUP@example.test", "name", "Dup again");
        assertEquals(409, dup.status(), dup.toString());
        assertEquals("email not unique", dup.error());
        assertEquals(400, admin.post("/users/", "email", "nope", "name", "x").status());
        assertEquals(400, admin.post("/users/", "email", "h@example.test", "handle", "1bad").status());
        assertEquals("invalid handle", admin.post("/users/", "email", "h@example.test", "handle", "1bad").error());
        assertEquals(0, count(admin.get("/users/?email=h@example.test")));
    }

    @Test
    void nonAdministratorsCannotCreateOrChangeOthers() {
        SignedUp plain = signUp("plain");
        String target = createUser("target@example.test", "Target Person");
        Api.Reply create = plain.api().post("/users/", "email", "x@example.test");
        assertEquals(403, create.status());
        assertEquals("not allowed to create users", create.error());
        Api.Reply update = plain.api().put("/users/" + target, "email", "changed@example.test", "name", "Changed");
        assertEquals(403, update.status());
        assertEquals(403, plain.api().delete("/users/" + target).status());
        assertEquals(403, plain.api().post("/users/" + target + "/suspend").status());
        JsonNode unchanged = admin.get("/users/" + target).response();
        assertEquals("target@example.test", unchanged.path("email").asText());
        assertFalse(unchanged.has("deletedAt"));
        assertFalse(unchanged.has("suspendedAt"));
    }

    @Test
    void othersSeeMaskedEmailAndNameButUsersSeeThemselves() {
        SignedUp plain = signUp("masked");
        String target = createUser("private@example.test", "Private Person");
        JsonNode seen = plain.api().get("/users/" + target).response();
        assertEquals("####.#######@######.###", seen.path("email").asText());
        assertEquals("##### ##########", seen.path("name").asText());
        JsonNode self = plain.api().get("/users/" + plain.userId()).response();
        assertEquals(plain.email(), self.path("email").asText());
        JsonNode byAdmin = admin.get("/users/" + target).response();
        assertEquals("private@example.test", byAdmin.path("email").asText());
    }

    @Test
    void updateReplacesProfileAndKeepsUsername() {
        SignedUp u = signUp("updater");
        Api.Reply r = admin.put("/users/" + u.userId(), "email", "updated-" + u.email(), "name", "New Name",
                "handle", "newHandle");
        assertEquals(200, r.status(), r.toString());
        assertEquals("New Name", r.response().path("name").asText());
        assertEquals("newHandle", r.response().path("handle").asText());
        assertTrue(r.response().has("updatedAt"));
        Api.Reply self = u.api().put("/users/" + u.userId(), "email", "updated-" + u.email(), "name", "Self Edit");
        assertEquals(200, self.status(), self.toString());
    }

    @Test
    void searchFiltersPagesAndCounts() {
        for (int i = 0; i < 5; i++) {
            createUser("page" + i + "@example.test", "Pager " + i);
        }
        Api.Reply page = admin.get("/users/?query=page&limit=2&sort=email%20DESC");
        assertEquals(200, page.status(), page.toString());
        assertEquals(5, page.response().path("filter").path("count").asInt());
        assertEquals(2, page.response().path("set").size());
        assertEquals("page4@example.test", page.response().path("set").get(0).path("email").asText());
        assertEquals("email DESC", page.response().path("filter").path("sort").asText());
        Api.Reply second = admin.get("/users/?query=page&page=3&perPage=2&sort=email");
        assertEquals(1, second.response().path("set").size());
        assertEquals(0, count(admin.get("/users/?query=nobody-matches-this")));
        assertTrue(admin.get("/users/?query=nobody-matches-this").response().path("set").isArray());
    }

    @Test
    void searchByIdsAndRoles() {
        String a = createUser("ids-a@example.test", "A");
        String b = createUser("ids-b@example.test", "B");
        Api.Reply r = admin.get("/users/?userID[]=" + a + "&userID[]=" + b);
        assertEquals(2, count(r));
        assertEquals(List.of(a, b), texts(r.response().path("filter").path("userID")));
        Api.Reply admins = admin.get("/users/?roleID[]=2");
        assertEquals(1, count(admins));
        assertEquals(adminId, admins.response().path("set").get(0).path("userID").asText());
    }

    @Test
    void searchByHandleKindAndStateFilters() {
        Api.Reply bot = admin.post("/users/", "email", "robot@example.test", "name", "Robo", "handle", "robo-handle",
                "kind", "bot");
        assertEquals(200, bot.status(), bot.toString());
        String botId = id(bot, "userID");
        assertEquals(1, count(admin.get("/users/?handle=robo-handle")));
        assertEquals(1, count(admin.get("/users/?kind=bot")));
        assertEquals("bot", admin.get("/users/?kind=bot").response().path("set").get(0).path("kind").asText());
        admin.post("/users/" + botId + "/suspend");
        assertEquals(0, count(admin.get("/users/?handle=robo-handle")));
        assertEquals(1, count(admin.get("/users/?handle=robo-handle&suspended=2")));
        assertEquals(1, count(admin.get("/users/?handle=robo-handle&incSuspended=true")));
        assertEquals(1, admin.get("/users/?handle=robo-handle&incSuspended=true").response().path("filter")
                .path("suspended").asInt());
        Api.Reply plain = signUp("state-filter").api().get("/users/?deleted=1");
        assertEquals(403, plain.status());
        assertEquals("not allowed to list users", plain.error());
        assertEquals(400, admin.post("/users/", "email", "k@example.test", "kind", "alien").status());
    }

    @Test
    void pagingIsEchoedInTheFilter() {
        JsonNode filter = admin.get("/users/?page=2&perPage=3").response().path("filter");
        assertEquals(2, filter.path("page").asInt());
        assertEquals(3, filter.path("perPage").asInt());
        assertEquals(3, filter.path("limit").asInt());
        assertEquals(3, filter.path("offset").asInt());
        JsonNode defaults = admin.get("/users/").response().path("filter");
        assertEquals(50, defaults.path("limit").asInt());
        assertEquals("id", defaults.path("sort").asText());
    }

    @Test
    void badQueryParametersAreRefusedNamingTheParameter() {
        Api.Reply sort = admin.get("/users/?sort=password");
        assertEquals(400, sort.status());
        assertTrue(sort.error().contains("password"), sort.error());
        Api.Reply limit = admin.get("/users/?limit=abc");
        assertEquals(400, limit.status());
        assertTrue(limit.error().contains("limit"), limit.error());
        assertEquals(400, admin.get("/users/?limit=5000").status());
        assertEquals(400, admin.get("/users/?userID[]=x1").status());
        assertEquals(400, admin.get("/users/?deleted=7").status());
        assertEquals(400, admin.get("/users/abc").status());
    }

    @Test
    void unknownUsersAreNotFound() {
        Api.Reply r = admin.get("/users/123456789");
        assertEquals(404, r.status());
        assertEquals("user not found", r.error());
        assertEquals(404, admin.delete("/users/123456789").status());
    }

    @Test
    void deleteHidesTheUserAndUndeleteBringsItBack() {
        String id = createUser("deleted@example.test", "Gone Soon");
        assertTrue(admin.delete("/users/" + id).isOk());
        assertTrue(admin.get("/users/" + id).response().has("deletedAt"));
        assertEquals(0, count(admin.get("/users/?email=deleted@example.test")));
        assertEquals(1, count(admin.get("/users/?email=deleted@example.test&deleted=2")));
        assertTrue(admin.post("/users/" + id + "/undelete").isOk());
        assertEquals(1, count(admin.get("/users/?email=deleted@example.test")));
    }

    @Test
    void deletedUsersFreeTheirEmail() {
        String id = createUser("reuse@example.test", "First");
        admin.delete("/users/" + id);
        Api.Reply again = admin.post("/users/", "email", "reuse@example.test", "name", "Second");
        assertEquals(200, again.status(), again.toString());
        Api.Reply undelete = admin.post("/users/" + id + "/undelete");
        assertEquals(409, undelete.status(), undelete.toString());
    }

    @Test
    void suspendRevokesSessionsAndBlocksLogin() {
        SignedUp u = signUp("suspended");
        assertTrue(admin.post("/users/" + u.userId() + "/suspend").isOk());
        assertEquals(401, u.api().get("/auth/check").status());
        assertEquals(401, anonymous.post("/auth/internal/login", "email", u.email(), "password", PASSWORD).status());
        assertTrue(admin.post("/users/" + u.userId() + "/unsuspend").isOk());
        assertEquals(200, anonymous.post("/auth/internal/login", "email", u.email(), "password", PASSWORD).status());
    }

    @Test
    void theLastAdministratorCannotBeSuspendedOrDeleted() {
        Api.Reply suspend = admin.post("/users/" + adminId + "/suspend");
        assertEquals(409, suspend.status(), suspend.toString());
        assertEquals(409, admin.delete("/users/" + adminId).status());
        assertEquals(200, admin.get("/auth/check").status());
    }

    @Test
    void setPasswordReplacesTheCredentialsAndRevokesSessions() {
        SignedUp u = signUp("setpw");
        assertEquals(400, admin.post("/users/" + u.userId() + "/password", "password", "short").status());
        assertTrue(admin.post("/users/" + u.userId() + "/password", "password", "brand new password").isOk());
        assertEquals(401, u.api().get("/auth/check").status());
        assertEquals(200, anonymous.post("/auth/internal/login", "email", u.email(),
                "password", "brand new password").status());
        assertEquals(403, signUp("other").api().post("/users/" + u.userId() + "/password",
                "password", "hijacked password").status());
    }

    @Test
    void membershipCanBeListedAddedAndRemoved() {
        SignedUp u = signUp("member");
        String role = id(admin.post("/roles/", "name", "Members Club", "handle", "members-club"), "roleID");
        assertTrue(admin.post("/users/" + u.userId() + "/membership/" + role).isOk());
        assertTrue(admin.post("/users/" + u.userId() + "/membership/" + role).isOk(), "adding twice is fine");
        assertEquals(List.of(role), texts(admin.get("/users/" + u.userId() + "/membership").response()));
        assertTrue(admin.delete("/users/" + u.userId() + "/membership/" + role).isOk());
        assertEquals(List.of(), texts(admin.get("/users/" + u.userId() + "/membership").response()));
        assertEquals(403, u.api().post("/users/" + u.userId() + "/membership/" + role).status());
    }

    @Test
    void triggerWithoutScriptsDoesNotPretendSuccess() {
        Api.Reply r = admin.post("/users/" + adminId + "/trigger", "script", "some-script");
        assertEquals(404, r.status(), r.toString());
        assertTrue(r.error().contains("some-script"));
    }

    private static int count(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
        return r.response().path("filter").path("count").asInt();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
