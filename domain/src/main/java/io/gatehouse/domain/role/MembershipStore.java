package io.gatehouse.domain.role;

import java.util.Collection;
import java.util.List;

/** Who is a member of which role. Everyone (1) is implicit and never stored. */
public interface MembershipStore {
    List<Long> membersOf(long roleId);

    /** All roles the user belongs to, deleted and archived roles included. */
    List<Long> rolesOf(long userId);

    /** Roles the user belongs to that are neither deleted nor archived (those that grant rights). */
    List<Long> activeRolesOf(long userId);

    /** Idempotent. */
    void add(long roleId, long userId);

    void remove(long roleId, long userId);

    void replaceMembers(long roleId, Collection<Long> userIds);

    /** Moves every member of the source role to the destination (idempotent for shared members). */
    void moveMembers(long fromRoleId, long toRoleId);

    int countActiveMembers(long roleId);
}
