package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.aUser;
import static io.gatehouse.domain.testing.contract.Fixtures.role;
import static io.gatehouse.domain.testing.contract.Fixtures.userWithEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.role.Role;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link MembershipStore} must do. */
public abstract class MembershipStoreContract extends StoreContract {

    private MembershipStore members() {
        return stores().memberships();
    }

    private Role aRole(String handle) {
        Role role = role(handle, handle);
        stores().roles().insert(role);
        return role;
    }

    private User aLiveUser(String email) {
        User user = userWithEmail(email);
        stores().users().insert(user);
        return user;
    }

    /** The list as a set, after checking that it holds no duplicates. */
    private static Set<Long> distinct(List<Long> ids) {
        Set<Long> set = new HashSet<>(ids);
        assertEquals(set.size(), ids.size(), "duplicates in " + ids);
        return set;
    }

    @Test
    void addingAMembershipTwiceKeepsOne() {
        Role role = aRole("editors");
        User ann = aLiveUser("ann@example.com");

        members().add(role.id(), ann.id());
        members().add(role.id(), ann.id());

        assertEquals(List.of(ann.id()), members().membersOf(role.id()));
        assertEquals(List.of(role.id()), members().rolesOf(ann.id()));
    }

    @Test
    void membersOfAndRolesOfListTheStoredMemberships() {
        Role editors = aRole("editors");
        Role writers = aRole("writers");
        User ann = aLiveUser("ann@example.com");
        User bob = aLiveUser("bob@example.com");
        members().add(editors.id(), ann.id());
        members().add(editors.id(), bob.id());
        members().add(writers.id(), ann.id());
        members().add(Roles.ADMINISTRATORS, bob.id());

        assertEquals(Set.of(ann.id(), bob.id()), distinct(members().membersOf(editors.id())));
        assertEquals(Set.of(editors.id(), writers.id()), distinct(members().rolesOf(ann.id())));
        assertEquals(Set.of(editors.id(), Roles.ADMINISTRATORS), distinct(members().rolesOf(bob.id())));
        assertEquals(List.of(), members().membersOf(aRole("empty").id()));
    }

    @Test
    void activeRolesOfLeavesOutDeletedAndArchivedRolesThatRolesOfLists() {
        Role live = aRole("live");
        Role deleted = aRole("deleted");
        Role archived = aRole("archived");
        stores().roles().update(deleted.withDeletedAt(NOW, NOW));
        stores().roles().update(archived.withArchivedAt(NOW, NOW));
        User ann = aLiveUser("ann@example.com");
        for (Role r : List.of(live, deleted, archived)) {
            members().add(r.id(), ann.id());
        }

        assertEquals(Set.of(live.id(), deleted.id(), archived.id()), distinct(members().rolesOf(ann.id())));
        assertEquals(List.of(live.id()), members().activeRolesOf(ann.id()));
    }

    @Test
    void removeDeletesOnlyThatMembership() {
        Role editors = aRole("editors");
        Role writers = aRole("writers");
        User ann = aLiveUser("ann@example.com");
        User bob = aLiveUser("bob@example.com");
        members().add(editors.id(), ann.id());
        members().add(editors.id(), bob.id());
        members().add(writers.id(), ann.id());

        members().remove(editors.id(), ann.id());
        members().remove(editors.id(), ann.id());

        assertEquals(List.of(bob.id()), members().membersOf(editors.id()));
        assertEquals(List.of(writers.id()), members().rolesOf(ann.id()));
    }

    @Test
    void replaceMembersLeavesExactlyTheGivenUsers() {
        Role editors = aRole("editors");
        User ann = aLiveUser("ann@example.com");
        User bob = aLiveUser("bob@example.com");
        User cid = aLiveUser("cid@example.com");
        members().add(editors.id(), ann.id());
        members().add(editors.id(), bob.id());

        members().replaceMembers(editors.id(), List.of(bob.id(), cid.id(), cid.id()));
        assertEquals(Set.of(bob.id(), cid.id()), distinct(members().membersOf(editors.id())));

        members().replaceMembers(editors.id(), List.of());
        assertEquals(List.of(), members().membersOf(editors.id()));
    }

    @Test
    void moveMembersIsIdempotentForSharedMembers() {
        Role from = aRole("from");
        Role to = aRole("to");
        User ann = aLiveUser("ann@example.com");
        User bob = aLiveUser("bob@example.com");
        User cid = aLiveUser("cid@example.com");
        members().add(from.id(), ann.id());
        members().add(from.id(), bob.id());
        members().add(to.id(), bob.id());
        members().add(to.id(), cid.id());

        members().moveMembers(from.id(), to.id());
        members().moveMembers(from.id(), to.id());

        assertEquals(List.of(), members().membersOf(from.id()));
        assertEquals(Set.of(ann.id(), bob.id(), cid.id()), distinct(members().membersOf(to.id())));
        assertEquals(List.of(to.id()), members().rolesOf(bob.id()));
    }

    @Test
    void moveMembersOntoItselfKeepsThem() {
        Role role = aRole("same");
        User ann = aLiveUser("ann@example.com");
        members().add(role.id(), ann.id());

        members().moveMembers(role.id(), role.id());

        assertEquals(List.of(ann.id()), members().membersOf(role.id()));
    }

    @Test
    void countActiveMembersSkipsDeletedAndSuspendedUsers() {
        User live = aLiveUser("live@example.com");
        User suspended = aUser().email("sus@example.com").suspendedAt(NOW).build();
        User deleted = aUser().email("del@example.com").deletedAt(NOW).build();
        stores().users().insert(suspended);
        stores().users().insert(deleted);
        Collection<User> all = List.of(live, suspended, deleted);
        all.forEach(u -> members().add(Roles.ADMINISTRATORS, u.id()));

        assertEquals(1, members().countActiveMembers(Roles.ADMINISTRATORS));
        assertEquals(3, members().membersOf(Roles.ADMINISTRATORS).size());

        members().remove(Roles.ADMINISTRATORS, live.id());
        assertEquals(0, members().countActiveMembers(Roles.ADMINISTRATORS));
    }
}
