package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.testing.memory.MemoryState.Membership;
import java.util.Collection;
import java.util.List;

/** Role memberships in memory; lists are sorted by id. */
public final class InMemoryMembershipStore implements MembershipStore {
    private final MemoryDatabase db;

    InMemoryMembershipStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public List<Long> membersOf(long roleId) {
        return db.read(s -> s.memberships.keySet().stream()
                .filter(m -> m.roleId() == roleId)
                .map(Membership::userId)
                .sorted()
                .toList());
    }

    @Override
    public List<Long> rolesOf(long userId) {
        return db.read(s -> s.memberships.keySet().stream()
                .filter(m -> m.userId() == userId)
                .map(Membership::roleId)
                .sorted()
                .toList());
    }

    @Override
    public List<Long> activeRolesOf(long userId) {
        return db.read(s -> s.activeRolesOf(userId));
    }

    @Override
    public void add(long roleId, long userId) {
        Membership m = new Membership(roleId, userId);
        db.write(s -> s.memberships.put(m, m));
    }

    @Override
    public void remove(long roleId, long userId) {
        db.write(s -> s.memberships.remove(new Membership(roleId, userId)));
    }

    @Override
    public void replaceMembers(long roleId, Collection<Long> userIds) {
        db.write(s -> {
            s.memberships.keySet().removeIf(m -> m.roleId() == roleId);
            for (Long userId : userIds) {
                Membership m = new Membership(roleId, userId);
                s.memberships.put(m, m);
            }
            return null;
        });
    }

    @Override
    public void moveMembers(long fromRoleId, long toRoleId) {
        if (fromRoleId == toRoleId) {
            return;
        }
        db.write(s -> {
            List<Membership> moving = s.memberships.keySet().stream()
                    .filter(m -> m.roleId() == fromRoleId)
                    .toList();
            for (Membership m : moving) {
                s.memberships.remove(m);
                Membership moved = new Membership(toRoleId, m.userId());
                s.memberships.put(moved, moved);
            }
            return null;
        });
    }

    @Override
    public int countActiveMembers(long roleId) {
        return db.read(s -> (int) s.memberships.keySet().stream()
                .filter(m -> m.roleId() == roleId)
                .map(m -> s.users.get(m.userId()))
                .filter(u -> u != null && u.isValid())
                .count());
    }

    /** Whether the user is a member (for assertions). */
    public boolean isMember(long roleId, long userId) {
        return db.read(s -> s.memberships.containsKey(new Membership(roleId, userId)));
    }
}
