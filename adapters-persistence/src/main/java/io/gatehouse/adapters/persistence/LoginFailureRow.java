package io.gatehouse.adapters.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/** A row of {@code sys_login_failure}; the database numbers them. */
@MappedEntity("sys_login_failure")
record LoginFailureRow(
        @Id @GeneratedValue @Nullable Long id,
        String fkey,
        @TypeDef(type = DataType.OBJECT) LocalDateTime at) {
}
