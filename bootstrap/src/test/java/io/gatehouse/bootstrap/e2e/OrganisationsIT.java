package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganisationsIT extends ServerFixture {

    @Test
    void administratorsManageOrganisations() {
        Api.Reply created = admin.post("/organisations/", "name", "Acme");
        assertEquals(200, created.status(), created.toString());
        String id = id(created, "organisationID");
        assertEquals("Acme", admin.get("/organisations/" + id).response().path("name").asText());
        assertEquals("Acme Ltd", admin.put("/organisations/" + id, "name", "Acme Ltd").response().path("name").asText());
        Api.Reply list = admin.get("/organisations/?query=Acme");
        assertTrue(list.response().isArray());
        assertEquals(1, list.response().size());
        assertTrue(admin.post("/organisations/" + id + "/archive").isOk());
        assertEquals(0, admin.get("/organisations/?query=Acme").response().size());
        assertEquals(404, admin.get("/organisations/" + id).status());
    }

    @Test
    void plainUsersCanReadButNotChange() {
        String id = id(admin.post("/organisations/", "name", "Readonly Org"), "organisationID");
        SignedUp plain = signUp("org-reader");
        assertEquals(200, plain.api().get("/organisations/" + id).status());
        assertEquals(403, plain.api().post("/organisations/", "name", "Mine").status());
        assertEquals(403, plain.api().put("/organisations/" + id, "name", "Hijacked").status());
        assertEquals(403, plain.api().delete("/organisations/" + id).status());
        assertEquals(403, plain.api().post("/organisations/" + id + "/archive").status());
        assertEquals("Readonly Org", admin.get("/organisations/" + id).response().path("name").asText());
    }

    @Test
    void badInputAndUnknownIds() {
        assertEquals(400, admin.post("/organisations/").status());
        assertEquals(400, admin.post("/organisations/", "name", "x".repeat(300)).status());
        assertEquals(404, admin.get("/organisations/987654").status());
        assertEquals(404, admin.put("/organisations/987654", "name", "Ghost").status());
        assertEquals(400, admin.get("/organisations/zero").status());
    }
}
