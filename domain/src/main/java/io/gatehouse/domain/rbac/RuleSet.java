package io.gatehouse.domain.rbac;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable index of permission rules and the evaluator of reference-behaviour section 3.3:
 * the caller's roles on the specific resource, then on its wildcard, then Everyone on the
 * specific resource, then on the wildcard; within one level any deny beats allow; the first
 * level with a verdict wins; otherwise the operation's default applies.
 */
public final class RuleSet {
    public static final RuleSet EMPTY = new RuleSet(List.of());

    /** operation -> resource -> roleId -> rule. */
    private final Map<String, Map<String, Map<Long, Rule>>> index = new HashMap<>();
    private final List<Rule> rules;

    public RuleSet(Collection<Rule> rules) {
        List<Rule> kept = new ArrayList<>();
        for (Rule r : rules) {
            if (r.access() == Access.INHERIT) {
                continue;
            }
            index.computeIfAbsent(r.operation(), k -> new HashMap<>())
                    .computeIfAbsent(r.resource(), k -> new HashMap<>())
                    .put(r.roleId(), r);
            kept.add(r);
        }
        this.rules = List.copyOf(kept);
    }

    public List<Rule> all() {
        return rules;
    }

    public List<Rule> ofRole(long roleId) {
        return rules.stream().filter(r -> r.roleId() == roleId).toList();
    }

    public boolean can(Set<Long> roles, String resource, String operation, boolean defaultAllowed) {
        return decide(roles, resource, operation, defaultAllowed).allowed();
    }

    /** Evaluates and explains. {@code roles} are the caller's roles, Everyone excluded. */
    public Decision decide(Set<Long> roles, String resource, String operation, boolean defaultAllowed) {
        if (resource == null || resource.isEmpty() || resource.endsWith(":")) {
            return new Decision(false, Decision.Level.DEFAULT, null);
        }
        String wildcard = Resources.wildcardOf(resource);
        Map<String, Map<Long, Rule>> byResource = index.getOrDefault(operation, Map.of());
        Set<Long> callerRoles = new HashSet<>(roles);
        callerRoles.remove(Roles.EVERYONE);
        Set<Long> everyone = Set.of(Roles.EVERYONE);

        if (!callerRoles.isEmpty()) {
            Rule r = levelVerdict(byResource.get(resource), callerRoles);
            if (r != null) {
                return new Decision(r.access() == Access.ALLOW, Decision.Level.ROLES_SPECIFIC, r);
            }
            if (wildcard != null) {
                r = levelVerdict(byResource.get(wildcard), callerRoles);
                if (r != null) {
                    return new Decision(r.access() == Access.ALLOW, Decision.Level.ROLES_WILDCARD, r);
                }
            }
        }
        Rule r = levelVerdict(byResource.get(resource), everyone);
        if (r != null) {
            return new Decision(r.access() == Access.ALLOW, Decision.Level.EVERYONE_SPECIFIC, r);
        }
        if (wildcard != null) {
            r = levelVerdict(byResource.get(wildcard), everyone);
            if (r != null) {
                return new Decision(r.access() == Access.ALLOW, Decision.Level.EVERYONE_WILDCARD, r);
            }
        }
        return new Decision(defaultAllowed, Decision.Level.DEFAULT, null);
    }

    /** The deciding rule of one level: any deny, else any allow, else null. */
    private static Rule levelVerdict(Map<Long, Rule> byRole, Set<Long> roles) {
        if (byRole == null) {
            return null;
        }
        Rule allow = null;
        for (Long role : roles) {
            Rule rule = byRole.get(role);
            if (rule == null) {
                continue;
            }
            if (rule.access() == Access.DENY) {
                return rule;
            }
            allow = rule;
        }
        return allow;
    }

    /**
     * The verdict of {@code operation} for every row of a resource type, for filtering lists in
     * the store; consistent with {@link #decide} row by row.
     */
    public RowAccess rowAccess(Set<Long> roles, String typePrefix, String operation, boolean defaultAllowed) {
        Map<String, Map<Long, Rule>> byResource = index.getOrDefault(operation, Map.of());
        Set<Long> callerRoles = new HashSet<>(roles);
        callerRoles.remove(Roles.EVERYONE);
        Set<Long> everyone = Set.of(Roles.EVERYONE);
        String wildcard = Resources.wildcard(typePrefix);

        Set<Long> callerAllow = new HashSet<>();
        Set<Long> callerDeny = new HashSet<>();
        Set<Long> everyoneAllow = new HashSet<>();
        Set<Long> everyoneDeny = new HashSet<>();
        for (Map.Entry<String, Map<Long, Rule>> e : byResource.entrySet()) {
            String resource = e.getKey();
            if (!resource.startsWith(typePrefix) || resource.equals(wildcard)) {
                continue;
            }
            long id = Resources.idOf(resource);
            if (id <= 0 || !resource.equals(Resources.of(typePrefix, id))) {
                continue; // decide() only ever matches the canonical "<prefix><id>" form
            }
            if (!callerRoles.isEmpty()) {
                Rule r = levelVerdict(e.getValue(), callerRoles);
                if (r != null) {
                    (r.access() == Access.ALLOW ? callerAllow : callerDeny).add(id);
                }
            }
            Rule r = levelVerdict(e.getValue(), everyone);
            if (r != null) {
                (r.access() == Access.ALLOW ? everyoneAllow : everyoneDeny).add(id);
            }
        }

        Rule callerWildcard = callerRoles.isEmpty() ? null : levelVerdict(byResource.get(wildcard), callerRoles);
        if (callerWildcard != null) {
            boolean def = callerWildcard.access() == Access.ALLOW;
            return new RowAccess(def, def ? callerDeny : callerAllow);
        }
        Rule everyoneWildcard = levelVerdict(byResource.get(wildcard), everyone);
        boolean def = everyoneWildcard != null ? everyoneWildcard.access() == Access.ALLOW : defaultAllowed;

        // Row order: caller deny, caller allow, everyone deny, everyone allow, default.
        Set<Long> deny = new HashSet<>(callerDeny);
        for (Long id : everyoneDeny) {
            if (!callerAllow.contains(id)) {
                deny.add(id);
            }
        }
        Set<Long> allow = new HashSet<>(callerAllow);
        for (Long id : everyoneAllow) {
            if (!callerDeny.contains(id) && !everyoneDeny.contains(id)) {
                allow.add(id);
            }
        }
        return new RowAccess(def, def ? deny : allow);
    }
}
