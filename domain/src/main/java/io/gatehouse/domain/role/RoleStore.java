package io.gatehouse.domain.role;

import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import java.util.Optional;

/** Roles. Name and handle are unique among non-deleted roles, enforced by constraints;
 * a clash is a {@link io.gatehouse.domain.shared.DomainException.Conflict}. */
public interface RoleStore {
    Optional<Role> findById(long id);

    Page<Role> search(RoleFilter filter, RowAccess readable, Sort sort, long offset, int limit);

    void insert(Role role);

    /** Saves every field; a clash is a Conflict ({@code role handle not unique}). */
    void update(Role role);

}
