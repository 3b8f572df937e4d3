package io.gatehouse.domain.application;

import java.time.Instant;

/**
 * An application listed in the Corteza app switcher ("Unify"). {@code unify} and {@code config}
 * are JSON objects kept as text, or null when unset.
 */
public record Application(long id, String name, long ownerId, boolean enabled, String unify, String config,
                          Instant createdAt, Instant updatedAt, Instant deletedAt) {

    public Application {
        name = name == null ? "" : name;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Application withSettings(String name, boolean enabled, String unify, String config, Instant now) {
        return new Application(id, name, ownerId, enabled, unify, config, createdAt, now, deletedAt);
    }

    public Application withDeletedAt(Instant at, Instant now) {
        return new Application(id, name, ownerId, enabled, unify, config, createdAt, now, at);
    }
}
