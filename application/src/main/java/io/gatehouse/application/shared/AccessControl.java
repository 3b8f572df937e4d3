package io.gatehouse.application.shared;

import io.gatehouse.domain.rbac.Decision;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.rbac.RuleSet;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.shared.DomainException;
import java.util.Collection;

/**
 * Answers permission questions from an in-memory copy of the rules. The copy is reloaded
 * whenever a caller's session lookup reports a newer rule version than the copy holds, so a
 * grant made on any instance applies to the next authenticated request everywhere. Anonymous
 * callers hold no rights at all (Everyone's rules apply to signed-in users).
 */
public final class AccessControl {
    private final RuleStore store;
    private volatile Cached cached = new Cached(Long.MIN_VALUE, RuleSet.EMPTY);

    private record Cached(long version, RuleSet rules) {
    }

    public AccessControl(RuleStore store) {
        this.store = store;
    }

    /** The rules as fresh as the caller's session says they are. */
    public RuleSet rules(Caller caller) {
        Cached c = cached;
        long wanted = caller.ruleVersion();
        if (c.version() == Long.MIN_VALUE || (wanted >= 0 && wanted != c.version())) {
            c = load();
        }
        return c.rules();
    }

    /** Reloads now (after a local grant). */
    public void reload() {
        load();
    }

    private synchronized Cached load() {
        RuleStore.Snapshot snapshot = store.load();
        Cached c = new Cached(snapshot.version(), new RuleSet(snapshot.rules()));
        cached = c;
        return c;
    }

    /** Drops the copy; the next question reloads it. */
    public void invalidate() {
        cached = new Cached(Long.MIN_VALUE, RuleSet.EMPTY);
    }

    public boolean can(Caller caller, String resource, String operation) {
        return decide(caller, resource, operation).allowed();
    }

    public Decision decide(Caller caller, String resource, String operation) {
        if (caller.isSuperUser()) {
            return new Decision(true, Decision.Level.BUILT_IN, null);
        }
        if (!caller.isAuthenticated()) {
            return new Decision(false, Decision.Level.BUILT_IN, null);
        }
        return rules(caller).decide(caller.roles(), resource, operation, allowedByDefault(resource, operation));
    }

    public void require(Caller caller, String resource, String operation, String deniedMessage) {
        if (!can(caller, resource, operation)) {
            throw new DomainException.Forbidden(deniedMessage);
        }
    }

    /** The verdict for every row of a resource type, for list filters in SQL. */
    public RowAccess rows(Caller caller, String typePrefix, String operation) {
        if (caller.isSuperUser()) {
            return RowAccess.ALL;
        }
        if (!caller.isAuthenticated()) {
            return RowAccess.NONE;
        }
        return rules(caller).rowAccess(caller.roles(), typePrefix, operation,
                allowedByDefault(typePrefix, operation));
    }

    public Collection<Rule> rulesOf(Caller caller, long roleId) {
        return rules(caller).ofRole(roleId);
    }

    /**
     * The answer when no rule matches: deny, except reading roles (the reference's fallback,
     * needed by clients that list roles for pickers).
     */
    static boolean allowedByDefault(String resource, String operation) {
        return Operations.READ.equals(operation) && Resources.prefix(resource).equals(Resources.ROLE);
    }
}
