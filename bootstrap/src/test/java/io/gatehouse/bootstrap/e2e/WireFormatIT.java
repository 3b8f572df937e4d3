package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WireFormatIT extends ServerFixture {

    @Test
    void statisticsCountUsersAndRolesForAdministratorsOnly() {
        String doomed = id(admin.post("/users/", "email", "stats-doomed@example.test"), "userID");
        admin.delete("/users/" + doomed);
        Api.Reply r = admin.get("/stats/");
        assertEquals(200, r.status(), r.toString());
        var users = r.response().path("users");
        assertTrue(users.path("total").asInt() >= 2);
        assertTrue(users.path("deleted").asInt() >= 1);
        assertEquals(users.path("total").asInt(), users.path("valid").asInt() + users.path("deleted").asInt()
                + users.path("suspended").asInt());
        var created = users.path("dailyCreated");
        assertEquals(0, created.size() % 2);
        assertEquals(0, created.get(0).asLong() % 86400, "days start at UTC midnight");
        assertTrue(r.response().path("roles").path("total").asInt() >= 2);
        assertTrue(r.response().path("applications").has("valid"));
        Api.Reply refused = signUp("stats-plain").api().get("/stats/");
        assertEquals(403, refused.status());
        assertEquals("not allowed to read statistics", refused.error());
    }

    @Test
    void subscriptionAnswersOkForSignedInCallers() {
        assertTrue(signUp("subscriber").api().get("/subscription/").isOk());
        assertEquals(401, anonymous.get("/subscription/").status());
    }

    @Test
    void versionAnswersOutsideTheApi() {
        Api.Reply r = new Api(server.baseUrl()).get("/version");
        assertEquals(200, r.status());
        assertTrue(r.response().path("version").isTextual());
        assertTrue(r.response().has("buildTime"));
    }

    @Test
    void pathsWorkWithAndWithoutTheTrailingSlash() {
        assertEquals(200, admin.get("/users/").status());
        assertEquals(200, admin.get("/users").status());
        assertEquals(200, admin.get("/users/" + adminId + "/").status());
    }

    @Test
    void unknownRoutesAndWrongMethodsAnswerInTheErrorEnvelope() {
        Api.Reply missing = admin.get("/no-such-thing/");
        assertEquals(404, missing.status());
        assertTrue(missing.error() != null && !missing.error().isEmpty(), missing.toString());
        Api.Reply wrongMethod = admin.send("PATCH", "/users/", "application/json", "{}");
        assertEquals(405, wrongMethod.status());
        assertTrue(wrongMethod.error() != null, wrongMethod.toString());
    }

    @Test
    void jsonWithCharsetFormBodiesAndNumericIdsAreAccepted() {
        Api.Reply json = admin.send("POST", "/users/", "application/json; charset=utf-8",
                "{\"email\":\"charset@example.test\",\"name\":\"Charset\"}");
        assertEquals(200, json.status(), json.toString());
        Api.Reply form = admin.send("POST", "/users/", "application/x-www-form-urlencoded",
                "email=form%40example.test&name=Form+User");
        assertEquals(200, form.status(), form.toString());
        assertEquals("Form User", form.response().path("name").asText());
        String org = id(admin.post("/organisations/", "name", "Numeric"), "organisationID");
        String role = id(admin.post("/roles/", "name", "Numeric Role", "handle", "numeric-role"), "roleID");
        Api.Reply numeric = admin.send("POST", "/roles/" + role + "/move", "application/json",
                "{\"organisationID\":" + org + "}");
        assertTrue(numeric.isOk(), numeric.toString());
        Api.Reply formMembers = admin.send("PUT", "/roles/" + role, "application/x-www-form-urlencoded",
                "members=" + adminId + "&members=" + adminId);
        assertEquals(200, formMembers.status(), formMembers.toString());
        assertEquals(1, admin.get("/roles/" + role + "/members").response().size());
    }

    @Test
    void multipartFieldsAreParameters() {
        String boundary = "gatehouse-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"email\"\r\n\r\nmultipart@example.test\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"name\"\r\n\r\nMulti Part\r\n"
                + "--" + boundary + "--\r\n";
        Api.Reply r = admin.send("POST", "/users/", "multipart/form-data; boundary=" + boundary, body);
        assertEquals(200, r.status(), r.toString());
        assertEquals("Multi Part", r.response().path("name").asText());
        Api.Reply broken = admin.send("POST", "/users/", "multipart/form-data", "--x\r\nnonsense");
        assertEquals(400, broken.status(), broken.toString());
    }

    @Test
    void malformedBodiesAreA400AndOtherMediaTypesA415() {
        Api.Reply malformed = admin.send("POST", "/users/", "application/json", "{\"email\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.error().startsWith("error parsing http request body"), malformed.error());
        Api.Reply xml = admin.send("POST", "/users/", "text/xml", "<user/>");
        assertEquals(415, xml.status(), xml.toString());
        Api.Reply badId = admin.send("POST", "/roles/1/move", "application/json", "{\"organisationID\": -5}");
        assertEquals(400, badId.status());
    }

    @Test
    void withoutAnAllowListNoOriginGetsCors() {
        Api.Reply r = new Api(server.baseUrl()).send("OPTIONS", "/users/", null, null);
        assertEquals(null, r.header("Access-Control-Allow-Origin"));
    }

    @Test
    void idsAreStringsAndTimestampsRfc3339() {
        Api.Reply r = admin.get("/users/" + adminId);
        assertTrue(r.response().path("userID").isTextual());
        String created = r.response().path("createdAt").asText();
        assertTrue(created.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"), created);
        assertTrue(r.header("Content-Type").startsWith("application/json"));
    }
}
