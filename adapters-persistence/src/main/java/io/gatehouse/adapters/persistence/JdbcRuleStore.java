package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.rbac.RuleStore;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Permission rules in {@code sys_permission_rules} (access 1 allow, 0 deny) and their version in
 * {@code sys_rbac_version}, bumped in the same transaction as every change.
 */
@Singleton
final class JdbcRuleStore implements RuleStore {
    /** The version and every rule in one statement, so the snapshot is consistent at any isolation level. */
    private static final String SNAPSHOT = "SELECT v.version, r.rel_role, r.resource, r.operation, r.access"
            + " FROM sys_rbac_version v LEFT JOIN sys_permission_rules r ON 1 = 1"
            + " WHERE v.id = 1 ORDER BY r.rel_role, r.resource, r.operation";
    private static final String UPSERT = "INSERT INTO sys_permission_rules (rel_role, resource, operation, access)"
            + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE access = ?";
    private static final String DELETE = "DELETE FROM sys_permission_rules"
            + " WHERE rel_role = ? AND resource = ? AND operation = ?";

    private final Sql sql;
    private final RbacVersions versions;

    JdbcRuleStore(Sql sql, RbacVersions versions) {
        this.sql = sql;
        this.versions = versions;
    }

    private record SnapshotRow(long version, Rule rule) {
    }

    @Override
    public Snapshot load() {
        List<SnapshotRow> rows = sql.list(SNAPSHOT, List.of(), row -> {
            Long role = row.getNullableLong("rel_role");
            Rule rule = role == null ? null : new Rule(role, row.getString("resource"), row.getString("operation"),
                    row.getInt("access") == 1 ? Access.ALLOW : Access.DENY);
            return new SnapshotRow(row.getLong("version"), rule);
        });
        if (rows.isEmpty()) {
            throw new IllegalStateException("sys_rbac_version has no row 1; the migrations did not run");
        }
        List<Rule> rules = rows.stream().map(SnapshotRow::rule).filter(Objects::nonNull).toList();
        return new Snapshot(rows.get(0).version(), rules);
    }

    @Override
    public long version() {
        return sql.guard(Conflicts.UNEXPECTED, versions::current);
    }

    @Override
    public void apply(Collection<Rule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        List<List<Object>> upserts = new ArrayList<>();
        List<List<Object>> deletes = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.access() == Access.INHERIT) {
                deletes.add(List.of(rule.roleId(), rule.resource(), rule.operation()));
            } else {
                int access = rule.access() == Access.ALLOW ? 1 : 0;
                upserts.add(List.of(rule.roleId(), rule.resource(), rule.operation(), access, access));
            }
        }
        sql.atomically(() -> {
            bumpVersion();
            sql.batch(UPSERT, upserts);
            sql.batch(DELETE, deletes);
        });
    }

    @Override
    public void deleteAllOf(long roleId) {
        sql.atomically(() -> {
            bumpVersion();
            sql.update("DELETE FROM sys_permission_rules WHERE rel_role = ?", roleId);
        });
    }

    @Override
    public void moveRules(long fromRoleId, long toRoleId) {
        if (fromRoleId == toRoleId) {
            return;
        }
        sql.atomically(() -> {
            bumpVersion();
            // INSERT IGNORE keeps the destination's own rule where both roles have one.
            sql.update("INSERT IGNORE INTO sys_permission_rules (rel_role, resource, operation, access)"
                    + " SELECT ?, resource, operation, access FROM sys_permission_rules WHERE rel_role = ?",
                    toRoleId, fromRoleId);
            sql.update("DELETE FROM sys_permission_rules WHERE rel_role = ?", fromRoleId);
        });
    }

    private void bumpVersion() {
        sql.guard(Conflicts.UNEXPECTED, versions::bump);
    }
}
