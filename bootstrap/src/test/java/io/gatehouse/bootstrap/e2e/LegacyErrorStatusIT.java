package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** corteza-js 2020.9 web apps read errors from 200 bodies only: legacy mode keeps them working. */
class LegacyErrorStatusIT extends ServerFixture {

    @Override
    protected Map<String, String> environment() {
        return Map.of("GATEHOUSE_API_LEGACY_ERROR_STATUS", "true");
    }

    @Test
    void errorsAreSentWith200AndTheSameEnvelope() {
        Api.Reply notFound = admin.get("/users/123456");
        assertEquals(200, notFound.status());
        assertEquals("user not found", notFound.error());
        Api.Reply unauthorized = anonymous.get("/users/");
        assertEquals(200, unauthorized.status());
        assertEquals("Unauthorized", unauthorized.error());
        Api.Reply forbidden = signUp("legacy").api().post("/users/", "email", "x@example.test");
        assertEquals(200, forbidden.status());
        assertEquals("not allowed to create users", forbidden.error());
    }

    @Test
    void successIsUnchanged() {
        assertEquals(200, admin.get("/users/" + adminId).status());
        assertEquals(adminId, admin.get("/users/" + adminId).response().path("userID").asText());
    }
}
