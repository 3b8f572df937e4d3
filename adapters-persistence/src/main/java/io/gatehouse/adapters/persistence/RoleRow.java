package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.role.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/** A row of {@code sys_role} as written; archived roles keep their keys, deleted ones free them. */
@MappedEntity("sys_role")
record RoleRow(
        @Id long id,
        String name,
        String handle,
        long relOrganisation,
        @TypeDef(type = DataType.OBJECT) LocalDateTime createdAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime archivedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime deletedAt,
        @Nullable String nameKey,
        @Nullable String handleKey) {

    static RoleRow of(Role role) {
        boolean deleted = role.isDeleted();
        return new RoleRow(role.id(), role.name(), role.handle(), role.organisationId(),
                UtcTime.toColumn(role.createdAt()), UtcTime.toColumn(role.updatedAt()),
                UtcTime.toColumn(role.archivedAt()), UtcTime.toColumn(role.deletedAt()),
                UniqueKeys.of(role.name(), deleted), UniqueKeys.of(role.handle(), deleted));
    }
}
