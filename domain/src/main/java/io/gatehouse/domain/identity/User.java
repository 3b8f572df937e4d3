package io.gatehouse.domain.identity;

import java.time.Instant;

/** A person or bot known to the system. Timestamps are null when unset. */
public record User(
        long id,
        String username,
        String email,
        String name,
        String handle,
        String kind,
        String meta,
        long organisationId,
        boolean emailConfirmed,
        Instant createdAt,
        Instant updatedAt,
        Instant suspendedAt,
        Instant deletedAt) {

    public User {
        username = username == null ? "" : username;
        email = email == null ? "" : email;
        name = name == null ? "" : name;
        handle = handle == null ? "" : handle;
        kind = kind == null ? "" : kind;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    /** Valid users may log in: neither deleted nor suspended. */
    public boolean isValid() {
        return !isDeleted() && !isSuspended();
    }

    public User withProfile(String email, String name, String handle, String kind, Instant now) {
        return new User(id, username, email, name, handle, kind, meta, organisationId, emailConfirmed,
                createdAt, now, suspendedAt, deletedAt);
    }

    public User withHandle(String handle) {
        return new User(id, username, email, name, handle, kind, meta, organisationId, emailConfirmed,
                createdAt, updatedAt, suspendedAt, deletedAt);
    }

    public User withSuspendedAt(Instant at, Instant now) {
        return new User(id, username, email, name, handle, kind, meta, organisationId, emailConfirmed,
                createdAt, now, at, deletedAt);
    }

    public User withDeletedAt(Instant at, Instant now) {
        return new User(id, username, email, name, handle, kind, meta, organisationId, emailConfirmed,
                createdAt, now, suspendedAt, at);
    }
}
