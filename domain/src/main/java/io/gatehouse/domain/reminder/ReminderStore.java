package io.gatehouse.domain.reminder;

import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import java.util.Optional;

/** Reminders. Deleting one is an update that sets {@code deletedAt}. */
public interface ReminderStore {
    /** The reminder, deleted or not. */
    Optional<Reminder> findById(long id);

    /** One page of the non-deleted reminders the filter matches, and how many match in all. */
    Page<Reminder> search(ReminderFilter filter, Sort sort, long offset, int limit);

    void insert(Reminder reminder);

    /** Saves every field. */
    void update(Reminder reminder);
}
