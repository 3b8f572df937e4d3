package io.gatehouse.application.user;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Checks;
import io.gatehouse.application.shared.Memberships;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.domain.automation.ScriptRunner;
import io.gatehouse.domain.identity.CredentialStore;
import io.gatehouse.domain.identity.Handles;
import io.gatehouse.domain.identity.Masking;
import io.gatehouse.domain.identity.PasswordHasher;
import io.gatehouse.domain.identity.PasswordPolicy;
import io.gatehouse.domain.identity.SessionStore;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.IdGenerator;
import io.gatehouse.domain.shared.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The use cases of {@code /users/}. */
public final class UserService {
    private static final String RES = "system:user";

    private final UseCases useCases;
    private final AccessControl access;
    private final UserStore users;
    private final CredentialStore credentials;
    private final SessionStore sessions;
    private final MembershipStore members;
    private final Memberships memberships;
    private final PasswordHasher hasher;
    private final ScriptRunner scripts;
    private final IdGenerator ids;
    private final Clock clock;

    public UserService(UseCases useCases, AccessControl access, UserStore users, CredentialStore credentials,
                       SessionStore sessions, MembershipStore members, Memberships memberships,
                       PasswordHasher hasher, ScriptRunner scripts, IdGenerator ids, Clock clock) {
        this.useCases = useCases;
        this.access = access;
        this.users = users;
        this.credentials = credentials;
        this.sessions = sessions;
        this.members = members;
        this.memberships = memberships;
        this.hasher = hasher;
        this.scripts = scripts;
        this.ids = ids;
        this.clock = clock;
    }

    public Page<User> search(Caller caller, UserSearch search) {
        return useCases.read(caller, RES, "search", a -> {
            UserFilter f = search.filter();
            Checks.requireAtMost("userID", f.userIds());
            Checks.requireAtMost("roleID", f.roleIds());
            a.meta("filter.query", f.query());
            if (f.deleted().wantsFlagged()) {
                access.require(caller, Resources.SYSTEM, Operations.ACCESS, "not allowed to list users");
            }
            RowAccess readable = access.rows(caller, Resources.USER, Operations.READ).alsoAllowing(caller.userId());
            RowAccess email = unmaskable(caller, Operations.UNMASK_EMAIL);
            RowAccess name = unmaskable(caller, Operations.UNMASK_NAME);
            Page<User> page = users.search(f, readable, email, name, search.sort(),
                    search.page().effectiveOffset(), search.page().effectiveLimit());
            return page.map(u -> mask(caller, u, email, name));
        });
    }

    public User read(Caller caller, long userId) {
        return useCases.read(caller, RES, "lookup", a -> {
            User user = load(a, userId);
            if (user.id() != caller.userId()) {
                access.require(caller, resource(userId), Operations.READ, "not allowed to read this user");
            }
            return mask(caller, user, unmaskable(caller, Operations.UNMASK_EMAIL),
                    unmaskable(caller, Operations.UNMASK_NAME));
        });
    }

    public User create(Caller caller, UserCommand cmd) {
        return useCases.change(caller, RES, "create", a -> {
            a.meta("user.email", cmd.email()).meta("user.handle", cmd.handle());
            access.require(caller, Resources.SYSTEM, Operations.USER_CREATE, "not allowed to create users");
            Instant now = clock.instant();
            User user = new User(ids.next(), "", cmd.email(), cmd.name(), cmd.handle(), cmd.kind(), null, 0,
                    true, now, null, null, null);
            a.before(RES, "beforeCreate", Map.of("user", user));
            user = withGeneratedHandle(user);
            users.insert(user);
            a.resource(resource(user.id())).meta("user.ID", user.id());
            a.after(RES, "afterCreate", Map.of("user", user));
            return user;
        });
    }

    public User update(Caller caller, long userId, UserCommand cmd) {
        return useCases.change(caller, RES, "update", a -> {
            User old = load(a, userId);
            if (old.id() != caller.userId()) {
                access.require(caller, resource(userId), Operations.UPDATE, "not allowed to update this user");
            }
            User updated = old.withProfile(cmd.email(), cmd.name(), cmd.handle(), cmd.kind(), clock.instant());
            a.before(RES, "beforeUpdate", Map.of("user", updated, "oldUser", old));
            users.update(updated);
            a.after(RES, "afterUpdate", Map.of("user", updated, "oldUser", old));
            return updated;
        });
    }

    public void delete(Caller caller, long userId) {
        useCases.change(caller, RES, "delete", a -> {
            User user = load(a, userId);
            access.require(caller, resource(userId), Operations.DELETE, "not allowed to delete this user");
            if (user.isDeleted()) {
                return null;
            }
            a.before(RES, "beforeDelete", Map.of("user", user));
            Instant now = clock.instant();
            users.update(user.withDeletedAt(now, now));
            sessions.revokeAllOf(userId, 0, now);
            requireAdministratorsKeepAMemberWithout(user);
            a.after(RES, "afterDelete", Map.of("user", user));
            return null;
        });
    }

    public void undelete(Caller caller, long userId) {
        useCases.change(caller, RES, "undelete", a -> {
            User user = load(a, userId);
            access.require(caller, resource(userId), Operations.DELETE, "not allowed to undelete this user");
            if (user.isDeleted()) {
                users.update(user.withDeletedAt(null, clock.instant()));
            }
            return null;
        });
    }

    public void suspend(Caller caller, long userId) {
        useCases.change(caller, RES, "suspend", a -> {
            User user = load(a, userId);
            access.require(caller, resource(userId), Operations.SUSPEND, "not allowed to suspend this user");
            if (!user.isSuspended()) {
                Instant now = clock.instant();
                users.update(user.withSuspendedAt(now, now));
                sessions.revokeAllOf(userId, 0, now);
                requireAdministratorsKeepAMemberWithout(user);
            }
            return null;
        });
    }

    public void unsuspend(Caller caller, long userId) {
        useCases.change(caller, RES, "unsuspend", a -> {
            User user = load(a, userId);
            access.require(caller, resource(userId), Operations.UNSUSPEND, "not allowed to unsuspend this user");
            if (user.isSuspended()) {
                users.update(user.withSuspendedAt(null, clock.instant()));
            }
            return null;
        });
    }

    public void setPassword(Caller caller, long userId, String password) {
        useCases.change(caller, RES, "setPassword", a -> {
            load(a, userId);
            access.require(caller, resource(userId), Operations.UPDATE, "not allowed to update this user");
            PasswordPolicy.check(password);
            Instant now = clock.instant();
            credentials.setPassword(ids.next(), userId, hasher.hash(password), now);
            sessions.revokeAllOf(userId, userId == caller.userId() ? caller.sessionId() : 0, now);
            return null;
        });
    }

    /** The IDs of every role the user belongs to. */
    public List<Long> membership(Caller caller, long userId) {
        return useCases.read(caller, RES, "lookup", a -> {
            load(a, userId);
            if (userId != caller.userId()) {
                access.require(caller, resource(userId), Operations.READ, "not allowed to read this user");
            }
            return members.rolesOf(userId);
        });
    }

    public void addMembership(Caller caller, long userId, long roleId) {
        memberships.add(caller, roleId, userId);
    }

    public void removeMembership(Caller caller, long userId, long roleId) {
        memberships.remove(caller, roleId, userId);
    }

    /** Runs a script on the user explicitly; returns the user as the script left it (not saved). */
    public User trigger(Caller caller, long userId, String script) {
        return useCases.read(caller, RES, "trigger", a -> {
            User user = load(a, userId);
            access.require(caller, resource(userId), Operations.READ, "not allowed to read this user");
            if (script == null || script.isBlank()) {
                throw new DomainException.Invalid("script name not provided (\"\")");
            }
            Map<String, Object> args = new HashMap<>();
            args.put("user", user);
            Object result = scripts.runExplicit(script, RES, args).get("user");
            return result instanceof User u ? u : user;
        });
    }

    /** Only taking an active Administrator away can leave Administrators without an active member. */
    private void requireAdministratorsKeepAMemberWithout(User before) {
        if (before.isValid() && members.rolesOf(before.id()).contains(Roles.ADMINISTRATORS)) {
            memberships.requireAdministratorsKeepAMember(Roles.ADMINISTRATORS);
        }
    }

    private User load(io.gatehouse.application.shared.Action a, long userId) {
        Checks.requireId(userId);
        a.resource(resource(userId)).meta("user.ID", userId);
        return users.findById(userId).orElseThrow(() -> new DomainException.NotFound("user not found"));
    }

    private RowAccess unmaskable(Caller caller, String operation) {
        return access.rows(caller, Resources.USER, operation).alsoAllowing(caller.userId());
    }

    private static User mask(Caller caller, User u, RowAccess email, RowAccess name) {
        if (u.id() == caller.userId()) {
            return u;
        }
        String e = email.allows(u.id()) ? u.email() : Masking.EMAIL;
        String n = name.allows(u.id()) ? u.name() : Masking.NAME;
        if (e.equals(u.email()) && n.equals(u.name())) {
            return u;
        }
        return new User(u.id(), u.username(), e, n, u.handle(), u.kind(), u.meta(), u.organisationId(),
                u.emailConfirmed(), u.createdAt(), u.updatedAt(), u.suspendedAt(), u.deletedAt());
    }

    /** Fills an empty handle from name, username or e-mail local part (the reference's order). */
    public User withGeneratedHandle(User user) {
        if (!user.handle().isEmpty()) {
            return user;
        }
        String local = user.email().contains("@") ? user.email().substring(0, user.email().indexOf('@')) : "";
        return Handles.generate(h -> users.handleTaken(h, user.id()), user.name(), user.username(), local)
                .map(user::withHandle).orElse(user);
    }

    private static String resource(long userId) {
        return Resources.of(Resources.USER, userId);
    }
}
