package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.application.Application;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/** A row of {@code sys_application} as written; unify and config are JSON text or NULL. */
@MappedEntity("sys_application")
record ApplicationRow(
        @Id long id,
        String name,
        long relOwner,
        boolean enabled,
        @Nullable String unify,
        @Nullable String config,
        @TypeDef(type = DataType.OBJECT) LocalDateTime createdAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime deletedAt) {

    static ApplicationRow of(Application a) {
        return new ApplicationRow(a.id(), a.name(), a.ownerId(), a.enabled(), a.unify(), a.config(),
                UtcTime.toColumn(a.createdAt()), UtcTime.toColumn(a.updatedAt()), UtcTime.toColumn(a.deletedAt()));
    }
}
