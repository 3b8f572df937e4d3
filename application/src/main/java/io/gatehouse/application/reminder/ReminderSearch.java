package io.gatehouse.application.reminder;

import io.gatehouse.domain.reminder.ReminderFilter;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Sort;
import java.util.List;

/**
 * A reminder search: the criteria (whose reminders are visible is the service's to decide), the
 * sort and the page. Unscheduled reminders sort first by {@code remind_at}, as MySQL sorts NULL.
 */
public record ReminderSearch(ReminderFilter filter, Sort sort, PageRequest page) {
    public static final String DEFAULT_SORT = "remind_at";
    public static final List<String> SORTABLE = List.of("id", "resource", "assigned_to", "assigned_by", "assigned_at",
            "remind_at", "dismissed_at", "snooze_count", "created_at", "updated_at");
}
