package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.reminder.ReminderFilter;
import io.gatehouse.domain.reminder.ReminderStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reminders in memory; searches never return deleted ones. */
public final class InMemoryReminderStore implements ReminderStore {
    static final Map<String, Function<Reminder, Comparable<?>>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("id", Reminder::id);
        COLUMNS.put("resource", Reminder::resource);
        COLUMNS.put("assigned_to", Reminder::assignedTo);
        COLUMNS.put("assigned_by", Reminder::assignedBy);
        COLUMNS.put("assigned_at", Reminder::assignedAt);
        COLUMNS.put("remind_at", Reminder::remindAt);
        COLUMNS.put("dismissed_at", Reminder::dismissedAt);
        COLUMNS.put("snooze_count", Reminder::snoozeCount);
        COLUMNS.put("created_at", Reminder::createdAt);
        COLUMNS.put("updated_at", Reminder::updatedAt);
    }

    private final MemoryDatabase db;

    InMemoryReminderStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Reminder> findById(long id) {
        return db.read(s -> Optional.ofNullable(s.reminders.get(id)));
    }

    @Override
    public Page<Reminder> search(ReminderFilter filter, Sort sort, long offset, int limit) {
        return db.read(s -> {
            List<Reminder> matching = s.reminders.values().stream()
                    .filter(r -> matches(filter, r))
                    .sorted(Rows.order(sort, COLUMNS, Reminder::id))
                    .toList();
            return Rows.page(matching, offset, limit);
        });
    }

    /** The WHERE clause of the SQL stores; a range excludes reminders without a time, as NULL comparisons do. */
    private static boolean matches(ReminderFilter f, Reminder r) {
        Instant at = r.remindAt();
        return !r.isDeleted()
                && (f.seesAll() || r.assignedTo() == f.visibleTo() || r.assignedBy() == f.visibleTo())
                && (f.reminderIds().isEmpty() || f.reminderIds().contains(r.id()))
                && (Rows.blank(f.resource()) || Rows.startsWith(r.resource(), f.resource()))
                && (f.assignedTo() <= 0 || r.assignedTo() == f.assignedTo())
                && (!f.scheduledOnly() || at != null)
                && (!f.excludeDismissed() || !r.isDismissed())
                && (f.scheduledFrom() == null || (at != null && !at.isBefore(f.scheduledFrom())))
                && (f.scheduledUntil() == null || (at != null && !at.isAfter(f.scheduledUntil())));
    }

    @Override
    public void insert(Reminder reminder) {
        db.write(s -> {
            if (s.reminders.containsKey(reminder.id())) {
                throw new IllegalStateException("duplicate reminder id " + reminder.id());
            }
            s.reminders.put(reminder.id(), reminder);
            return null;
        });
    }

    @Override
    public void update(Reminder reminder) {
        db.write(s -> {
            if (!s.reminders.containsKey(reminder.id())) {
                throw new DomainException.NotFound("reminder not found");
            }
            s.reminders.put(reminder.id(), reminder);
            return null;
        });
    }
}
