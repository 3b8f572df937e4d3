package io.gatehouse.application.auth;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Action;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.application.user.UserService;
import io.gatehouse.domain.identity.AuthenticatedSession;
import io.gatehouse.domain.identity.CredentialStore;
import io.gatehouse.domain.identity.Emails;
import io.gatehouse.domain.identity.LoginFailureStore;
import io.gatehouse.domain.identity.PasswordHasher;
import io.gatehouse.domain.identity.PasswordPolicy;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.SessionStore;
import io.gatehouse.domain.identity.TokenIssuer;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.settings.AuthSettings;
import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.settings.SettingsStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.IdGenerator;
import io.gatehouse.domain.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions and internal (password) authentication. */
public final class AuthService {
    private static final String RES = "system:auth";
    public static final String BAD_CREDENTIALS = "invalid username and password combination";
    public static final String NOT_AUTHENTICATED = "not authenticated";

    private final UseCases useCases;
    private final Transactions transactions;
    private final UserStore users;
    private final UserService userService;
    private final CredentialStore credentials;
    private final SessionStore sessions;
    private final MembershipStore members;
    private final SettingsStore settings;
    private final LoginFailureStore failures;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuthConfig config;
    private final AccessControl access;

    public AuthService(UseCases useCases, Transactions transactions, UserStore users, UserService userService,
                       CredentialStore credentials, SessionStore sessions, MembershipStore members,
                       SettingsStore settings, LoginFailureStore failures, PasswordHasher hasher,
                       TokenIssuer tokens, IdGenerator ids, Clock clock, AuthConfig config, AccessControl access) {
        this.useCases = useCases;
        this.transactions = transactions;
        this.users = users;
        this.userService = userService;
        this.credentials = credentials;
        this.sessions = sessions;
        this.members = members;
        this.settings = settings;
        this.failures = failures;
        this.hasher = hasher;
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
        this.config = config;
        this.access = access;
    }

    /**
     * The caller behind a verified token: its session must be live and its user valid, checked
     * in one lookup. Empty when the session was revoked, expired, or belongs to someone else.
     */
    public Optional<Caller> authenticate(long sessionId, long userId, String clientAddress, String requestId) {
        Optional<AuthenticatedSession> found = sessions.resolve(sessionId, clock.instant());
        if (found.isEmpty() || found.get().userId() != userId) {
            return Optional.empty();
        }
        AuthenticatedSession s = found.get();
        return Optional.of(new Caller(s.userId(), s.roleIds(), sessionId, clientAddress, requestId, s.ruleVersion()));
    }

    public AuthSettings settings() {
        Map<String, String> values = new HashMap<>();
        for (SettingValue v : settings.list("auth.", 0)) {
            values.put(v.name(), v.value());
        }
        return AuthSettings.from(values);
    }

    public AuthResult login(Caller caller, String email, String password) {
        return useCases.change(caller, RES, "authenticate", a -> {
            a.meta("credentials.kind", "password");
            if (!settings().internalEnabled()) {
                throw new DomainException.Forbidden("internal login (username/password) is disabled");
            }
            String address = Emails.validate(email);
            a.meta("email", address);
            User user = verifyPassword(caller, address, password);
            return signIn(a, caller, user);
        });
    }

    public AuthResult signup(Caller caller, SignUp cmd) {
        return useCases.change(caller, RES, "internalSignup", a -> {
            a.meta("email", cmd.email());
            AuthSettings auth = settings();
            if (!auth.internalEnabled() || !auth.signUpEnabled()) {
                throw new DomainException.Forbidden("internal sign-up (username/password) is disabled");
            }
            if (users.findValidByEmail(cmd.email()).isPresent()) {
                // As the reference: signing up with a known address is a login with that password.
                return signIn(a, caller, verifyPassword(caller, cmd.email(), cmd.password()));
            }
            Instant now = clock.instant();
            User user = new User(ids.next(), cmd.username(), cmd.email(), cmd.name(), cmd.handle(), "", null, 0,
                    !auth.emailConfirmationRequired(), now, null, null, null);
            a.before(RES, "beforeSignup", Map.of("user", user, "provider", "internal"));
            user = userService.withGeneratedHandle(user);
            users.insert(user);
            credentials.setPassword(ids.next(), user.id(), hasher.hash(cmd.password()), now);
            a.resource(RES).meta("user.ID", user.id());
            if (users.countAll() <= 1) {
                members.add(Roles.ADMINISTRATORS, user.id());
                a.meta("autoPromote", "true");
            }
            a.after(RES, "afterSignup", Map.of("user", user, "provider", "internal"));
            if (!user.emailConfirmed()) {
                return new AuthResult("", user, null);
            }
            return issue(caller, user, now);
        });
    }

    /** The longest an impersonation session may last. */
    public static final Duration MAX_IMPERSONATION = Duration.ofHours(24);

    /**
     * A session as another user, for administrators helping them ({@code system}
     * {@code impersonate}). Suspended and deleted users cannot be impersonated. {@code expireSeconds}
     * bounds the session (0: the normal lifetime; at most 24 h). The session records who opened it.
     */
    public AuthResult impersonate(Caller caller, long userId, long expireSeconds) {
        return useCases.change(caller, RES, "impersonate", a -> {
            if (!caller.isAuthenticated()) {
                throw new DomainException.Unauthenticated(NOT_AUTHENTICATED);
            }
            a.meta("impersonator.ID", caller.userId()).meta("user.ID", userId);
            access.require(caller, Resources.SYSTEM, Operations.IMPERSONATE, "not allowed to impersonate this user");
            if (expireSeconds < 0 || expireSeconds > MAX_IMPERSONATION.toSeconds()) {
                throw new DomainException.Invalid("invalid expire: at most " + MAX_IMPERSONATION.toSeconds() + " seconds");
            }
            if (userId <= 0) {
                throw new DomainException.Invalid("invalid userID");
            }
            User target = users.findById(userId).orElseThrow(() -> new DomainException.NotFound("user not found"));
            if (!target.isValid()) {
                throw new DomainException.Conflict("cannot impersonate a suspended or deleted user");
            }
            Instant now = clock.instant();
            Duration ttl = expireSeconds > 0 ? Duration.ofSeconds(expireSeconds) : config.tokenTtl();
            Instant expires = now.plus(ttl.compareTo(MAX_IMPERSONATION) > 0 ? MAX_IMPERSONATION : ttl);
            long sessionId = ids.next();
            sessions.insert(new Session(sessionId, target.id(), now, expires, null, caller.clientAddress(),
                    caller.userId()));
            List<Long> roles = members.activeRolesOf(target.id());
            return new AuthResult(tokens.issue(target.id(), roles, sessionId, now, expires), target, roles);
        });
    }

    /**
     * Re-validates the caller and issues a fresh token for the same session, extending it (except
     * an impersonation, which keeps its end).
     */
    public AuthResult check(Caller caller) {
        return useCases.change(caller, RES, "issueToken", a -> {
            if (!caller.isAuthenticated() || caller.sessionId() == 0) {
                throw new DomainException.Unauthenticated(NOT_AUTHENTICATED);
            }
            User user = users.findById(caller.userId()).filter(User::isValid)
                    .orElseThrow(() -> new DomainException.Unauthenticated(NOT_AUTHENTICATED));
            Instant now = clock.instant();
            Session session = sessions.resolve(caller.sessionId(), now)
                    .orElseThrow(() -> new DomainException.Unauthenticated(NOT_AUTHENTICATED)).session();
            // An impersonation keeps the end it was given; other sessions are extended.
            Instant expires = session.impersonatorId() != 0 ? session.expiresAt() : now.plus(config.tokenTtl());
            if (session.impersonatorId() == 0) {
                sessions.extend(caller.sessionId(), expires);
            }
            List<Long> roles = members.activeRolesOf(user.id());
            return new AuthResult(tokens.issue(user.id(), roles, caller.sessionId(), now, expires), user, roles);
        });
    }

    public void logout(Caller caller) {
        if (caller.sessionId() == 0) {
            return;
        }
        useCases.change(caller, RES, "logout", a -> {
            sessions.revoke(caller.sessionId(), clock.instant());
            return null;
        });
    }

    public void changePassword(Caller caller, String oldPassword, String newPassword) {
        useCases.change(caller, RES, "changePassword", a -> {
            if (!caller.isAuthenticated()) {
                throw new DomainException.Unauthenticated("invalid user (not authenticated)");
            }
            a.meta("user.ID", caller.userId());
            if (oldPassword == null || oldPassword.isEmpty()) {
                throw new DomainException.Invalid(PasswordPolicy.WEAK);
            }
            PasswordPolicy.check(newPassword);
            String hash = credentials.passwordHash(caller.userId()).orElse(hasher.decoyHash());
            if (!hasher.verify(oldPassword, hash)) {
                throw new DomainException.Invalid("failed to change password, old password does not match");
            }
            Instant now = clock.instant();
            credentials.setPassword(ids.next(), caller.userId(), hasher.hash(newPassword), now);
            sessions.revokeAllOf(caller.userId(), caller.sessionId(), now);
            return null;
        });
    }

    /** Housekeeping: forgets sessions that ended (expired or revoked) more than a day ago. */
    public int purgeEndedSessions() {
        return transactions.inTransaction(() -> sessions.purgeEndedBefore(clock.instant().minus(Duration.ofDays(1))));
    }

    /** Housekeeping: forgets failed logins that no throttling window can still see (and at least a day old). */
    public int purgeStaleLoginFailures() {
        Duration keep = config.failureWindow().compareTo(Duration.ofDays(1)) > 0 ? config.failureWindow() : Duration.ofDays(1);
        return transactions.inTransaction(() -> failures.purgeBefore(clock.instant().minus(keep)));
    }

    /**
     * Checks the password with flat timing for unknown accounts, under the per-account and
     * per-address failure limits (checked first, so even the right password waits them out).
     */
    private User verifyPassword(Caller caller, String email, String password) {
        Instant now = clock.instant();
        String accountKey = "account:" + Emails.key(email);
        String addressKey = "address:" + caller.clientAddress();
        throttle(accountKey, config.accountFailures(), now);
        throttle(addressKey, config.addressFailures(), now);

        Optional<User> user = users.findValidByEmail(email);
        String hash = user.flatMap(u -> credentials.passwordHash(u.id())).orElse(null);
        String given = password == null ? "" : password;
        boolean matches = hasher.verify(given, hash == null ? hasher.decoyHash() : hash);
        boolean ok = matches && hash != null && !given.isEmpty();
        if (!ok) {
            transactions.inNewTransaction(() -> {
                failures.record(accountKey, now);
                failures.record(addressKey, now);
                return null;
            });
            throw new DomainException.Unauthenticated(BAD_CREDENTIALS);
        }
        failures.clear(accountKey);
        credentials.touchPassword(user.get().id(), now);
        return user.get();
    }

    private void throttle(String key, int limit, Instant now) {
        LoginFailureStore.Recent recent = failures.recent(key, now.minus(config.failureWindow()));
        if (recent.count() >= limit) {
            long wait = Duration.between(now, recent.oldest().plus(config.failureWindow())).toSeconds();
            throw new DomainException.RateLimited("too many failed login attempts; try again later", Math.max(1, wait));
        }
    }

    private AuthResult signIn(Action a, Caller caller, User user) {
        a.resource(RES).meta("user.ID", user.id());
        a.before(RES, "beforeLogin", Map.of("user", user, "provider", "internal"));
        if (!user.emailConfirmed() && settings().emailConfirmationRequired()) {
            throw new DomainException.Forbidden("system requires confirmed email before logging in");
        }
        AuthResult result = issue(caller, user, clock.instant());
        a.after(RES, "afterLogin", Map.of("user", user, "provider", "internal"));
        return result;
    }

    private AuthResult issue(Caller caller, User user, Instant now) {
        Instant expires = now.plus(config.tokenTtl());
        long sessionId = ids.next();
        sessions.insert(new Session(sessionId, user.id(), now, expires, null, caller.clientAddress(), 0));
        List<Long> roles = members.activeRolesOf(user.id());
        return new AuthResult(tokens.issue(user.id(), roles, sessionId, now, expires), user, roles);
    }
}
