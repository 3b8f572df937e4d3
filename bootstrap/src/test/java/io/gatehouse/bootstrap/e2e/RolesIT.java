package io.gatehouse.bootstrap.e2e;

import static io.gatehouse.bootstrap.e2e.UsersIT.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolesIT extends ServerFixture {
    private int seq;

    private String role(String name) {
        String unique = name + (++seq);
        Api.Reply r = admin.post("/roles/", "name", unique, "handle", unique.toLowerCase().replace(' ', '-'));
        assertEquals(200, r.status(), r.toString());
        return id(r, "roleID");
    }

    @Test
    void listWithoutPagingReturnsEveryRoleWithFlags() {
        role("Listed");
        Api.Reply r = admin.get("/roles/");
        assertEquals(200, r.status(), r.toString());
        JsonNode set = r.response().path("set");
        assertTrue(set.size() >= 3);
        assertEquals(set.size(), r.response().path("filter").path("count").asInt());
        JsonNode everyone = set.get(0);
        assertEquals("1", everyone.path("roleID").asText());
        assertEquals("everyone", everyone.path("handle").asText());
        assertTrue(everyone.path("canGrant").asBoolean());
        assertFalse(everyone.path("canUpdateRole").asBoolean());
        assertFalse(everyone.path("canDeleteRole").asBoolean());
    }

    @Test
    void createValidatesAndRefusesDuplicates() {
        assertEquals(400, admin.post("/roles/", "name", "No Handle").status());
        assertEquals(400, admin.post("/roles/", "name", "Bad", "handle", "-bad-").status());
        admin.post("/roles/", "name", "Unique Name", "handle", "unique-name");
        Api.Reply byName = admin.post("/roles/", "name", "Unique Name", "handle", "other-handle");
        assertEquals(409, byName.status());
        assertEquals("role name not unique", byName.error());
        Api.Reply byHandle = admin.post("/roles/", "name", "Other Name", "handle", "unique-name");
        assertEquals("role handle not unique", byHandle.error());
    }

    @Test
    void createWithAnUnknownMemberWritesNothing() {
        Api.Reply r = admin.post("/roles/", "name", "Half Made", "handle", "half-made", "members", List.of("999999"));
        assertEquals(400, r.status(), r.toString());
        assertEquals(0, admin.get("/roles/?query=Half").response().path("filter").path("count").asInt());
    }

    @Test
    void membersAreSetListedAndEmptied() {
        SignedUp a = signUp("ma");
        SignedUp b = signUp("mb");
        Api.Reply created = admin.post("/roles/", "name", "Team", "handle", "team", "members",
                List.of(a.userId(), b.userId()));
        assertEquals(200, created.status(), created.toString());
        String team = id(created, "roleID");
        assertEquals(2, admin.get("/roles/" + team + "/members").response().size());
        Api.Reply keep = admin.put("/roles/" + team, "name", "Team Renamed");
        assertEquals("Team Renamed", keep.response().path("name").asText());
        assertEquals("team", keep.response().path("handle").asText());
        assertEquals(2, admin.get("/roles/" + team + "/members").response().size());
        assertEquals(200, admin.put("/roles/" + team, "members", List.of()).status());
        assertEquals(0, admin.get("/roles/" + team + "/members").response().size());
    }

    @Test
    void builtInRolesAreProtected() {
        assertEquals(403, admin.put("/roles/1", "name", "Renamed").status());
        assertEquals(403, admin.delete("/roles/1").status());
        assertEquals(403, admin.delete("/roles/2").status());
        assertEquals(403, admin.post("/roles/2/archive").status());
        assertEquals(400, admin.get("/roles/1/members").status());
        for (String other : texts(admin.get("/roles/2/members").response())) {
            if (!other.equals(adminId)) {
                assertTrue(admin.delete("/roles/2/member/" + other).isOk());
            }
        }
        Api.Reply lastAdmin = admin.delete("/roles/2/member/" + adminId);
        assertEquals(409, lastAdmin.status(), lastAdmin.toString());
        assertEquals(List.of(adminId), texts(admin.get("/roles/2/members").response()));
    }

    @Test
    void archiveUnarchiveDeleteUndelete() {
        String r = role("Cycle");
        assertTrue(admin.post("/roles/" + r + "/archive").isOk());
        assertTrue(admin.get("/roles/" + r).response().has("archivedAt"));
        assertTrue(admin.post("/roles/" + r + "/unarchive").isOk());
        assertFalse(admin.get("/roles/" + r).response().has("archivedAt"));
        assertTrue(admin.delete("/roles/" + r).isOk());
        assertTrue(admin.get("/roles/" + r).response().has("deletedAt"));
        assertTrue(admin.post("/roles/" + r + "/undelete").isOk());
        assertFalse(admin.get("/roles/" + r).response().has("deletedAt"));
    }

    @Test
    void mergeMovesMembersAndDeletesTheSource() {
        SignedUp u = signUp("merged");
        String source = role("Source");
        String destination = role("Destination");
        admin.post("/roles/" + source + "/member/" + u.userId());
        Api.Reply merge = admin.post("/roles/" + source + "/merge", "destination", destination);
        assertTrue(merge.isOk(), merge.toString());
        assertEquals(List.of(u.userId()), texts(admin.get("/roles/" + destination + "/members").response()));
        assertTrue(admin.get("/roles/" + source).response().has("deletedAt"));
        assertEquals(400, admin.post("/roles/" + destination + "/merge", "destination", destination).status());
    }

    @Test
    void moveSetsTheOrganisation() {
        String org = id(admin.post("/organisations/", "name", "Move Target"), "organisationID");
        String r = role("Mover");
        assertTrue(admin.post("/roles/" + r + "/move", "organisationID", org).isOk());
        assertEquals(org, admin.get("/roles/" + r).response().path("organisationID").asText());
        assertEquals(404, admin.post("/roles/" + r + "/move", "organisationID", "777777").status());
    }

    @Test
    void plainUsersCanReadButNotChangeRoles() {
        SignedUp plain = signUp("reader");
        String r = role("Readable");
        assertEquals(200, plain.api().get("/roles/" + r).status());
        assertEquals(403, plain.api().post("/roles/", "name", "Mine", "handle", "mine").status());
        assertEquals("not allowed to create roles",
                plain.api().post("/roles/", "name", "Mine", "handle", "mine").error());
        assertEquals(403, plain.api().put("/roles/" + r, "name", "Hijacked").status());
        assertEquals(403, plain.api().post("/roles/" + r + "/member/" + plain.userId()).status());
        assertEquals(403, plain.api().post("/roles/2/member/" + plain.userId()).status());
        assertFalse(texts(admin.get("/roles/2/members").response()).contains(plain.userId()));
    }

    @Test
    void membershipInAdministratorsGrantsRightsAtOnce() {
        SignedUp promoted = signUp("promoted");
        assertEquals(403, promoted.api().post("/roles/", "name", "Before", "handle", "before").status());
        assertTrue(admin.post("/roles/2/member/" + promoted.userId()).isOk());
        assertEquals(200, promoted.api().post("/roles/", "name", "After", "handle", "after").status());
    }

    @Test
    void listFiltersByQueryAndState() {
        String archived = role("Shelved");
        admin.post("/roles/" + archived + "/archive");
        String deleted = role("Removed");
        admin.delete("/roles/" + deleted);
        assertEquals(0, admin.get("/roles/?query=Shelved").response().path("filter").path("count").asInt());
        assertEquals(1, admin.get("/roles/?query=Shelved&archived=2").response().path("filter").path("count").asInt());
        assertEquals(1, admin.get("/roles/?query=Removed&deleted=1").response().path("filter").path("count").asInt());
        Api.Reply page = admin.get("/roles/?limit=1&sort=name%20DESC");
        assertEquals(1, page.response().path("set").size());
        assertTrue(page.response().path("filter").path("count").asInt() > 1);
        assertEquals(403, signUp("role-lister").api().get("/roles/?deleted=2").status());
    }

    @Test
    void unknownRolesAreNotFound() {
        assertEquals(404, admin.get("/roles/424242").status());
        assertEquals("role not found", admin.get("/roles/424242").error());
    }
}
