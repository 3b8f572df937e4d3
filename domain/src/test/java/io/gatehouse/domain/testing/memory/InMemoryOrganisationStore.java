package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.organisation.OrganisationStore;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.DomainException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Organisations in memory. */
public final class InMemoryOrganisationStore implements OrganisationStore {
    private final MemoryDatabase db;

    InMemoryOrganisationStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Organisation> findById(long id) {
        return db.read(s -> Optional.ofNullable(s.organisations.get(id)));
    }

    @Override
    public List<Organisation> list(String query, RowAccess readable, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        return db.read(s -> s.organisations.values().stream()
                .filter(Organisation::isActive)
                .filter(o -> readable.allows(o.id()))
                .filter(o -> Rows.blank(query) || Rows.startsWith(o.name(), query))
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Organisation::id))
                .limit(limit)
                .toList());
    }

    @Override
    public void insert(Organisation organisation) {
        db.write(s -> {
            if (s.organisations.containsKey(organisation.id())) {
                throw new IllegalStateException("duplicate organisation id " + organisation.id());
            }
            s.organisations.put(organisation.id(), organisation);
            return null;
        });
    }

    @Override
    public void update(Organisation organisation) {
        db.write(s -> {
            if (!s.organisations.containsKey(organisation.id())) {
                throw new DomainException.NotFound("organisation not found");
            }
            s.organisations.put(organisation.id(), organisation);
            return null;
        });
    }
}
