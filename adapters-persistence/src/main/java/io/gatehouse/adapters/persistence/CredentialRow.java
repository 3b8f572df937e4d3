package io.gatehouse.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/** A row of {@code sys_credentials} as written. */
@MappedEntity("sys_credentials")
record CredentialRow(
        @Id long id,
        long relOwner,
        String kind,
        String credentials,
        @TypeDef(type = DataType.OBJECT) LocalDateTime createdAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime lastUsedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime expiresAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime deletedAt) {
}
