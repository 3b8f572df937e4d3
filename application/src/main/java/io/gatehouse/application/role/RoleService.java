package io.gatehouse.application.role;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Action;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Checks;
import io.gatehouse.application.shared.Memberships;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.domain.automation.ScriptRunner;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.organisation.OrganisationStore;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.role.RoleStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.IdGenerator;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The use cases of {@code /roles/}. */
public final class RoleService {
    private static final String RES = "system:role";

    private final UseCases useCases;
    private final AccessControl access;
    private final RoleStore roles;
    private final MembershipStore members;
    private final Memberships memberships;
    private final UserStore users;
    private final OrganisationStore organisations;
    private final RuleStore rules;
    private final ScriptRunner scripts;
    private final IdGenerator ids;
    private final Clock clock;

    public RoleService(UseCases useCases, AccessControl access, RoleStore roles, MembershipStore members,
                       Memberships memberships, UserStore users, OrganisationStore organisations, RuleStore rules,
                       ScriptRunner scripts, IdGenerator ids, Clock clock) {
        this.useCases = useCases;
        this.access = access;
        this.roles = roles;
        this.members = members;
        this.memberships = memberships;
        this.users = users;
        this.organisations = organisations;
        this.rules = rules;
        this.scripts = scripts;
        this.ids = ids;
        this.clock = clock;
    }

    public Page<RoleView> search(Caller caller, RoleSearch search) {
        return useCases.read(caller, RES, "search", a -> {
            a.meta("filter.query", search.filter().query());
            if (search.filter().deleted().wantsFlagged()) {
                access.require(caller, Resources.SYSTEM, Operations.ACCESS, "not allowed to list roles");
            }
            PageRequest page = search.page().isUnspecified() ? PageRequest.everything() : search.page();
            return roles.search(search.filter(), access.rows(caller, Resources.ROLE, Operations.READ), search.sort(),
                    page.effectiveOffset(), page.effectiveLimit()).map(r -> view(caller, r));
        });
    }

    public RoleView read(Caller caller, long roleId) {
        return useCases.read(caller, RES, "lookup", a -> {
            Role role = load(a, roleId);
            requireRead(caller, roleId);
            return view(caller, role);
        });
    }

    public RoleView create(Caller caller, RoleCommand cmd) {
        return useCases.change(caller, RES, "create", a -> {
            String name = Checks.requireText("name", cmd.name());
            String handle = Checks.requireText("handle", cmd.handle());
            a.meta("role.name", name).meta("role.handle", handle);
            access.require(caller, Resources.SYSTEM, Operations.ROLE_CREATE, "not allowed to create roles");
            Role role = new Role(ids.next(), name, handle, 0, clock.instant(), null, null, null);
            a.resource(resource(role.id())).meta("role.ID", role.id());
            a.before(RES, "beforeCreate", Map.of("role", role));
            roles.insert(role);
            if (cmd.members() != null && !cmd.members().isEmpty()) {
                replaceMembers(caller, role.id(), cmd.members());
            }
            a.after(RES, "afterCreate", Map.of("role", role));
            return view(caller, role);
        });
    }

    public RoleView update(Caller caller, long roleId, RoleCommand cmd) {
        return useCases.change(caller, RES, "update", a -> {
            Role old = load(a, roleId);
            requireChangeable(caller, roleId, Operations.UPDATE, "not allowed to update this role");
            String name = cmd.name() == null ? old.name() : Checks.requireText("name", cmd.name());
            String handle = cmd.handle() == null ? old.handle() : Checks.requireText("handle", cmd.handle());
            Role updated = old.withNames(name, handle, clock.instant());
            a.before(RES, "beforeUpdate", Map.of("role", updated, "oldRole", old));
            roles.update(updated);
            if (cmd.members() != null) {
                replaceMembers(caller, roleId, cmd.members());
            }
            a.after(RES, "afterUpdate", Map.of("role", updated, "oldRole", old));
            return view(caller, updated);
        });
    }

    public void delete(Caller caller, long roleId) {
        useCases.change(caller, RES, "delete", a -> {
            Role role = load(a, roleId);
            if (Roles.isBuiltIn(roleId)) {
                throw new DomainException.Forbidden("not allowed to delete this role");
            }
            access.require(caller, resource(roleId), Operations.DELETE, "not allowed to delete this role");
            if (!role.isDeleted()) {
                a.before(RES, "beforeDelete", Map.of("role", role));
                Instant now = clock.instant();
                roles.update(role.withDeletedAt(now, now));
                a.after(RES, "afterDelete", Map.of("role", role));
            }
            return null;
        });
    }

    public void undelete(Caller caller, long roleId) {
        useCases.change(caller, RES, "undelete", a -> {
            Role role = load(a, roleId);
            requireChangeable(caller, roleId, Operations.DELETE, "not allowed to undelete this role");
            if (role.isDeleted()) {
                roles.update(role.withDeletedAt(null, clock.instant()));
            }
            return null;
        });
    }

    public void archive(Caller caller, long roleId) {
        useCases.change(caller, RES, "archive", a -> {
            Role role = load(a, roleId);
            if (Roles.isBuiltIn(roleId)) {
                throw new DomainException.Forbidden("not allowed to archive this role");
            }
            access.require(caller, resource(roleId), Operations.UPDATE, "not allowed to archive this role");
            if (!role.isArchived()) {
                Instant now = clock.instant();
                roles.update(role.withArchivedAt(now, now));
            }
            return null;
        });
    }

    public void unarchive(Caller caller, long roleId) {
        useCases.change(caller, RES, "unarchive", a -> {
            Role role = load(a, roleId);
            requireChangeable(caller, roleId, Operations.UPDATE, "not allowed to unarchive this role");
            if (role.isArchived()) {
                roles.update(role.withArchivedAt(null, clock.instant()));
            }
            return null;
        });
    }

    /** Sets the role's organisation (0 detaches it). */
    public void move(Caller caller, long roleId, long organisationId) {
        useCases.change(caller, RES, "move", a -> {
            Role role = load(a, roleId);
            a.meta("organisation.ID", organisationId);
            requireChangeable(caller, roleId, Operations.UPDATE, "not allowed to update this role");
            if (organisationId < 0) {
                throw new DomainException.Invalid("invalid organisationID");
            }
            if (organisationId > 0 && organisations.findById(organisationId)
                    .filter(o -> o.deletedAt() == null).isEmpty()) {
                throw new DomainException.NotFound("organisation not found");
            }
            roles.update(role.withOrganisation(organisationId, clock.instant()));
            return null;
        });
    }

    /** Moves the source's members and rules to the destination, then deletes the source. */
    public void merge(Caller caller, long roleId, long destinationId) {
        useCases.change(caller, RES, "merge", a -> {
            if (destinationId <= 0) {
                throw new DomainException.Invalid("invalid ID");
            }
            Role source = load(a, roleId);
            a.meta("role.destination", destinationId);
            if (roleId == destinationId) {
                throw new DomainException.Invalid("cannot merge a role into itself");
            }
            if (Roles.isBuiltIn(roleId)) {
                throw new DomainException.Forbidden("not allowed to merge this role");
            }
            Role destination = roles.findById(destinationId).filter(r -> !r.isDeleted())
                    .orElseThrow(() -> new DomainException.NotFound("destination role not found"));
            if (destination.id() == Roles.EVERYONE || source.isDeleted()) {
                throw new DomainException.Invalid("invalid ID");
            }
            access.require(caller, resource(roleId), Operations.UPDATE, "not allowed to update this role");
            access.require(caller, resource(destinationId), Operations.UPDATE, "not allowed to update this role");
            members.moveMembers(roleId, destinationId);
            rules.moveRules(roleId, destinationId);
            Instant now = clock.instant();
            roles.update(source.withDeletedAt(now, now));
            return null;
        });
        access.reload();
    }

    public List<Long> members(Caller caller, long roleId) {
        return useCases.read(caller, RES, "members", a -> {
            if (roleId == Roles.EVERYONE) {
                throw new DomainException.Invalid("invalid ID");
            }
            load(a, roleId);
            requireRead(caller, roleId);
            return members.membersOf(roleId);
        });
    }

    public void addMember(Caller caller, long roleId, long userId) {
        memberships.add(caller, roleId, userId);
    }

    public void removeMember(Caller caller, long roleId, long userId) {
        memberships.remove(caller, roleId, userId);
    }

    public Role trigger(Caller caller, long roleId, String script) {
        return useCases.read(caller, RES, "trigger", a -> {
            Role role = load(a, roleId);
            requireRead(caller, roleId);
            if (script == null || script.isBlank()) {
                throw new DomainException.Invalid("script name not provided (\"\")");
            }
            Map<String, Object> args = new HashMap<>();
            args.put("role", role);
            Object result = scripts.runExplicit(script, RES, args).get("role");
            return result instanceof Role r ? r : role;
        });
    }

    private void replaceMembers(Caller caller, long roleId, List<Long> userIds) {
        access.require(caller, resource(roleId), Operations.MEMBERS_MANAGE, "not allowed to manage role members");
        LinkedHashSet<Long> unique = new LinkedHashSet<>(userIds);
        for (Long userId : unique) {
            if (userId == null || userId <= 0 || users.findById(userId).filter(u -> !u.isDeleted()).isEmpty()) {
                throw new DomainException.Invalid("invalid members: user " + userId + " does not exist");
            }
        }
        members.replaceMembers(roleId, unique);
        memberships.requireAdministratorsKeepAMember(roleId);
    }

    private Role load(Action a, long roleId) {
        Checks.requireId(roleId);
        a.resource(resource(roleId)).meta("role.ID", roleId);
        return roles.findById(roleId).orElseThrow(() -> new DomainException.NotFound("role not found"));
    }

    private void requireRead(Caller caller, long roleId) {
        access.require(caller, resource(roleId), Operations.READ, "not allowed to read this role");
    }

    /** Everyone can never be changed; other roles need the operation. */
    private void requireChangeable(Caller caller, long roleId, String operation, String denied) {
        if (roleId == Roles.EVERYONE) {
            throw new DomainException.Forbidden(denied);
        }
        access.require(caller, resource(roleId), operation, denied);
    }

    private RoleView view(Caller caller, Role role) {
        boolean fixed = role.id() == Roles.EVERYONE;
        return new RoleView(role,
                access.can(caller, Resources.SYSTEM, Operations.GRANT),
                !fixed && access.can(caller, resource(role.id()), Operations.UPDATE),
                !Roles.isBuiltIn(role.id()) && access.can(caller, resource(role.id()), Operations.DELETE));
    }

    private static String resource(long roleId) {
        return Resources.of(Resources.ROLE, roleId);
    }
}
