package io.gatehouse.application.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.testing.FakePasswordHasher;
import io.gatehouse.application.testing.FakeTokenIssuer;
import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.Severity;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.settings.AuthSettings;
import io.gatehouse.domain.shared.DomainException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AuthServiceTest {
    private static final String NEW_PASSWORD = "an even better one";
    private final Services s = new Services();

    private static <T extends DomainException> String refused(Class<T> kind, Executable call) {
        return assertThrows(kind, call).getMessage();
    }

    private AuthResult login(String email, String password) {
        return s.auth.login(s.anonymous(), email, password);
    }

    /** The caller of the session the last token was issued for. */
    private Caller callerOfLastToken() {
        FakeTokenIssuer.Issued issued = s.tokens.last();
        return s.authenticated(issued.sessionId(), issued.userId());
    }

    private String wrongLogin(String email) {
        return refused(DomainException.Unauthenticated.class, () -> login(email, "not the password"));
    }

    @Nested
    class Signup {
        private AuthResult signup(String email, String name) {
            return s.auth.signup(s.anonymous(), new SignUp(email, "", Services.PASSWORD, "", name));
        }

        @Test
        void firstUserBecomesAdministrator() {
            AuthResult first = signup("first@example.com", "First");
            assertEquals(List.of(Roles.ADMINISTRATORS), first.roles());
            assertEquals(List.of(Roles.ADMINISTRATORS), s.tokens.last().roleIds());
            assertFalse(first.jwt().isEmpty());
            assertEquals(Roles.ADMINISTRATORS, callerOfLastToken().roles().iterator().next());
            assertEquals("true", s.lastAction().meta().get("autoPromote"));
        }

        @Test
        void secondUserIsNotAdministrator() {
            AuthResult first = signup("first@example.com", "First");
            AuthResult second = signup("second@example.com", "Second");
            assertEquals(List.of(), second.roles());
            assertEquals(List.of(first.user().id()), s.stores.memberships().membersOf(Roles.ADMINISTRATORS));
        }

        @Test
        void firstUserIsCountedEvenAfterBeingDeleted() {
            User earlier = s.givenUser("earlier@example.com");
            s.stores.users().update(earlier.withDeletedAt(s.clock.instant(), s.clock.instant()));
            assertEquals(List.of(), signup("next@example.com", "Next").roles());
        }

        @Test
        void signupGeneratesAHandle() {
            AuthResult result = signup("jane@example.com", "jane doe");
            assertEquals("janeDoe", s.stored(result.user()).handle());
            assertTrue(s.stored(result.user()).emailConfirmed());
        }

        @Test
        void signupWithAKnownEmailLogsIn() {
            User known = s.givenUserWithPassword("known@example.com");
            AuthResult result = signup("known@example.com", "Someone");
            assertEquals(known.id(), result.user().id());
            assertEquals(1, s.stores.users().countAll());
            assertEquals(AuthService.BAD_CREDENTIALS, refused(DomainException.Unauthenticated.class,
                    () -> s.auth.signup(s.anonymous(), new SignUp("known@example.com", "", "wrong password", "", ""))));
        }

        @Test
        void signupCanBeDisabled() {
            s.givenSetting(AuthSettings.SIGNUP_ENABLED, "false");
            assertEquals("internal sign-up (username/password) is disabled",
                    refused(DomainException.Forbidden.class, () -> signup("a@example.com", "")));
            assertEquals(0, s.stores.users().countAll());
        }

        @Test
        void withConfirmationRequiredSignupIssuesNoTokenAndLoginWaitsForConfirmation() {
            s.givenSetting(AuthSettings.EMAIL_CONFIRMATION_REQUIRED, "true");
            AuthResult result = signup("a@example.com", "");
            assertEquals("", result.jwt());
            assertNull(result.roles());
            assertEquals(0, s.tokens.count());
            assertFalse(s.stored(result.user()).emailConfirmed());
            assertEquals("system requires confirmed email before logging in",
                    refused(DomainException.Forbidden.class, () -> login("a@example.com", Services.PASSWORD)));
            assertEquals(0, s.tokens.count());
        }

        @Test
        void weakPasswordIsRefusedBeforeAnythingHappens() {
            assertThrows(DomainException.Invalid.class, () -> new SignUp("a@example.com", "", "short", "", ""));
        }
    }

    @Nested
    class Login {
        private final User alice = s.givenUserWithPassword("alice@example.com");

        @Test
        void rightPasswordIssuesATokenBackedByALiveSession() {
            AuthResult result = login("Alice@Example.com", Services.PASSWORD);
            assertEquals(alice.id(), result.user().id());
            assertEquals(s.tokens.last().token(), result.jwt());
            assertEquals(s.clock.instant().plus(Duration.ofHours(12)), s.tokens.last().expiresAt());
            assertEquals(alice.id(), callerOfLastToken().userId());
            assertEquals(s.clock.instant(), s.stores.credentials().lastUsed(alice.id()).orElseThrow());
        }

        @Test
        void wrongPasswordAndUnknownEmailGiveTheSameMessage() {
            assertEquals(AuthService.BAD_CREDENTIALS, wrongLogin("alice@example.com"));
            assertEquals(AuthService.BAD_CREDENTIALS, wrongLogin("nobody@example.com"));
            assertEquals(AuthService.BAD_CREDENTIALS, refused(DomainException.Unauthenticated.class,
                    () -> login("alice@example.com", "")));
            assertEquals(0, s.tokens.count());
        }

        @Test
        void unknownEmailIsStillVerifiedAgainstTheDecoyHash() {
            wrongLogin("nobody@example.com");
            assertEquals(FakePasswordHasher.DECOY, s.hasher.verifiedAgainst().get(0));
        }

        @Test
        void suspendedUserCannotLogIn() {
            s.suspend(alice);
            assertEquals(AuthService.BAD_CREDENTIALS, refused(DomainException.Unauthenticated.class,
                    () -> login("alice@example.com", Services.PASSWORD)));
        }

        @Test
        void deletedUserCannotLogIn() {
            s.stores.users().update(alice.withDeletedAt(s.clock.instant(), s.clock.instant()));
            assertThrows(DomainException.Unauthenticated.class, () -> login("alice@example.com", Services.PASSWORD));
        }

        @Test
        void malformedEmailIsInvalid() {
            assertEquals("invalid email", refused(DomainException.Invalid.class, () -> login("alice", "x")));
        }

        @Test
        void internalLoginCanBeDisabled() {
            s.givenSetting(AuthSettings.INTERNAL_ENABLED, "false");
            assertEquals("internal login (username/password) is disabled", refused(DomainException.Forbidden.class,
                    () -> login("alice@example.com", Services.PASSWORD)));
        }

        @Test
        void everyFailureIsRecordedEvenThoughTheLoginRolledBack() {
            wrongLogin("alice@example.com");
            ActionRecord record = s.lastAction();
            assertEquals("system:auth", record.resource());
            assertEquals("authenticate", record.action());
            assertEquals(AuthService.BAD_CREDENTIALS, record.error());
            assertEquals(Severity.ALERT, record.severity());
            assertEquals("alice@example.com", record.meta().get("email"));
            assertEquals(Services.ADDRESS, record.actorIpAddress());
        }

        @Test
        void successIsRecordedWithTheUser() {
            login("alice@example.com", Services.PASSWORD);
            ActionRecord record = s.lastAction();
            assertEquals("authenticate", record.action());
            assertEquals("", record.error());
            assertEquals(String.valueOf(alice.id()), record.meta().get("user.ID"));
        }

        @Test
        void sessionEndsWhenItExpires() {
            login("alice@example.com", Services.PASSWORD);
            Caller caller = callerOfLastToken();
            s.advance(Duration.ofHours(12));
            assertFalse(s.sessionIsLive(caller));
        }

        @Test
        void sessionDoesNotAuthenticateAnotherUser() {
            login("alice@example.com", Services.PASSWORD);
            long sessionId = s.tokens.last().sessionId();
            assertTrue(s.auth.authenticate(sessionId, alice.id() + 1, Services.ADDRESS, "").isEmpty());
        }
    }

    @Nested
    class Throttling {
        private final User alice = s.givenUserWithPassword("alice@example.com");

        private void failTimes(String email, int times) {
            for (int i = 0; i < times; i++) {
                wrongLogin(email);
            }
        }

        @Test
        void tenFailuresThrottleTheAccountEvenForTheRightPassword() {
            failTimes("alice@example.com", 10);
            DomainException.RateLimited limited = assertThrows(DomainException.RateLimited.class,
                    () -> login("alice@example.com", Services.PASSWORD));
            assertEquals(900, limited.retryAfterSeconds());
            assertEquals(0, s.tokens.count());
        }

        @Test
        void nineFailuresDoNotThrottle() {
            failTimes("alice@example.com", 9);
            assertEquals(alice.id(), login("alice@example.com", Services.PASSWORD).user().id());
        }

        @Test
        void retryAfterCountsDownFromTheOldestFailure() {
            failTimes("alice@example.com", 1);
            s.advance(Duration.ofMinutes(5));
            failTimes("alice@example.com", 9);
            DomainException.RateLimited limited = assertThrows(DomainException.RateLimited.class,
                    () -> login("alice@example.com", Services.PASSWORD));
            assertEquals(600, limited.retryAfterSeconds());
        }

        @Test
        void throttleClearsAfterTheWindow() {
            failTimes("alice@example.com", 10);
            s.advance(Duration.ofMinutes(15));
            assertThrows(DomainException.RateLimited.class, () -> login("alice@example.com", Services.PASSWORD));
            s.advance(Duration.ofSeconds(1));
            assertEquals(alice.id(), login("alice@example.com", Services.PASSWORD).user().id());
        }

        @Test
        void throttleIsPerAccount() {
            s.givenUserWithPassword("bob@example.com");
            failTimes("alice@example.com", 10);
            assertFalse(login("bob@example.com", Services.PASSWORD).jwt().isEmpty());
        }

        @Test
        void successClearsTheAccountsFailures() {
            failTimes("alice@example.com", 9);
            login("alice@example.com", Services.PASSWORD);
            failTimes("alice@example.com", 9);
            assertFalse(login("alice@example.com", Services.PASSWORD).jwt().isEmpty());
        }

        @Test
        void failuresOfUnknownAccountsCountToo() {
            failTimes("nobody@example.com", 10);
            assertThrows(DomainException.RateLimited.class, () -> login("nobody@example.com", "whatever"));
        }

        @Test
        void clientAddressIsThrottledAcrossAccounts() {
            Services strict = new Services(new AuthConfig(Duration.ofHours(12), 10, 3, Duration.ofMinutes(15)));
            strict.givenUserWithPassword("carol@example.com");
            for (String email : List.of("a@example.com", "b@example.com", "c@example.com")) {
                assertThrows(DomainException.Unauthenticated.class,
                        () -> strict.auth.login(strict.anonymous(), email, "wrong password"));
            }
            assertThrows(DomainException.RateLimited.class,
                    () -> strict.auth.login(strict.anonymous(), "carol@example.com", Services.PASSWORD));
            Caller elsewhere = Caller.anonymous("198.51.100.1", "");
            assertFalse(strict.auth.login(elsewhere, "carol@example.com", Services.PASSWORD).jwt().isEmpty());
        }
    }

    @Nested
    class Sessions {
        private final User alice = s.givenUserWithPassword("alice@example.com");
        private Caller current;

        @BeforeEach
        void loggedIn() {
            login("alice@example.com", Services.PASSWORD);
            current = callerOfLastToken();
        }

        @Test
        void changePasswordRevokesTheOtherSessionsOnly() {
            Caller other = s.signIn(alice);
            s.auth.changePassword(current, Services.PASSWORD, NEW_PASSWORD);
            assertTrue(s.sessionIsLive(current));
            assertFalse(s.sessionIsLive(other));
            assertThrows(DomainException.Unauthenticated.class, () -> login("alice@example.com", Services.PASSWORD));
            assertEquals(alice.id(), login("alice@example.com", NEW_PASSWORD).user().id());
        }

        @Test
        void changePasswordNeedsTheOldPassword() {
            assertEquals("failed to change password, old password does not match",
                    refused(DomainException.Invalid.class, () -> s.auth.changePassword(current, "wrong one", NEW_PASSWORD)));
            assertThrows(DomainException.Invalid.class, () -> s.auth.changePassword(current, "", NEW_PASSWORD));
            assertThrows(DomainException.Invalid.class, () -> s.auth.changePassword(current, Services.PASSWORD, "short"));
            assertEquals(s.hasher.hash(Services.PASSWORD), s.stores.credentials().passwordHash(alice.id()).orElseThrow());
        }

        @Test
        void changePasswordNeedsAnIdentity() {
            assertEquals("invalid user (not authenticated)", refused(DomainException.Unauthenticated.class,
                    () -> s.auth.changePassword(s.anonymous(), Services.PASSWORD, NEW_PASSWORD)));
        }

        @Test
        void checkIssuesAFreshTokenAndExtendsTheSession() {
            s.advance(Duration.ofHours(11));
            AuthResult refreshed = s.auth.check(current);
            assertEquals(s.tokens.last().token(), refreshed.jwt());
            assertEquals(current.sessionId(), s.tokens.last().sessionId());
            assertEquals(s.clock.instant().plus(Duration.ofHours(12)), s.tokens.last().expiresAt());
            s.advance(Duration.ofHours(2));
            assertTrue(s.sessionIsLive(current), "13 hours after login the session still lives");
        }

        @Test
        void checkReportsCurrentRoles() {
            s.stores.memberships().add(Roles.ADMINISTRATORS, alice.id());
            assertEquals(List.of(Roles.ADMINISTRATORS), s.auth.check(current).roles());
        }

        @Test
        void checkRefusesSuspendedUsers() {
            s.suspend(alice);
            assertEquals(AuthService.NOT_AUTHENTICATED, refused(DomainException.Unauthenticated.class,
                    () -> s.auth.check(current)));
        }

        @Test
        void checkRefusesAnonymousCallers() {
            assertThrows(DomainException.Unauthenticated.class, () -> s.auth.check(s.anonymous()));
        }

        @Test
        void logoutRevokesTheSession() {
            s.auth.logout(current);
            assertFalse(s.sessionIsLive(current));
            s.auth.logout(s.anonymous());
        }
    }

    @Nested
    class Housekeeping {
        @Test
        void endedSessionsArePurgedAfterADayAndLiveOnesStay() {
            User ann = s.givenUserWithPassword("ann@example.com");
            Caller ended = s.signIn(ann);
            s.auth.logout(ended);
            assertEquals(0, s.auth.purgeEndedSessions());
            s.advance(Duration.ofHours(25));
            Caller live = s.signIn(ann);
            assertEquals(1, s.auth.purgeEndedSessions());
            assertTrue(s.sessionIsLive(live));
        }

        @Test
        void failedLoginsOlderThanADayArePurged() {
            s.givenUserWithPassword("ann@example.com");
            wrongLogin("ann@example.com");
            assertEquals(0, s.auth.purgeStaleLoginFailures());
            s.advance(Duration.ofHours(25));
            assertEquals(2, s.auth.purgeStaleLoginFailures(), "the account's and the address's failure");
        }
    }

    @Nested
    class Impersonation {
        private final User admin = s.givenAdmin("admin@example.com");
        private final User ann = s.givenUserWithPassword("ann@example.com");

        @Test
        void administratorsGetASessionAsTheUserThatRecordsWhoOpenedIt() {
            AuthResult result = s.auth.impersonate(s.signIn(admin), ann.id(), 0);
            assertEquals(ann.id(), result.user().id());
            FakeTokenIssuer.Issued issued = s.tokens.last();
            assertEquals(ann.id(), issued.userId());
            assertEquals(ann.id(), callerOfLastToken().userId());
            ActionRecord recorded = s.lastAction();
            assertEquals("impersonate", recorded.action());
            assertEquals(Long.toString(admin.id()), recorded.meta().get("impersonator.ID"));
        }

        @Test
        void expireBoundsTheSessionToAtMostADay() {
            s.auth.impersonate(s.signIn(admin), ann.id(), 60);
            Caller impersonated = callerOfLastToken();
            s.advance(Duration.ofSeconds(30));
            s.auth.check(impersonated);
            assertEquals(Services.START.plusSeconds(60), s.tokens.last().expiresAt(), "check does not extend it");
            s.advance(Duration.ofSeconds(31));
            assertFalse(s.sessionIsLive(impersonated));
            assertEquals("invalid expire: at most 86400 seconds", refused(DomainException.Invalid.class,
                    () -> s.auth.impersonate(s.signIn(admin), ann.id(), 86_401)));
        }

        @Test
        void othersAreRefusedAndSuspendedUsersCannotBeImpersonated() {
            assertEquals("not allowed to impersonate this user", refused(DomainException.Forbidden.class,
                    () -> s.auth.impersonate(s.signIn(ann), admin.id(), 0)));
            s.suspend(ann);
            refused(DomainException.Conflict.class, () -> s.auth.impersonate(s.signIn(admin), ann.id(), 0));
            refused(DomainException.NotFound.class, () -> s.auth.impersonate(s.signIn(admin), 999_999, 0));
            refused(DomainException.Unauthenticated.class, () -> s.auth.impersonate(s.anonymous(), ann.id(), 0));
        }
    }
}
