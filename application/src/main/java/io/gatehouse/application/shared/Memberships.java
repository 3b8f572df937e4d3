package io.gatehouse.application.shared;

import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.role.RoleStore;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.shared.DomainException;
import java.util.Map;

/**
 * Adding and removing role members, shared by {@code /roles/{id}/member/{userID}} and
 * {@code /users/{id}/membership/{roleID}}: one rule set, one event sequence.
 */
public final class Memberships {
    public static final String LAST_ADMIN = "Administrators must keep at least one active member";

    private final UseCases useCases;
    private final AccessControl access;
    private final RoleStore roles;
    private final UserStore users;
    private final MembershipStore members;

    public Memberships(UseCases useCases, AccessControl access, RoleStore roles, UserStore users,
                       MembershipStore members) {
        this.useCases = useCases;
        this.access = access;
        this.roles = roles;
        this.users = users;
        this.members = members;
    }

    public void add(Caller caller, long roleId, long userId) {
        useCases.change(caller, "system:role", "memberAdd", a -> {
            Pair p = load(a, roleId, userId);
            a.before("system:role:member", "beforeAdd", Map.of("role", p.role, "user", p.user));
            members.add(roleId, userId);
            a.after("system:role:member", "afterAdd", Map.of("role", p.role, "user", p.user));
            return null;
        });
    }

    public void remove(Caller caller, long roleId, long userId) {
        useCases.change(caller, "system:role", "memberRemove", a -> {
            Pair p = load(a, roleId, userId);
            a.before("system:role:member", "beforeRemove", Map.of("role", p.role, "user", p.user));
            members.remove(roleId, userId);
            requireAdministratorsKeepAMember(roleId);
            a.after("system:role:member", "afterRemove", Map.of("role", p.role, "user", p.user));
            return null;
        });
    }

    /** Called inside a transaction after a change that may have taken the last admin away. */
    public void requireAdministratorsKeepAMember(long roleId) {
        if (roleId == Roles.ADMINISTRATORS && members.countActiveMembers(Roles.ADMINISTRATORS) == 0) {
            throw new DomainException.Conflict(LAST_ADMIN);
        }
    }

    private record Pair(Role role, User user) {
    }

    private Pair load(Action a, long roleId, long userId) {
        if (roleId <= 0 || roleId == Roles.EVERYONE || userId <= 0) {
            throw new DomainException.Invalid("invalid ID");
        }
        a.resource(Resources.of(Resources.ROLE, roleId)).meta("role.ID", roleId).meta("user.ID", userId);
        Role role = roles.findById(roleId).filter(r -> !r.isDeleted())
                .orElseThrow(() -> new DomainException.NotFound("role not found"));
        User user = users.findById(userId).filter(u -> !u.isDeleted())
                .orElseThrow(() -> new DomainException.NotFound("user not found"));
        access.require(a.caller(), Resources.of(Resources.ROLE, roleId), Operations.MEMBERS_MANAGE,
                "not allowed to manage role members");
        return new Pair(role, user);
    }
}
