package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.by;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesFromNow;
import static io.gatehouse.domain.testing.contract.Fixtures.reminder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.reminder.ReminderFilter;
import io.gatehouse.domain.reminder.ReminderStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ReminderStore} must do. */
public abstract class ReminderStoreContract extends StoreContract {
    private static final long ANN = 501;
    private static final long BOB = 502;
    private static final long CAROL = 503;
    private static final ReminderFilter ALL = ReminderFilter.criteria(List.of(), "", 0, null, null, false, false)
            .visibleTo(0, true);
    private static final Sort BY_REMIND_AT = by("remind_at", true);

    private ReminderStore reminders() {
        return stores().reminders();
    }

    private Reminder inserted(Reminder reminder) {
        reminders().insert(reminder);
        return reminder;
    }

    private Page<Reminder> search(ReminderFilter filter) {
        return reminders().search(filter, BY_REMIND_AT, 0, 100);
    }

    private static ReminderFilter criteria(List<Long> ids, String resource, long assignedTo, Instant from,
                                           Instant until, boolean scheduledOnly, boolean excludeDismissed) {
        return ReminderFilter.criteria(ids, resource, assignedTo, from, until, scheduledOnly, excludeDismissed)
                .visibleTo(0, true);
    }

    private static List<Long> ids(Page<Reminder> page) {
        return page.items().stream().map(Reminder::id).toList();
    }

    private static List<Long> ids(Reminder... reminders) {
        List<Long> ids = new ArrayList<>();
        for (Reminder r : reminders) {
            ids.add(r.id());
        }
        return ids;
    }

    @Test
    void insertedReminderIsFoundWithEveryField() {
        Reminder full = inserted(new Reminder(Fixtures.nextId(), "compose:record:42",
                "{\"title\":\"Call Ann\",\"note\":\"caf\u00e9 \u2615\",\"n\":[1,2]}", 3, ANN, BOB, minutesAgo(9), CAROL,
                minutesAgo(8), minutesFromNow(7), minutesAgo(10), minutesAgo(6), null));
        Reminder bare = inserted(reminder("x", ANN, ANN, null));

        assertEquals(Optional.of(full), reminders().findById(full.id()));
        assertEquals(Optional.of(bare), reminders().findById(bare.id()));
        assertEquals(Optional.empty(), reminders().findById(Fixtures.nextId()));
    }

    @Test
    void payloadsOfSixtyFourKibibytesRoundTrip() {
        String payload = "{\"text\":\"" + "\u00e9".repeat(32_000) + "\"}";
        Reminder big = inserted(new Reminder(Fixtures.nextId(), "big", payload, 0, ANN, ANN, NOW, 0, null, null, NOW,
                null, null));

        assertEquals(payload, reminders().findById(big.id()).orElseThrow().payload());
    }

    @Test
    void updateSavesEveryField() {
        Reminder r = inserted(reminder("compose:record:1", ANN, ANN, minutesFromNow(5)));
        Reminder changed = r.withContent("compose:record:2", "{\"a\":true}", minutesFromNow(30), NOW)
                .assignedTo(BOB, CAROL, minutesAgo(1))
                .dismissedBy(BOB, minutesAgo(1))
                .snoozedUntil(minutesFromNow(60), NOW)
                .withDeletedAt(NOW, NOW);

        reminders().update(changed);

        assertEquals(Optional.of(changed), reminders().findById(r.id()));
    }

    @Test
    void deletedRemindersAreFoundByIdButNeverSearched() {
        Reminder kept = inserted(reminder("kept", ANN, ANN, null));
        Reminder deleted = inserted(reminder("deleted", ANN, ANN, null));
        reminders().update(deleted.withDeletedAt(NOW, NOW));

        assertEquals(ids(kept), ids(search(ALL)));
        assertEquals(1, search(ALL).count());
        assertEquals(List.of(), ids(search(criteria(List.of(deleted.id()), "", 0, null, null, false, false))));
        assertEquals(NOW, reminders().findById(deleted.id()).orElseThrow().deletedAt());
    }

    @Test
    void searchReturnsOnlyRemindersInvolvingTheVisibleUserUnlessAllAreVisible() {
        Reminder toAnn = inserted(reminder("a", ANN, BOB, minutesFromNow(1)));
        Reminder byAnn = inserted(reminder("b", CAROL, ANN, minutesFromNow(2)));
        Reminder annOwn = inserted(reminder("c", ANN, ANN, minutesFromNow(3)));
        Reminder others = inserted(reminder("d", BOB, CAROL, minutesFromNow(4)));
        ReminderFilter any = ReminderFilter.criteria(List.of(), "", 0, null, null, false, false);

        Page<Reminder> anns = reminders().search(any.visibleTo(ANN, false), BY_REMIND_AT, 0, 2);
        assertEquals(ids(toAnn, byAnn), ids(anns));
        assertEquals(3, anns.count());
        assertEquals(ids(toAnn, byAnn, annOwn, others), ids(search(any.visibleTo(ANN, true))));
        assertEquals(ids(toAnn, others), ids(search(any.visibleTo(BOB, false))));
        assertEquals(List.of(), ids(search(any)));
        assertEquals(0, search(any).count());
    }

    @Test
    void filtersByIdsAndAssignee() {
        Reminder a = inserted(reminder("a", ANN, BOB, minutesFromNow(1)));
        Reminder b = inserted(reminder("b", BOB, BOB, minutesFromNow(2)));
        Reminder c = inserted(reminder("c", ANN, CAROL, minutesFromNow(3)));

        assertEquals(ids(a, c), ids(search(criteria(List.of(c.id(), a.id(), Fixtures.nextId()), "", 0, null, null,
                false, false))));
        assertEquals(ids(a, c), ids(search(criteria(List.of(), "", ANN, null, null, false, false))));
        assertEquals(ids(c), ids(search(criteria(List.of(b.id(), c.id()), "", ANN, null, null, false, false))));
    }

    @Test
    void resourceIsALiteralPrefixIgnoringCase() {
        Reminder record = inserted(reminder("compose:record:42", ANN, ANN, minutesFromNow(1)));
        Reminder module = inserted(reminder("Compose:Module:7", ANN, ANN, minutesFromNow(2)));
        inserted(reminder("system:user:1", ANN, ANN, minutesFromNow(3)));
        Reminder wild = inserted(reminder("50%_off", ANN, ANN, minutesFromNow(4)));
        inserted(reminder("500 off", ANN, ANN, minutesFromNow(5)));

        assertEquals(ids(record, module), ids(search(criteria(List.of(), "COMPOSE:", 0, null, null, false, false))));
        assertEquals(ids(record), ids(search(criteria(List.of(), "compose:record:42", 0, null, null, false, false))));
        assertEquals(ids(wild), ids(search(criteria(List.of(), "50%_", 0, null, null, false, false))));
    }

    @Test
    void scheduledRangeIsInclusiveAndLeavesOutUnscheduledReminders() {
        Reminder unscheduled = inserted(reminder("u", ANN, ANN, null));
        Reminder early = inserted(reminder("e", ANN, ANN, minutesFromNow(10)));
        Reminder middle = inserted(reminder("m", ANN, ANN, minutesFromNow(20)));
        Reminder late = inserted(reminder("l", ANN, ANN, minutesFromNow(30)));

        assertEquals(ids(early, middle), ids(search(criteria(List.of(), "", 0, minutesFromNow(10),
                minutesFromNow(20), false, false))));
        assertEquals(ids(middle, late), ids(search(criteria(List.of(), "", 0, minutesFromNow(20), null, false,
                false))));
        assertEquals(ids(early), ids(search(criteria(List.of(), "", 0, null, minutesFromNow(10).plusMillis(999),
                false, false))));
        assertEquals(ids(early, middle, late), ids(search(criteria(List.of(), "", 0, null, null, true, false))));
        assertEquals(ids(unscheduled, early, middle, late), ids(search(ALL)));
    }

    @Test
    void excludeDismissedLeavesOutDismissedReminders() {
        Reminder open = inserted(reminder("open", ANN, ANN, minutesFromNow(1)));
        Reminder dismissed = inserted(reminder("dismissed", ANN, ANN, minutesFromNow(2)));
        reminders().update(dismissed.dismissedBy(ANN, NOW));

        assertEquals(ids(open), ids(search(criteria(List.of(), "", 0, null, null, false, true))));
        assertEquals(ids(open, dismissed), ids(search(ALL)));
    }

    @Test
    void byRemindAtUnscheduledRemindersComeFirstAndTheIdBreaksTies() {
        long base = Fixtures.nextId() + 100;
        Reminder laterSameTime = inserted(new Reminder(base + 2, "b", "{}", 0, ANN, ANN, NOW, 0, null,
                minutesFromNow(5), NOW, null, null));
        Reminder soonest = inserted(new Reminder(base + 3, "c", "{}", 0, ANN, ANN, NOW, 0, null, minutesFromNow(1),
                NOW, null, null));
        Reminder sameTime = inserted(new Reminder(base + 1, "a", "{}", 0, ANN, ANN, NOW, 0, null, minutesFromNow(5),
                NOW, null, null));
        Reminder unscheduled = inserted(new Reminder(base + 4, "d", "{}", 0, ANN, ANN, NOW, 0, null, null, NOW, null,
                null));

        assertEquals(ids(unscheduled, soonest, sameTime, laterSameTime), ids(search(ALL)));
        assertEquals(ids(sameTime, laterSameTime, soonest, unscheduled),
                ids(reminders().search(ALL, by("remind_at", false), 0, 10)));
    }

    @Test
    void sortsByTheRequestedColumnsAndPagesWithTheRealCount() {
        Reminder a = inserted(reminder("alpha", BOB, ANN, minutesFromNow(3)));
        Reminder b = inserted(reminder("beta", ANN, CAROL, minutesFromNow(1)));
        Reminder c = inserted(reminder("gamma", CAROL, BOB, minutesFromNow(2)));
        reminders().update(c.snoozedUntil(minutesFromNow(2), NOW).snoozedUntil(minutesFromNow(2), NOW));
        reminders().update(a.snoozedUntil(minutesFromNow(3), NOW));

        assertEquals(ids(c, b, a), ids(reminders().search(ALL, by("resource", false), 0, 10)));
        assertEquals(ids(b, a, c), ids(reminders().search(ALL, by("assigned_to", true), 0, 10)));
        assertEquals(ids(a, c, b), ids(reminders().search(ALL, by("assigned_by", true), 0, 10)));
        assertEquals(ids(b, a, c), ids(reminders().search(ALL, by("snooze_count", true), 0, 10)));
        Page<Reminder> second = reminders().search(ALL, by("resource", true), 1, 1);
        assertEquals(ids(b), ids(second));
        assertEquals(3, second.count());
    }

    @Test
    void sortingByAColumnOutsideTheAllowListIsInvalid() {
        inserted(reminder("a", ANN, ANN, null));

        assertThrows(DomainException.Invalid.class, () -> reminders().search(ALL, by("payload", true), 0, 10));
    }

    @Test
    void aRolledBackTransactionLeavesNoReminderBehind() {
        Reminder r = reminder("rolled back", ANN, ANN, null);

        assertThrows(DomainException.Forbidden.class, () -> stores().transactions().inTransaction(() -> {
            reminders().insert(r);
            throw new DomainException.Forbidden("not allowed");
        }));

        assertEquals(Optional.empty(), reminders().findById(r.id()));
        assertEquals(0, search(ALL).count());
    }
}
