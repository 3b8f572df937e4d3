package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.reminder.Reminder;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/** A row of {@code sys_reminder} as written. */
@MappedEntity("sys_reminder")
record ReminderRow(
        @Id long id,
        String resource,
        String payload,
        int snoozeCount,
        long assignedTo,
        long assignedBy,
        @TypeDef(type = DataType.OBJECT) LocalDateTime assignedAt,
        long dismissedBy,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime dismissedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime remindAt,
        @TypeDef(type = DataType.OBJECT) LocalDateTime createdAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt,
        @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime deletedAt) {

    static ReminderRow of(Reminder r) {
        return new ReminderRow(r.id(), r.resource(), r.payload(), r.snoozeCount(), r.assignedTo(), r.assignedBy(),
                UtcTime.toColumn(r.assignedAt()), r.dismissedBy(), UtcTime.toColumn(r.dismissedAt()),
                UtcTime.toColumn(r.remindAt()), UtcTime.toColumn(r.createdAt()), UtcTime.toColumn(r.updatedAt()),
                UtcTime.toColumn(r.deletedAt()));
    }
}
