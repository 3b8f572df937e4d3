package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.role.MembershipStore;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Role memberships in {@code sys_role_member}. */
@Singleton
final class JdbcMembershipStore implements MembershipStore {
    private final Sql sql;
    private final MembershipRows rows;

    JdbcMembershipStore(Sql sql, MembershipRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public List<Long> membersOf(long roleId) {
        return sql.guard(Conflicts.UNEXPECTED, () -> rows.membersOf(roleId));
    }

    @Override
    public List<Long> rolesOf(long userId) {
        return sql.guard(Conflicts.UNEXPECTED, () -> rows.rolesOf(userId));
    }

    @Override
    public List<Long> activeRolesOf(long userId) {
        return sql.guard(Conflicts.UNEXPECTED, () -> rows.activeRolesOf(userId));
    }

    @Override
    public void add(long roleId, long userId) {
        sql.guard(Conflicts.UNEXPECTED, () -> rows.add(roleId, userId));
    }

    @Override
    public void remove(long roleId, long userId) {
        sql.guard(Conflicts.UNEXPECTED, () -> rows.remove(roleId, userId));
    }

    @Override
    public void replaceMembers(long roleId, Collection<Long> userIds) {
        List<List<Object>> pairs = new ArrayList<>();
        for (Long userId : new LinkedHashSet<>(userIds)) {
            pairs.add(List.of(roleId, userId));
        }
        sql.atomically(() -> {
            sql.guard(Conflicts.UNEXPECTED, () -> rows.removeAllOf(roleId));
            sql.batch(MembershipRows.ADD, pairs);
        });
    }

    @Override
    public void moveMembers(long fromRoleId, long toRoleId) {
        if (fromRoleId == toRoleId) {
            return;
        }
        sql.atomically(() -> sql.guard(Conflicts.UNEXPECTED, () -> {
            rows.copyMembers(fromRoleId, toRoleId);
            rows.removeAllOf(fromRoleId);
        }));
    }

    @Override
    public int countActiveMembers(long roleId) {
        return Math.toIntExact(sql.guard(Conflicts.UNEXPECTED, () -> rows.countActiveMembers(roleId)));
    }
}
