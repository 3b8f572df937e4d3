package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.organisation.Organisation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/** A row of {@code sys_organisation} as written. */
@MappedEntity("sys_organisation")
record OrganisationRow(
        @Id long id,
        String fqn,
        String name,
        @TypeDef(type = DataType.OBJECT) LocalDateTime createdAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime archivedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime deletedAt) {

    static OrganisationRow of(Organisation o) {
        return new OrganisationRow(o.id(), o.fqn(), o.name(), UtcTime.toColumn(o.createdAt()),
                UtcTime.toColumn(o.updatedAt()), UtcTime.toColumn(o.archivedAt()), UtcTime.toColumn(o.deletedAt()));
    }
}
