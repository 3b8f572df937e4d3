package io.gatehouse.adapters.rest.reminder;

import io.gatehouse.adapters.rest.http.Wire;
import io.gatehouse.domain.reminder.Reminder;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain reminder to its wire shape; the stored payload text becomes the JSON object it holds. */
@Mapper(uses = Wire.class)
public interface ReminderMapper {
    @Mapping(target = "reminderID", source = "id")
    ReminderDto toDto(Reminder reminder);
}
