package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.identity.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/**
 * A row of {@code sys_user} as written. Timestamps are bound as objects so that drivers send the
 * UTC wall-clock time unchanged (see {@link UtcTime}).
 */
@MappedEntity("sys_user")
record UserRow(
        @Id long id,
        String email,
        String username,
        String name,
        String handle,
        String kind,
        @Nullable String meta,
        long relOrganisation,
        boolean emailConfirmed,
        @TypeDef(type = DataType.OBJECT) LocalDateTime createdAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime suspendedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime deletedAt,
        @Nullable String emailKey,
        @Nullable String usernameKey,
        @Nullable String handleKey) {

    static UserRow of(User user) {
        boolean deleted = user.isDeleted();
        return new UserRow(user.id(), user.email(), user.username(), user.name(), user.handle(), user.kind(),
                user.meta(), user.organisationId(), user.emailConfirmed(),
                UtcTime.toColumn(user.createdAt()), UtcTime.toColumn(user.updatedAt()),
                UtcTime.toColumn(user.suspendedAt()), UtcTime.toColumn(user.deletedAt()),
                UniqueKeys.of(user.email(), deleted), UniqueKeys.of(user.username(), deleted),
                UniqueKeys.of(user.handle(), deleted));
    }
}
