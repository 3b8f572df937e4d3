package io.gatehouse.application.testing;

import io.gatehouse.application.application.ApplicationService;
import io.gatehouse.application.auth.AuthConfig;
import io.gatehouse.application.auth.AuthService;
import io.gatehouse.application.actionlog.ActionLogService;
import io.gatehouse.application.organisation.OrganisationService;
import io.gatehouse.application.permission.PermissionService;
import io.gatehouse.application.reminder.ReminderService;
import io.gatehouse.application.role.RoleService;
import io.gatehouse.application.settings.SettingsService;
import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.ActionLogPolicy;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Memberships;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.application.user.UserService;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.application.Application;
import io.gatehouse.domain.automation.EventDispatcher;
import io.gatehouse.domain.automation.ScriptRunner;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.shared.IdGenerator;
import io.gatehouse.domain.testing.memory.InMemoryStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mockito.Mockito;

/**
 * Every application service wired against one {@link InMemoryStores}, with a clock tests move,
 * sequential ids, a fast hasher, a readable token issuer and a Mockito mock as the event
 * dispatcher. The {@code given*} helpers write straight to the stores, so only the service under
 * test leaves traces in the action log and the events.
 */
public final class Services {
    public static final Instant START = Instant.parse("2024-03-01T09:00:00Z");
    public static final String ADDRESS = "203.0.113.7";
    public static final String PASSWORD = "correct horse battery";

    public final InMemoryStores stores = new InMemoryStores();
    public final MutableClock clock = new MutableClock(START);
    public final IdGenerator ids = new SequentialIds();
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final FakeTokenIssuer tokens = new FakeTokenIssuer();
    public final EventDispatcher events = Mockito.mock(EventDispatcher.class);
    public final AuthConfig authConfig;
    public final AccessControl access;
    public final UseCases useCases;
    public final Memberships memberships;
    public final UserService users;
    public final RoleService roles;
    public final OrganisationService organisations;
    public final AuthService auth;
    public final PermissionService permissions;
    public final ActionLogService actionLog;
    public final SettingsService settings;
    public final ApplicationService applications;
    public final ReminderService reminders;

    public Services() {
        this(ActionLogPolicy.PRODUCTION, AuthConfig.DEFAULTS);
    }

    public Services(ActionLogPolicy policy) {
        this(policy, AuthConfig.DEFAULTS);
    }

    public Services(AuthConfig authConfig) {
        this(ActionLogPolicy.PRODUCTION, authConfig);
    }

    public Services(ActionLogPolicy policy, AuthConfig authConfig) {
        this.authConfig = authConfig;
        access = new AccessControl(stores.rules());
        useCases = new UseCases(stores.transactions(), stores.actionLog(), policy, events, ids, clock);
        memberships = new Memberships(useCases, access, stores.roles(), stores.users(), stores.memberships());
        users = new UserService(useCases, access, stores.users(), stores.credentials(), stores.sessions(),
                stores.memberships(), memberships, hasher, ScriptRunner.NONE, ids, clock);
        roles = new RoleService(useCases, access, stores.roles(), stores.memberships(), memberships, stores.users(),
                stores.organisations(), stores.rules(), ScriptRunner.NONE, ids, clock);
        organisations = new OrganisationService(useCases, access, stores.organisations(), ids, clock);
        auth = new AuthService(useCases, stores.transactions(), stores.users(), users, stores.credentials(),
                stores.sessions(), stores.memberships(), stores.settings(), stores.loginFailures(), hasher, tokens,
                ids, clock, authConfig, access);
        permissions = new PermissionService(useCases, access, stores.rules(), stores.roles(), stores.users(),
                stores.memberships());
        actionLog = new ActionLogService(useCases, access, stores.actionLog());
        settings = new SettingsService(useCases, access, stores.settings(), clock);
        applications = new ApplicationService(useCases, access, stores.applications(), ScriptRunner.NONE, ids, clock);
        reminders = new ReminderService(useCases, access, stores.reminders(), stores.users(), ids, clock);
    }

    // ---- given: state written straight to the stores ----

    public User givenUser(String email) {
        return givenUser(email, "");
    }

    public User givenUser(String email, String name) {
        User u = new User(ids.next(), "", email, name, "", "", null, 0, true, clock.instant(), null, null, null);
        stores.users().insert(u);
        return u;
    }

    /** A user with a password ({@link #PASSWORD}). */
    public User givenUserWithPassword(String email) {
        User u = givenUser(email);
        stores.credentials().setPassword(ids.next(), u.id(), hasher.hash(PASSWORD), clock.instant());
        return u;
    }

    /** A member of Administrators. */
    public User givenAdmin(String email) {
        User u = givenUser(email);
        stores.memberships().add(Roles.ADMINISTRATORS, u.id());
        return u;
    }

    public Role givenRole(String name, String handle, User... members) {
        Role r = new Role(ids.next(), name, handle, 0, clock.instant(), null, null, null);
        stores.roles().insert(r);
        for (User m : members) {
            stores.memberships().add(r.id(), m.id());
        }
        return r;
    }

    public Organisation givenOrganisation(String name) {
        Organisation o = new Organisation(ids.next(), "", name, clock.instant(), null, null, null);
        stores.organisations().insert(o);
        return o;
    }

    /** An enabled application owned by nobody, with the given JSON (or null). */
    public Application givenApplication(String name, String unify, String config) {
        Application a = new Application(ids.next(), name, 0, true, unify, config, clock.instant(), null, null);
        stores.applications().insert(a);
        return a;
    }

    public void givenRule(long roleId, String resource, String operation, Access access) {
        stores.rules().apply(List.of(new Rule(roleId, resource, operation, access)));
    }

    public void givenSetting(String name, String jsonValue) {
        stores.settings().upsert(new SettingValue(name, jsonValue, 0, clock.instant(), 0));
    }

    /** A reminder {@code assignedBy} gave {@code assignedTo} now, due at {@code remindAt} (null: unscheduled). */
    public Reminder givenReminder(String resource, User assignedTo, User assignedBy, Instant remindAt) {
        Instant now = clock.instant();
        Reminder r = new Reminder(ids.next(), resource, "{}", 0, assignedTo.id(), assignedBy.id(), now, 0, null,
                remindAt, now, null, null);
        stores.reminders().insert(r);
        return r;
    }

    public User suspend(User u) {
        User s = u.withSuspendedAt(clock.instant(), clock.instant());
        stores.users().update(s);
        return s;
    }

    // ---- callers ----

    /** The user signed in: a fresh session, resolved as a request would resolve it. */
    public Caller signIn(User u) {
        Instant now = clock.instant();
        long sessionId = ids.next();
        stores.sessions().insert(new Session(sessionId, u.id(), now, now.plus(authConfig.tokenTtl()), null, ADDRESS, 0));
        return authenticated(sessionId, u.id());
    }

    /** The caller of a session, as the next request would see it (current roles and rule version). */
    public Caller authenticated(long sessionId, long userId) {
        return auth.authenticate(sessionId, userId, ADDRESS, "req-" + sessionId)
                .orElseThrow(() -> new AssertionError("session " + sessionId + " does not authenticate"));
    }

    /** The same session on its next request. */
    public Caller refresh(Caller caller) {
        return authenticated(caller.sessionId(), caller.userId());
    }

    public boolean sessionIsLive(Caller caller) {
        return auth.authenticate(caller.sessionId(), caller.userId(), ADDRESS, "").isPresent();
    }

    public Caller anonymous() {
        return Caller.anonymous(ADDRESS, "req-anonymous");
    }

    public Caller system() {
        return Caller.system();
    }

    // ---- then ----

    public ActionRecord lastAction() {
        List<ActionRecord> recent = stores.recentActions(1);
        if (recent.isEmpty()) {
            throw new AssertionError("nothing was recorded in the action log");
        }
        return recent.get(0);
    }

    public User stored(User u) {
        return stores.users().findById(u.id()).orElseThrow();
    }

    public Reminder stored(Reminder r) {
        return stores.reminders().findById(r.id()).orElseThrow();
    }

    public Role stored(Role r) {
        return stores.roles().findById(r.id()).orElseThrow();
    }

    public Application stored(Application a) {
        return stores.applications().findById(a.id()).orElseThrow();
    }

    public void advance(Duration by) {
        clock.advance(by);
    }
}
