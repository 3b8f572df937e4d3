package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.application.Application;
import io.gatehouse.domain.application.ApplicationFilter;
import io.gatehouse.domain.application.ApplicationStore;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Applications in memory. */
public final class InMemoryApplicationStore implements ApplicationStore {
    static final Map<String, Function<Application, Comparable<?>>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("id", Application::id);
        COLUMNS.put("rel_owner", Application::ownerId);
        COLUMNS.put("name", Application::name);
        COLUMNS.put("enabled", Application::enabled);
        COLUMNS.put("created_at", Application::createdAt);
        COLUMNS.put("updated_at", Application::updatedAt);
        COLUMNS.put("deleted_at", Application::deletedAt);
    }

    private final MemoryDatabase db;

    InMemoryApplicationStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Application> findById(long id) {
        return db.read(s -> Optional.ofNullable(s.applications.get(id)));
    }

    @Override
    public Page<Application> search(ApplicationFilter filter, RowAccess readable, Sort sort, long offset, int limit) {
        return db.read(s -> {
            String name = filter.name().trim();
            String query = filter.query().trim();
            List<Application> matching = s.applications.values().stream()
                    .filter(a -> Rows.state(filter.deleted(), a.deletedAt()))
                    .filter(a -> readable.allows(a.id()))
                    .filter(a -> Rows.blank(name) || Rows.same(a.name(), name))
                    .filter(a -> Rows.blank(query) || Rows.contains(a.name(), query))
                    .sorted(Rows.order(sort, COLUMNS, Application::id))
                    .toList();
            return Rows.page(matching, offset, limit);
        });
    }

    @Override
    public void insert(Application application) {
        db.write(s -> {
            if (s.applications.containsKey(application.id())) {
                throw new IllegalStateException("duplicate application id " + application.id());
            }
            s.applications.put(application.id(), application);
            return null;
        });
    }

    @Override
    public void update(Application application) {
        db.write(s -> {
            if (!s.applications.containsKey(application.id())) {
                throw new DomainException.NotFound("application not found");
            }
            s.applications.put(application.id(), application);
            return null;
        });
    }
}
