package io.gatehouse.domain.application;

import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import java.util.Optional;

/** Applications. Names need not be unique. */
public interface ApplicationStore {
    Optional<Application> findById(long id);

    Page<Application> search(ApplicationFilter filter, RowAccess readable, Sort sort, long offset, int limit);

    void insert(Application application);

    /** Saves every field. */
    void update(Application application);
}
