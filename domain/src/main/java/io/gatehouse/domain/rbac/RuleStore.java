package io.gatehouse.domain.rbac;

import java.util.Collection;
import java.util.List;

/**
 * Permission rules. Every change bumps a version that is shared by all instances using the same
 * database, so caches can tell when to reload.
 */
public interface RuleStore {
    /** A consistent snapshot of every rule and the version it belongs to. */
    Snapshot load();

    long version();

    /** Upserts allow/deny rules and deletes inherit rules, then bumps the version. */
    void apply(Collection<Rule> rules);

    /** Deletes every rule of the role, then bumps the version. */
    void deleteAllOf(long roleId);

    /** Moves the source role's rules to the destination (destination rules win on clashes). */
    void moveRules(long fromRoleId, long toRoleId);

    record Snapshot(long version, List<Rule> rules) {
        public Snapshot {
            rules = List.copyOf(rules);
        }
    }
}
