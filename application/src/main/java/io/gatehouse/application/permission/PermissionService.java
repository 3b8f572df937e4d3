package io.gatehouse.application.permission;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Action;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Checks;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Decision;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.role.RoleStore;
import io.gatehouse.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The use cases of {@code /permissions/}: the whitelist, effective rights, role rules, and decision traces. */
public final class PermissionService {
    private static final String RES = "system:access_control";
    public static final String NOT_ALLOWED = "not allowed to set permissions";

    private final UseCases useCases;
    private final AccessControl access;
    private final RuleStore rules;
    private final RoleStore roles;
    private final UserStore users;
    private final MembershipStore members;

    public PermissionService(UseCases useCases, AccessControl access, RuleStore rules, RoleStore roles,
                             UserStore users, MembershipStore members) {
        this.useCases = useCases;
        this.access = access;
        this.rules = rules;
        this.roles = roles;
        this.users = users;
        this.members = members;
    }

    /** Every (resource type, operation) pair rules can be written for. Any signed-in caller may read it. */
    public List<Map.Entry<String, String>> whitelist(Caller caller) {
        caller.requireSignedIn();
        return Operations.whitelist();
    }

    /**
     * The caller's verdict for every operation of {@code resource} ({@code system} when empty):
     * a type wildcard ({@code system:user:*}) or a specific resource ({@code system:user:42}).
     */
    public List<EffectivePermission> effective(Caller caller, String resource) {
        caller.requireSignedIn();
        String r = resource == null || resource.isBlank() ? Resources.SYSTEM : resource.trim();
        String type = Resources.prefix(r);
        List<String> operations = Operations.of(type);
        if (operations.isEmpty() || !Operations.isAllowed(r, operations.get(0))) {
            throw new DomainException.Invalid("invalid resource \"" + r + "\"");
        }
        List<EffectivePermission> out = new ArrayList<>();
        for (String op : operations) {
            out.add(new EffectivePermission(r, op, access.can(caller, r, op)));
        }
        return out;
    }

    public List<Rule> rulesOf(Caller caller, long roleId) {
        return useCases.read(caller, RES, "read", a -> {
            requireGrantOnExistingRole(a, roleId);
            return access.rulesOf(caller, roleId).stream().toList();
        });
    }

    public void deleteRules(Caller caller, long roleId) {
        useCases.change(caller, RES, "grant", a -> {
            requireGrantOnExistingRole(a, roleId);
            for (Rule r : access.rulesOf(caller, roleId)) {
                a.alsoRecord(r.resource(), ruleMeta(new Rule(roleId, r.resource(), r.operation(), Access.INHERIT)));
            }
            rules.deleteAllOf(roleId);
            return null;
        });
        access.reload();
    }

    /**
     * Upserts allow/deny rules and deletes inherit rules of the role, all or nothing: one
     * invalid rule (named in the error) and nothing is applied.
     */
    public void grant(Caller caller, long roleId, List<RuleChange> changes) {
        useCases.change(caller, RES, "grant", a -> {
            requireGrantOnExistingRole(a, roleId);
            if (changes == null || changes.isEmpty()) {
                throw new DomainException.Invalid("rules are required");
            }
            Checks.requireAtMost("rules", changes);
            List<Rule> toApply = new ArrayList<>();
            for (RuleChange c : changes) {
                Rule rule = new Rule(roleId, c.resource(), c.operation(), c.access());
                Operations.requireValid(rule);
                toApply.add(rule);
            }
            rules.apply(toApply);
            toApply.forEach(r -> a.alsoRecord(r.resource(), ruleMeta(r)));
            return null;
        });
        access.reload();
    }

    /** Explains the decision for a user (administrators only: it needs {@code system} {@code grant}). */
    public Trace trace(Caller caller, String resource, String operation, long userId) {
        return useCases.read(caller, RES, "trace", a -> {
            access.require(caller, Resources.SYSTEM, Operations.GRANT, "not allowed to trace permissions");
            String r = Checks.requireText("resource", resource).trim();
            String op = Checks.requireText("operation", operation).trim();
            if (!Operations.isAllowed(r, op)) {
                throw new DomainException.Invalid("invalid rule: '" + op + "' on '" + r + "'");
            }
            Checks.requireId(userId);
            User user = users.findById(userId).orElseThrow(() -> new DomainException.NotFound("user not found"));
            List<Long> roleIds = members.activeRolesOf(user.id());
            Caller subject = new Caller(user.id(), new HashSet<>(roleIds), 0, "", "", caller.ruleVersion());
            Decision decision = user.isValid() ? access.decide(subject, r, op)
                    : new Decision(false, Decision.Level.BUILT_IN, null);
            return new Trace(r, op, user.id(), roleIds, decision);
        });
    }

    private void requireGrantOnExistingRole(Action a, long roleId) {
        Checks.requireId(roleId);
        a.meta("role.ID", roleId);
        access.require(a.caller(), Resources.SYSTEM, Operations.GRANT, NOT_ALLOWED);
        if (roles.findById(roleId).isEmpty()) {
            throw new DomainException.NotFound("role not found");
        }
    }

    private static Map<String, String> ruleMeta(Rule r) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("rule.operation", r.operation());
        meta.put("rule.roleID", Long.toString(r.roleId()));
        meta.put("rule.access", r.access().wire());
        meta.put("rule.resource", r.resource());
        return meta;
    }

    /** One requested change: allow, deny, or inherit (delete). */
    public record RuleChange(String resource, String operation, Access access) {
    }
}
