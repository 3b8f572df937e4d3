package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.role.RoleFilter;
import io.gatehouse.domain.role.RoleStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Roles in memory. Handle and name are unique case-insensitively among non-deleted roles (empty never clashes). */
public final class InMemoryRoleStore implements RoleStore {
    static final Map<String, Function<Role, Comparable<?>>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("id", Role::id);
        COLUMNS.put("name", Role::name);
        COLUMNS.put("handle", Role::handle);
        COLUMNS.put("rel_organisation", Role::organisationId);
        COLUMNS.put("created_at", Role::createdAt);
        COLUMNS.put("updated_at", Role::updatedAt);
        COLUMNS.put("archived_at", Role::archivedAt);
        COLUMNS.put("deleted_at", Role::deletedAt);
    }

    private final MemoryDatabase db;

    InMemoryRoleStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Role> findById(long id) {
        return db.read(s -> Optional.ofNullable(s.roles.get(id)));
    }

    @Override
    public Page<Role> search(RoleFilter filter, RowAccess readable, Sort sort, long offset, int limit) {
        return db.read(s -> {
            String query = filter.query();
            List<Role> matching = s.roles.values().stream()
                    .filter(r -> Rows.state(filter.deleted(), r.deletedAt()))
                    .filter(r -> Rows.state(filter.archived(), r.archivedAt()))
                    .filter(r -> readable.allows(r.id()))
                    .filter(r -> Rows.blank(query) || Rows.startsWith(r.name(), query)
                            || Rows.startsWith(r.handle(), query))
                    .sorted(Rows.order(sort, COLUMNS, Role::id))
                    .toList();
            return Rows.page(matching, offset, limit);
        });
    }

    @Override
    public void insert(Role role) {
        db.write(s -> {
            if (s.roles.containsKey(role.id())) {
                throw new IllegalStateException("duplicate role id " + role.id());
            }
            requireUnique(s, role);
            s.roles.put(role.id(), role);
            return null;
        });
    }

    @Override
    public void update(Role role) {
        db.write(s -> {
            if (!s.roles.containsKey(role.id())) {
                throw new DomainException.NotFound("role not found");
            }
            requireUnique(s, role);
            s.roles.put(role.id(), role);
            return null;
        });
    }

    private static void requireUnique(MemoryState s, Role role) {
        if (role.isDeleted()) {
            return;
        }
        List<Role> others = s.roles.values().stream()
                .filter(r -> r.id() != role.id() && !r.isDeleted())
                .toList();
        if (!Rows.blank(role.handle()) && others.stream().anyMatch(r -> Rows.same(r.handle(), role.handle()))) {
            throw new DomainException.Conflict("role handle not unique");
        }
        if (!Rows.blank(role.name()) && others.stream().anyMatch(r -> Rows.same(r.name(), role.name()))) {
            throw new DomainException.Conflict("role name not unique");
        }
    }
}
