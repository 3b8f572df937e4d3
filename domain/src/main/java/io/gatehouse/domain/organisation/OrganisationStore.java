package io.gatehouse.domain.organisation;

import io.gatehouse.domain.rbac.RowAccess;
import java.util.List;
import java.util.Optional;

/** Organisations. */
public interface OrganisationStore {
    Optional<Organisation> findById(long id);

    /** Active organisations whose name starts with {@code query}, readable per {@code readable}, by name. */
    List<Organisation> list(String query, RowAccess readable, int limit);

    void insert(Organisation organisation);

    void update(Organisation organisation);
}
