package io.gatehouse.domain.role;

import java.time.Instant;

/** A named group of users that permission rules are granted to. */
public record Role(long id, String name, String handle, long organisationId, Instant createdAt,
                   Instant updatedAt, Instant archivedAt, Instant deletedAt) {

    public Role {
        name = name == null ? "" : name;
        handle = handle == null ? "" : handle;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Role withNames(String name, String handle, Instant now) {
        return new Role(id, name, handle, organisationId, createdAt, now, archivedAt, deletedAt);
    }

    public Role withOrganisation(long organisationId, Instant now) {
        return new Role(id, name, handle, organisationId, createdAt, now, archivedAt, deletedAt);
    }

    public Role withArchivedAt(Instant at, Instant now) {
        return new Role(id, name, handle, organisationId, createdAt, now, at, deletedAt);
    }

    public Role withDeletedAt(Instant at, Instant now) {
        return new Role(id, name, handle, organisationId, createdAt, now, archivedAt, at);
    }
}
