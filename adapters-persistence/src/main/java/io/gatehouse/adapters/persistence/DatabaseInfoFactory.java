package io.gatehouse.adapters.persistence;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Publishes {@link DatabaseInfo} for other modules (bootstrap allows a generated JWT secret only when embedded). */
@Factory
final class DatabaseInfoFactory {
    @Singleton
    DatabaseInfo databaseInfo(DatabaseLocation location) {
        return location.info();
    }
}
