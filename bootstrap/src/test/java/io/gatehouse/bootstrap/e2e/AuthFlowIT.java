package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthFlowIT extends ServerFixture {

    @Test
    void authSettingsAnswerWithDefaults() {
        Api.Reply r = anonymous.get("/auth/");
        assertEquals(200, r.status(), r.toString());
        JsonNode s = r.response();
        assertTrue(s.path("internalEnabled").asBoolean());
        assertTrue(s.path("internalSignUpEnabled").asBoolean());
        assertFalse(s.path("internalSignUpEmailConfirmationRequired").asBoolean());
        assertTrue(s.path("externalProviders").isArray());
    }

    @Test
    void firstUserBecomesAdministratorAndLaterOnesDoNot() {
        Api.Reply check = admin.get("/auth/check");
        assertEquals(200, check.status(), check.toString());
        assertTrue(roles(check).contains("2"), check.toString());
        SignedUp second = signUp("second");
        assertFalse(roles(second.api().get("/auth/check")).contains("2"));
    }

    @Test
    void issuedTokensAreLongEnoughForCortezaJs() {
        SignedUp u = signUp("token");
        assertTrue(u.jwt().length() > 100, u.jwt());
        assertEquals(3, u.jwt().split("\\.").length);
    }

    @Test
    void loginWithTheRightPasswordIssuesAWorkingToken() {
        SignedUp u = signUp("login");
        Api.Reply r = anonymous.post("/auth/internal/login", "email", u.email(), "password", PASSWORD);
        assertEquals(200, r.status(), r.toString());
        String jwt = r.response().path("jwt").asText();
        assertEquals(u.userId(), r.response().path("user").path("userID").asText());
        assertEquals(200, anonymous.as(jwt).get("/users/" + u.userId()).status());
    }

    @Test
    void wrongPasswordAndUnknownAccountAnswerTheSame() {
        SignedUp u = signUp("wrong");
        Api.Reply wrong = anonymous.post("/auth/internal/login", "email", u.email(), "password", "not the password");
        Api.Reply unknown = anonymous.post("/auth/internal/login", "email", "nobody@example.test", "password", "whatever1");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals("invalid username and password combination", wrong.error());
        assertEquals(wrong.error(), unknown.error());
    }

    @Test
    void logoutRevokesTheToken() {
        SignedUp u = signUp("logout");
        assertEquals(200, u.api().get("/users/" + u.userId()).status());
        assertEquals(200, u.api().get("/auth/logout").status());
        Api.Reply after = u.api().get("/users/" + u.userId());
        assertEquals(401, after.status(), after.toString());
        assertEquals(401, u.api().get("/auth/check").status());
    }

    @Test
    void checkIssuesAFreshTokenForTheSameUser() {
        SignedUp u = signUp("check");
        Api.Reply r = u.api().get("/auth/check");
        assertEquals(200, r.status(), r.toString());
        String fresh = r.response().path("jwt").asText();
        assertNotNull(fresh);
        assertEquals(u.userId(), r.response().path("user").path("userID").asText());
        assertEquals(u.email(), r.response().path("user").path("email").asText());
        assertEquals(200, anonymous.as(fresh).get("/users/" + u.userId()).status());
    }

    @Test
    void changePasswordKeepsThisSessionAndRevokesTheOthers() {
        SignedUp u = signUp("change");
        Api other = anonymous.as(anonymous.post("/auth/internal/login", "email", u.email(), "password", PASSWORD)
                .response().path("jwt").asText());
        Api.Reply r = u.api().post("/auth/internal/change-password", "oldPassword", PASSWORD,
                "newPassword", "a new long password");
        assertEquals(200, r.status(), r.toString());
        assertEquals(200, u.api().get("/auth/check").status());
        assertEquals(401, other.get("/auth/check").status());
        assertEquals(401, anonymous.post("/auth/internal/login", "email", u.email(), "password", PASSWORD).status());
        assertEquals(200, anonymous.post("/auth/internal/login", "email", u.email(),
                "password", "a new long password").status());
    }

    @Test
    void changePasswordWithAWrongOldPasswordChangesNothing() {
        SignedUp u = signUp("change-wrong");
        Api.Reply r = u.api().post("/auth/internal/change-password", "oldPassword", "wrong old password",
                "newPassword", "a new long password");
        assertEquals(400, r.status(), r.toString());
        assertEquals("failed to change password, old password does not match", r.error());
        assertEquals(200, anonymous.post("/auth/internal/login", "email", u.email(), "password", PASSWORD).status());
    }

    @Test
    void signupRefusesShortPasswordsAndBadEmails() {
        Api.Reply shortPassword = anonymous.post("/auth/internal/signup", "email", "short@example.test",
                "password", "short");
        assertEquals(400, shortPassword.status());
        Api.Reply badEmail = anonymous.post("/auth/internal/signup", "email", "not-an-email", "password", PASSWORD);
        assertEquals(400, badEmail.status());
        assertEquals("invalid email", badEmail.error());
        assertEquals(401, anonymous.post("/auth/internal/login", "email", "short@example.test",
                "password", "short").status());
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenForTheRightPassword() {
        SignedUp u = signUp("throttle");
        for (int i = 0; i < 10; i++) {
            assertEquals(401, anonymous.post("/auth/internal/login", "email", u.email(), "password", "bad" + i).status());
        }
        Api.Reply limited = anonymous.post("/auth/internal/login", "email", u.email(), "password", PASSWORD);
        assertEquals(429, limited.status(), limited.toString());
        assertNotNull(limited.header("Retry-After"));
        assertTrue(Long.parseLong(limited.header("Retry-After")) > 0);
    }

    @Test
    void administratorsCanImpersonateForABoundedTime() throws Exception {
        SignedUp u = signUp("impersonated");
        Api.Reply r = admin.post("/auth/impersonate", "userID", u.userId(), "expire", 120);
        assertEquals(200, r.status(), r.toString());
        String jwt = r.response().path("jwt").asText();
        assertEquals(u.userId(), r.response().path("user").path("userID").asText());
        JsonNode claims = Api.JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertEquals(120, lifetime);
        Api.Reply asUser = anonymous.as(jwt).get("/auth/check");
        assertEquals(u.userId(), asUser.response().path("user").path("userID").asText());
        JsonNode refreshed = Api.JSON.readTree(java.util.Base64.getUrlDecoder()
                .decode(asUser.response().path("jwt").asText().split("\\.")[1]));
        assertEquals(claims.path("exp").asLong(), refreshed.path("exp").asLong(), "a refresh keeps the end");
        assertEquals(403, u.api().post("/auth/impersonate", "userID", adminId).status());
        assertEquals(400, admin.post("/auth/impersonate", "userID", u.userId(), "expire", 90000).status());
        admin.post("/users/" + u.userId() + "/suspend");
        assertEquals(409, admin.post("/auth/impersonate", "userID", u.userId()).status());
        assertEquals(401, anonymous.post("/auth/impersonate", "userID", u.userId()).status());
    }

    @Test
    void privateRoutesRefuseAnonymousCallers() {
        Api.Reply r = anonymous.get("/users/");
        assertEquals(401, r.status());
        assertEquals("Unauthorized", r.error());
        assertNotEquals(200, anonymous.as("not-a-jwt").get("/roles/").status());
    }

    private static List<String> roles(Api.Reply check) {
        List<String> out = new ArrayList<>();
        check.response().path("user").path("roles").forEach(n -> out.add(n.asText()));
        return out;
    }
}
