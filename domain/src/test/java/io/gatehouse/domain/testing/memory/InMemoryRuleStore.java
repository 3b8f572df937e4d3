package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.testing.memory.MemoryState.RuleKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Permission rules in memory; every change bumps the version by one. */
public final class InMemoryRuleStore implements RuleStore {
    private static final Comparator<Rule> ORDER = Comparator.comparingLong(Rule::roleId)
            .thenComparing(Rule::resource).thenComparing(Rule::operation);

    private final MemoryDatabase db;

    InMemoryRuleStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Snapshot load() {
        return db.read(s -> new Snapshot(s.ruleVersion, s.rules.values().stream().sorted(ORDER).toList()));
    }

    @Override
    public long version() {
        return db.read(s -> s.ruleVersion);
    }

    @Override
    public void apply(Collection<Rule> rules) {
        List<Rule> copy = List.copyOf(rules);
        db.write(s -> {
            for (Rule r : copy) {
                if (r.access() == Access.INHERIT) {
                    s.rules.remove(RuleKey.of(r));
                } else {
                    s.rules.put(RuleKey.of(r), r);
                }
            }
            s.ruleVersion++;
            return null;
        });
    }

    @Override
    public void deleteAllOf(long roleId) {
        db.write(s -> {
            s.rules.keySet().removeIf(k -> k.roleId() == roleId);
            s.ruleVersion++;
            return null;
        });
    }

    @Override
    public void moveRules(long fromRoleId, long toRoleId) {
        db.write(s -> {
            if (fromRoleId != toRoleId) {
                List<Rule> moving = s.rules.values().stream().filter(r -> r.roleId() == fromRoleId).toList();
                for (Rule r : moving) {
                    s.rules.remove(RuleKey.of(r));
                    Rule moved = new Rule(toRoleId, r.resource(), r.operation(), r.access());
                    s.rules.putIfAbsent(RuleKey.of(moved), moved);
                }
            }
            s.ruleVersion++;
            return null;
        });
    }
}
