package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Users in memory. E-mail, username and handle are unique case-insensitively among non-deleted
 * users (suspended users count; empty values never clash), checked in that order.
 */
public final class InMemoryUserStore implements UserStore {
    static final Map<String, Function<User, Comparable<?>>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("id", User::id);
        COLUMNS.put("email", User::email);
        COLUMNS.put("username", User::username);
        COLUMNS.put("name", User::name);
        COLUMNS.put("handle", User::handle);
        COLUMNS.put("meta", User::meta);
        COLUMNS.put("kind", User::kind);
        COLUMNS.put("rel_organisation", User::organisationId);
        COLUMNS.put("email_confirmed", User::emailConfirmed);
        COLUMNS.put("created_at", User::createdAt);
        COLUMNS.put("updated_at", User::updatedAt);
        COLUMNS.put("suspended_at", User::suspendedAt);
        COLUMNS.put("deleted_at", User::deletedAt);
    }

    private final MemoryDatabase db;

    InMemoryUserStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<User> findById(long id) {
        return db.read(s -> Optional.ofNullable(s.users.get(id)));
    }

    @Override
    public Optional<User> findValidByEmail(String email) {
        if (Rows.blank(email)) {
            return Optional.empty();
        }
        return db.read(s -> s.users.values().stream()
                .filter(User::isValid)
                .filter(u -> Rows.same(u.email(), email))
                .min(java.util.Comparator.comparingLong(User::id)));
    }

    @Override
    public Page<User> search(UserFilter filter, RowAccess readable, RowAccess unmaskableEmail,
                             RowAccess unmaskableName, Sort sort, long offset, int limit) {
        return db.read(s -> {
            Set<Long> inRoles = new HashSet<>();
            if (!filter.roleIds().isEmpty()) {
                s.memberships.keySet().stream()
                        .filter(m -> filter.roleIds().contains(m.roleId()))
                        .forEach(m -> inRoles.add(m.userId()));
            }
            String query = filter.query();
            List<User> matching = s.users.values().stream()
                    .filter(u -> filter.userIds().isEmpty() || filter.userIds().contains(u.id()))
                    .filter(u -> filter.roleIds().isEmpty() || inRoles.contains(u.id()))
                    .filter(u -> Rows.state(filter.deleted(), u.deletedAt()))
                    .filter(u -> Rows.state(filter.suspended(), u.suspendedAt()))
                    .filter(u -> readable.allows(u.id()))
                    .filter(u -> Rows.blank(query)
                            || Rows.startsWith(u.username(), query)
                            || Rows.startsWith(u.handle(), query)
                            || (unmaskableEmail.allows(u.id()) && Rows.startsWith(u.email(), query))
                            || (unmaskableName.allows(u.id()) && Rows.startsWith(u.name(), query)))
                    .filter(u -> Rows.blank(filter.email())
                            || (unmaskableEmail.allows(u.id()) && Rows.same(u.email(), filter.email())))
                    .filter(u -> Rows.blank(filter.username()) || Rows.same(u.username(), filter.username()))
                    .filter(u -> Rows.blank(filter.handle()) || Rows.same(u.handle(), filter.handle()))
                    .filter(u -> Rows.blank(filter.kind()) || u.kind().equals(filter.kind()))
                    .sorted(Rows.order(sort, COLUMNS, User::id))
                    .toList();
            return Rows.page(matching, offset, limit);
        });
    }

    @Override
    public boolean handleTaken(String handle, long exceptUserId) {
        if (Rows.blank(handle)) {
            return false;
        }
        return db.read(s -> s.users.values().stream()
                .anyMatch(u -> u.id() != exceptUserId && !u.isDeleted() && Rows.same(u.handle(), handle)));
    }

    @Override
    public long countAll() {
        return db.read(s -> (long) s.users.size());
    }

    @Override
    public void insert(User user) {
        db.write(s -> {
            if (s.users.containsKey(user.id())) {
                throw new IllegalStateException("duplicate user id " + user.id());
            }
            requireUnique(s, user);
            s.users.put(user.id(), user);
            return null;
        });
    }

    @Override
    public void update(User user) {
        db.write(s -> {
            if (!s.users.containsKey(user.id())) {
                throw new DomainException.NotFound("user not found");
            }
            requireUnique(s, user);
            s.users.put(user.id(), user);
            return null;
        });
    }

    private static void requireUnique(MemoryState s, User user) {
        if (user.isDeleted()) {
            return;
        }
        List<User> others = s.users.values().stream()
                .filter(u -> u.id() != user.id() && !u.isDeleted())
                .toList();
        clash(others, user.email(), User::email, "email not unique");
        clash(others, user.username(), User::username, "username not unique");
        clash(others, user.handle(), User::handle, "handle not unique");
    }

    private static void clash(List<User> others, String value, Function<User, String> field, String message) {
        if (!Rows.blank(value) && others.stream().anyMatch(u -> Rows.same(field.apply(u), value))) {
            throw new DomainException.Conflict(message);
        }
    }
}
