package io.gatehouse.domain.organisation;

import java.time.Instant;

/** A top-level grouping of a deployment. */
public record Organisation(long id, String fqn, String name, Instant createdAt, Instant updatedAt,
                           Instant archivedAt, Instant deletedAt) {
    public Organisation {
        fqn = fqn == null ? "" : fqn;
        name = name == null ? "" : name;
    }

    public Organisation withName(String name, Instant now) {
        return new Organisation(id, fqn, name, createdAt, now, archivedAt, deletedAt);
    }

    public Organisation withArchivedAt(Instant at, Instant now) {
        return new Organisation(id, fqn, name, createdAt, now, at, deletedAt);
    }

    public Organisation withDeletedAt(Instant at, Instant now) {
        return new Organisation(id, fqn, name, createdAt, now, archivedAt, at);
    }

    public boolean isActive() {
        return archivedAt == null && deletedAt == null;
    }
}
