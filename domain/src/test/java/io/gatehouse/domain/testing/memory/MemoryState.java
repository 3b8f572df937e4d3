package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.application.Application;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.settings.SettingValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every table of the in-memory database. Values are immutable records, so a copy of the maps is
 * a full snapshot; {@link Change} records what one transaction wrote so that it can be replayed.
 */
final class MemoryState {
    record StoredCredential(long id, long userId, String hash, Instant createdAt, Instant lastUsedAt,
                            Instant deletedAt) {
    }

    record LoginFailure(String key, Instant at) {
    }

    record Membership(long roleId, long userId) {
    }

    record RuleKey(long roleId, String resource, String operation) {
        static RuleKey of(Rule rule) {
            return new RuleKey(rule.roleId(), rule.resource(), rule.operation());
        }
    }

    record SettingKey(String name, long ownerId) {
    }

    final Map<Long, User> users;
    final Map<Long, StoredCredential> credentials;
    final Map<Long, Session> sessions;
    /** By insertion sequence. */
    final Map<Long, LoginFailure> loginFailures;
    final Map<Long, Role> roles;
    final Map<Membership, Membership> memberships;
    final Map<Long, Organisation> organisations;
    final Map<RuleKey, Rule> rules;
    final Map<SettingKey, SettingValue> settings;
    final Map<Long, Application> applications;
    /** By insertion sequence, oldest first. */
    final TreeMap<Long, ActionRecord> actions;
    final Map<Long, Reminder> reminders;
    long ruleVersion;

    private MemoryState(Map<Long, User> users, Map<Long, StoredCredential> credentials, Map<Long, Session> sessions,
                        Map<Long, LoginFailure> loginFailures, Map<Long, Role> roles,
                        Map<Membership, Membership> memberships, Map<Long, Organisation> organisations,
                        Map<RuleKey, Rule> rules, Map<SettingKey, SettingValue> settings,
                        Map<Long, Application> applications, TreeMap<Long, ActionRecord> actions,
                        Map<Long, Reminder> reminders, long ruleVersion) {
        this.users = users;
        this.credentials = credentials;
        this.sessions = sessions;
        this.loginFailures = loginFailures;
        this.roles = roles;
        this.memberships = memberships;
        this.organisations = organisations;
        this.rules = rules;
        this.settings = settings;
        this.applications = applications;
        this.actions = actions;
        this.reminders = reminders;
        this.ruleVersion = ruleVersion;
    }

    /** What the first migration provisions. */
    static MemoryState provisioned() {
        MemoryState s = new MemoryState(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new TreeMap<>(), new HashMap<>(), Provisioning.INITIAL_RULE_VERSION);
        for (Role role : Provisioning.ROLES) {
            s.roles.put(role.id(), role);
        }
        for (Rule rule : Provisioning.RULES) {
            s.rules.put(RuleKey.of(rule), rule);
        }
        return s;
    }

    MemoryState copy() {
        return new MemoryState(new HashMap<>(users), new HashMap<>(credentials), new HashMap<>(sessions),
                new HashMap<>(loginFailures), new HashMap<>(roles), new HashMap<>(memberships),
                new HashMap<>(organisations), new HashMap<>(rules), new HashMap<>(settings),
                new HashMap<>(applications), new TreeMap<>(actions), new HashMap<>(reminders), ruleVersion);
    }

    /** Every table, in a fixed order (the order {@link Change} relies on). */
    @SuppressWarnings("unchecked")
    private List<Map<Object, Object>> tables() {
        List<Map<?, ?>> all = List.of(users, credentials, sessions, loginFailures, roles, memberships,
                organisations, rules, settings, applications, actions, reminders);
        List<Map<Object, Object>> out = new ArrayList<>();
        for (Map<?, ?> m : all) {
            out.add((Map<Object, Object>) m);
        }
        return out;
    }

    /** Roles of the user that grant rights: existing, neither deleted nor archived. Sorted. */
    List<Long> activeRolesOf(long userId) {
        return memberships.keySet().stream()
                .filter(m -> m.userId() == userId)
                .map(Membership::roleId)
                .filter(roleId -> {
                    Role r = roles.get(roleId);
                    return r != null && !r.isDeleted() && !r.isArchived();
                })
                .sorted()
                .toList();
    }

    /** The rows one transaction wrote, as puts and removals per table, and how far it moved the rule version. */
    static final class Change {
        private static final Object REMOVED = new Object();
        private final List<Map<Object, Object>> tables;
        private final long ruleVersionDelta;

        private Change(List<Map<Object, Object>> tables, long ruleVersionDelta) {
            this.tables = tables;
            this.ruleVersionDelta = ruleVersionDelta;
        }

        static Change between(MemoryState before, MemoryState after) {
            List<Map<Object, Object>> b = before.tables();
            List<Map<Object, Object>> a = after.tables();
            List<Map<Object, Object>> changes = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                Map<Object, Object> was = b.get(i);
                Map<Object, Object> is = a.get(i);
                Map<Object, Object> changed = new HashMap<>();
                is.forEach((k, v) -> {
                    if (!Objects.equals(was.get(k), v)) {
                        changed.put(k, v);
                    }
                });
                was.keySet().forEach(k -> {
                    if (!is.containsKey(k)) {
                        changed.put(k, REMOVED);
                    }
                });
                changes.add(changed);
            }
            return new Change(changes, after.ruleVersion - before.ruleVersion);
        }

        void applyTo(MemoryState target) {
            List<Map<Object, Object>> t = target.tables();
            for (int i = 0; i < t.size(); i++) {
                Map<Object, Object> table = t.get(i);
                tables.get(i).forEach((k, v) -> {
                    if (v == REMOVED) {
                        table.remove(k);
                    } else {
                        table.put(k, v);
                    }
                });
            }
            target.ruleVersion += ruleVersionDelta;
        }
    }
}
