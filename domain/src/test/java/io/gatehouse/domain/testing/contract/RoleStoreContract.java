package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.by;
import static io.gatehouse.domain.testing.contract.Fixtures.byId;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static io.gatehouse.domain.testing.contract.Fixtures.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.role.RoleFilter;
import io.gatehouse.domain.role.RoleStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Tristate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link RoleStore} must do. */
public abstract class RoleStoreContract extends StoreContract {
    private static final RoleFilter LIVE = new RoleFilter("", Tristate.EXCLUDE, Tristate.EXCLUDE);

    private RoleStore roles() {
        return stores().roles();
    }

    private Role inserted(Role role) {
        roles().insert(role);
        return role;
    }

    private Page<Role> search(RoleFilter filter) {
        return roles().search(filter, RowAccess.ALL, byId(), 0, 100);
    }

    private static List<Long> ids(Page<Role> page) {
        return page.items().stream().map(Role::id).toList();
    }

    private static List<Long> ids(Object... rolesOrIds) {
        List<Long> ids = new ArrayList<>();
        for (Object o : rolesOrIds) {
            ids.add(o instanceof Role r ? r.id() : (Long) o);
        }
        return ids;
    }

    private static void assertConflict(String message, Runnable change) {
        assertEquals(message, assertThrows(DomainException.Conflict.class, change::run).getMessage());
    }

    @Test
    void provisionedRolesAreEveryoneAndAdministrators() {
        Role everyone = roles().findById(Roles.EVERYONE).orElseThrow();
        Role admins = roles().findById(Roles.ADMINISTRATORS).orElseThrow();

        assertEquals("Everyone", everyone.name());
        assertEquals("everyone", everyone.handle());
        assertEquals("Administrators", admins.name());
        assertEquals("admins", admins.handle());
        assertNull(admins.deletedAt());
        assertNull(admins.archivedAt());
        assertEquals(ids(Roles.EVERYONE, Roles.ADMINISTRATORS), ids(search(LIVE)));
    }

    @Test
    void insertedRoleIsFoundWithEveryField() {
        Role role = inserted(new Role(Fixtures.nextId(), "Editors", "editors", 9, minutesAgo(9), minutesAgo(8),
                minutesAgo(7), null));

        assertEquals(Optional.of(role), roles().findById(role.id()));
        assertEquals(Optional.empty(), roles().findById(Fixtures.nextId()));
    }

    @Test
    void updateSavesEveryField() {
        Role role = inserted(role("Editors", "editors"));
        Role changed = new Role(role.id(), "Writers", "writers", 4, role.createdAt(), NOW, minutesAgo(1), minutesAgo(2));

        roles().update(changed);

        assertEquals(Optional.of(changed), roles().findById(role.id()));
    }

    @Test
    void roleNameIsUniqueAmongNonDeletedRolesIgnoringCase() {
        Role editors = inserted(role("Editors", "editors"));

        assertConflict("role name not unique", () -> roles().insert(role("EDITORS", "other")));
        assertConflict("role name not unique", () -> roles().insert(role("administrators", "admins2")));

        roles().update(editors.withDeletedAt(NOW, NOW));
        inserted(role("Editors", "editors"));
    }

    @Test
    void roleHandleIsUniqueAmongNonDeletedRolesIgnoringCase() {
        Role editors = inserted(role("Editors", "editors"));

        assertConflict("role handle not unique", () -> roles().insert(role("Other", "Editors")));
        assertConflict("role handle not unique", () -> roles().insert(role("Admins again", "ADMINS")));
        assertConflict("role handle not unique", () -> roles().update(editors.withNames("Editors", "everyone", NOW)));

        roles().update(editors.withDeletedAt(NOW, NOW));
        inserted(role("Editors 2", "editors"));
    }

    @Test
    void archivedRolesKeepTheirNameAndHandle() {
        Role archived = inserted(role("Old", "old"));
        roles().update(archived.withArchivedAt(NOW, NOW));

        assertConflict("role name not unique", () -> roles().insert(role("Old", "new")));
        assertConflict("role handle not unique", () -> roles().insert(role("New", "old")));
    }

    @Test
    void rolesWithEmptyHandlesNeverClash() {
        inserted(role("First", ""));
        inserted(role("Second", ""));

        assertEquals(4, search(LIVE).count());
    }

    @Test
    void searchByQueryMatchesNameOrHandlePrefixIgnoringCase() {
        Role byName = inserted(role("Editors", "writers"));
        Role byHandle = inserted(role("Writers", "edit-team"));
        inserted(role("Chief editors", "chiefs"));

        assertEquals(ids(byName, byHandle), ids(search(new RoleFilter("EDIT", Tristate.EXCLUDE, Tristate.EXCLUDE))));
        assertEquals(ids(Roles.ADMINISTRATORS), ids(search(new RoleFilter("adm", Tristate.EXCLUDE, Tristate.EXCLUDE))));
        assertEquals(List.of(), ids(search(new RoleFilter("ed%", Tristate.EXCLUDE, Tristate.EXCLUDE))));
    }

    @Test
    void searchHonoursTheDeletedAndArchivedTristates() {
        Role deleted = inserted(role("Deleted", "deleted"));
        roles().update(deleted.withDeletedAt(NOW, NOW));
        Role archived = inserted(role("Archived", "archived"));
        roles().update(archived.withArchivedAt(NOW, NOW));

        assertEquals(ids(Roles.EVERYONE, Roles.ADMINISTRATORS), ids(search(LIVE)));
        assertEquals(ids(Roles.EVERYONE, Roles.ADMINISTRATORS, deleted, archived),
                ids(search(new RoleFilter("", Tristate.INCLUDE, Tristate.INCLUDE))));
        assertEquals(ids(deleted), ids(search(new RoleFilter("", Tristate.ONLY, Tristate.EXCLUDE))));
        assertEquals(ids(archived), ids(search(new RoleFilter("", Tristate.EXCLUDE, Tristate.ONLY))));
    }

    @Test
    void searchCountsAllMatchesBeyondThePage() {
        List<Long> all = new ArrayList<>(List.of(Roles.EVERYONE, Roles.ADMINISTRATORS));
        for (int i = 0; i < 5; i++) {
            all.add(inserted(role("Role " + i, "role" + i)).id());
        }

        Page<Role> page = roles().search(LIVE, RowAccess.ALL, byId(), 2, 3);

        assertEquals(all.subList(2, 5), ids(page));
        assertEquals(7, page.count());
    }

    @Test
    void readableRowAccessRestrictsRowsAndCount() {
        Role a = inserted(role("A", "a"));
        Role b = inserted(role("B", "b"));

        Page<Role> onlyA = roles().search(LIVE, new RowAccess(false, Set.of(a.id())), byId(), 0, 10);
        Page<Role> allButBuiltIns = roles().search(LIVE,
                new RowAccess(true, Set.of(Roles.EVERYONE, Roles.ADMINISTRATORS)), byId(), 0, 10);
        Page<Role> none = roles().search(LIVE, RowAccess.NONE, byId(), 0, 10);

        assertEquals(ids(a), ids(onlyA));
        assertEquals(1, onlyA.count());
        assertEquals(ids(a, b), ids(allButBuiltIns));
        assertEquals(2, allButBuiltIns.count());
        assertEquals(0, none.count());
        assertEquals(List.of(), ids(none));
    }

    @Test
    void searchSortsByTheRequestedColumn() {
        Role zed = inserted(role("Zed", "zed"));
        Role bee = inserted(role("Bee", "bee"));

        assertEquals(ids(zed, Roles.EVERYONE, bee, Roles.ADMINISTRATORS),
                ids(roles().search(LIVE, RowAccess.ALL, by("name", false), 0, 10)));
    }
}
