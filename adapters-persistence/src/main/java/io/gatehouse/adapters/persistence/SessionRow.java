package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.identity.Session;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/** A row of {@code sys_session} as written. */
@MappedEntity("sys_session")
record SessionRow(
        @Id long id,
        long relUser,
        @TypeDef(type = DataType.OBJECT) LocalDateTime createdAt,
        @TypeDef(type = DataType.OBJECT) LocalDateTime expiresAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime revokedAt,
        String clientAddress,
        long impersonator) {

    static SessionRow of(Session s) {
        return new SessionRow(s.id(), s.userId(), UtcTime.toColumn(s.createdAt()), UtcTime.toColumn(s.expiresAt()),
                UtcTime.toColumn(s.revokedAt()), s.clientAddress() == null ? "" : s.clientAddress(),
                s.impersonatorId());
    }
}
