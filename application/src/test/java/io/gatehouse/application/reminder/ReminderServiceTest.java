package io.gatehouse.application.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.Severity;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.reminder.ReminderFilter;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Sort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ReminderServiceTest {
    private final Services s = new Services();
    private final User admin = s.givenAdmin("admin@example.com");
    private final User ann = s.givenUser("ann@example.com");
    private final User bob = s.givenUser("bob@example.com");
    private final User assigner = s.givenUser("assigner@example.com");
    private final Role assigners = s.givenRole("Assigners", "assigners", assigner);
    private final Caller asAdmin = s.signIn(admin);
    private final Caller asAnn = s.signIn(ann);
    private final Caller asBob = s.signIn(bob);

    private Caller asAssigner() {
        s.givenRule(assigners.id(), "system", "reminder.assign", Access.ALLOW);
        return s.signIn(assigner);
    }

    private static <T extends DomainException> String refused(Class<T> kind, Executable call) {
        return assertThrows(kind, call).getMessage();
    }

    private static ReminderFilter any() {
        return ReminderFilter.criteria(List.of(), "", 0, null, null, false, false);
    }

    private static ReminderSearch search(ReminderFilter filter, String sort, PageRequest page) {
        return new ReminderSearch(filter, Sort.parse(sort, ReminderSearch.DEFAULT_SORT, ReminderSearch.SORTABLE),
                page);
    }

    private List<Long> found(Caller caller, ReminderFilter filter) {
        return ids(s.reminders.search(caller, search(filter, "", PageRequest.firstPage())));
    }

    private static List<Long> ids(Page<Reminder> page) {
        return page.items().stream().map(Reminder::id).toList();
    }

    private static List<Long> ids(Reminder... reminders) {
        return java.util.Arrays.stream(reminders).map(Reminder::id).toList();
    }

    private static ReminderCommand command(String resource, User assignee, String payload, Instant remindAt) {
        return new ReminderCommand(resource, assignee.id(), payload, remindAt);
    }

    private Instant inMinutes(long minutes) {
        return s.clock.instant().plus(Duration.ofMinutes(minutes));
    }

    @Nested
    class Create {
        @Test
        void anyoneCreatesAReminderForThemselves() {
            Instant due = inMinutes(30);
            Reminder created = s.reminders.create(asAnn, command(" compose:record:7 ", ann, "{\"title\":\"Call\"}",
                    due));

            Reminder stored = s.stored(created);
            assertEquals(created, stored);
            assertEquals("compose:record:7", stored.resource());
            assertEquals("{\"title\":\"Call\"}", stored.payload());
            assertEquals(ann.id(), stored.assignedTo());
            assertEquals(ann.id(), stored.assignedBy());
            assertEquals(s.clock.instant(), stored.assignedAt());
            assertEquals(due, stored.remindAt());
            assertEquals(0, stored.snoozeCount());
            assertEquals(0, stored.dismissedBy());
            assertNull(stored.dismissedAt());
        }

        @Test
        void timesAreKeptToTheMillisecondSoTheAnswerIsWhatWasStored() {
            s.advance(Duration.ofNanos(123_456_789));
            Reminder created = s.reminders.create(asAnn, command("x", ann, null,
                    Instant.parse("2030-01-01T10:00:00.987654321Z")));

            assertEquals(s.stored(created), created);
            assertEquals(Instant.parse("2030-01-01T10:00:00.987Z"), created.remindAt());
            assertEquals(Services.START.plusMillis(123), created.assignedAt());
        }

        @Test
        void anOmittedPayloadIsAnEmptyObject() {
            Reminder created = s.reminders.create(asAnn, command("x", ann, null, null));

            assertEquals("{}", s.stored(created).payload());
            assertNull(s.stored(created).remindAt());
        }

        @Test
        void assigningToSomeoneElseNeedsReminderAssignAndARefusalWritesNothing() {
            assertEquals(ReminderService.NOT_ALLOWED_TO_ASSIGN, refused(DomainException.Forbidden.class,
                    () -> s.reminders.create(asAnn, command("x", bob, null, null))));

            assertEquals(List.of(), found(asAdmin, any()));
            ActionRecord record = s.lastAction();
            assertEquals("create", record.action());
            assertEquals(ReminderService.NOT_ALLOWED_TO_ASSIGN, record.error());
            assertEquals(Severity.ERROR, record.severity());
        }

        @Test
        void holdersOfReminderAssignAssignToOthers() {
            Reminder created = s.reminders.create(asAssigner(), command("x", bob, null, null));

            assertEquals(bob.id(), s.stored(created).assignedTo());
            assertEquals(assigner.id(), s.stored(created).assignedBy());
            assertEquals(ids(created), found(asBob, any()));
        }

        @Test
        void theAssigneeMustBeALiveUser() {
            assertEquals("invalid assignedTo: user 999999 does not exist", refused(DomainException.Invalid.class,
                    () -> s.reminders.create(asAdmin, new ReminderCommand("x", 999_999, null, null))));
            s.users.delete(asAdmin, bob.id());
            assertEquals("invalid assignedTo: user " + bob.id() + " does not exist",
                    refused(DomainException.Invalid.class, () -> s.reminders.create(asAdmin, command("x", bob, null,
                            null))));
            assertEquals(List.of(), found(asAdmin, any()));
        }

        @Test
        void withoutReminderAssignEvenAnUnknownAssigneeIsNotAllowed() {
            assertEquals(ReminderService.NOT_ALLOWED_TO_ASSIGN, refused(DomainException.Forbidden.class,
                    () -> s.reminders.create(asAnn, new ReminderCommand("x", 999_999, null, null))));
        }

        @Test
        void resourceAssigneeAndPayloadAreValidated() {
            assertEquals("resource is required", refused(DomainException.Invalid.class,
                    () -> new ReminderCommand(" ", ann.id(), null, null)));
            assertEquals("resource is too long (at most 512 characters)", refused(DomainException.Invalid.class,
                    () -> new ReminderCommand("r".repeat(513), ann.id(), null, null)));
            assertEquals("assignedTo is required", refused(DomainException.Invalid.class,
                    () -> new ReminderCommand("x", 0, null, null)));
            assertEquals("invalid payload: expected a JSON object", refused(DomainException.Invalid.class,
                    () -> new ReminderCommand("x", ann.id(), "[1,2]", null)));
            assertEquals("payload is too large (at most 65536 bytes)", refused(DomainException.Invalid.class,
                    () -> new ReminderCommand("x", ann.id(), "{\"t\":\"" + "\u00e9".repeat(32_765) + "\"}", null)));
            new ReminderCommand("r".repeat(512), ann.id(), "{\"t\":\"" + "\u00e9".repeat(32_764) + "\"}", null);
        }

        @Test
        void anonymousCallersAreNotAuthenticated() {
            refused(DomainException.Unauthenticated.class,
                    () -> s.reminders.create(s.anonymous(), command("x", ann, null, null)));
            refused(DomainException.Unauthenticated.class,
                    () -> s.reminders.search(s.anonymous(), search(any(), "", PageRequest.firstPage())));
        }

        @Test
        void createIsRecordedAsCreate() {
            Reminder created = s.reminders.create(asAnn, command("x", ann, null, null));

            assertEquals("create", s.lastAction().action());
            assertEquals("system:reminder:" + created.id(), s.lastAction().resource());
            assertEquals(String.valueOf(created.id()), s.lastAction().meta().get("reminder.ID"));
            assertTrue(s.lastAction().error().isEmpty());
        }
    }

    @Nested
    class Visibility {
        @Test
        void theAssigneeTheCreatorAndHoldersOfReminderAssignSeeAReminder() {
            Caller asAssigner = asAssigner();
            Reminder forAnn = s.reminders.create(asAssigner, command("x", ann, null, null));

            assertEquals(forAnn, s.reminders.read(asAnn, forAnn.id()));
            assertEquals(forAnn, s.reminders.read(asAssigner, forAnn.id()));
            assertEquals(forAnn, s.reminders.read(asAdmin, forAnn.id()));
            assertEquals(ReminderService.NOT_FOUND, refused(DomainException.NotFound.class,
                    () -> s.reminders.read(asBob, forAnn.id())));
        }

        @Test
        void toAnyoneElseTheReminderDoesNotExistAndCannotBeChanged() {
            Reminder annOwn = s.givenReminder("x", ann, ann, inMinutes(5));

            for (Executable change : List.<Executable>of(
                    () -> s.reminders.update(asBob, annOwn.id(), command("y", bob, null, null)),
                    () -> s.reminders.delete(asBob, annOwn.id()),
                    () -> s.reminders.dismiss(asBob, annOwn.id()),
                    () -> s.reminders.snooze(asBob, annOwn.id(), inMinutes(60)))) {
                assertEquals(ReminderService.NOT_FOUND, refused(DomainException.NotFound.class, change));
            }

            assertEquals(annOwn, s.stored(annOwn));
            assertEquals(List.of(), found(asBob, any()));
        }

        @Test
        void aCreatorWhoLostReminderAssignStillSeesWhatTheyAssigned() {
            Reminder forBob = s.reminders.create(asAssigner(), command("x", bob, null, null));
            s.givenRule(assigners.id(), "system", "reminder.assign", Access.INHERIT);
            Caller withoutGrant = s.signIn(assigner);
            Reminder annOwn = s.givenReminder("y", ann, ann, null);

            assertEquals(forBob, s.reminders.read(withoutGrant, forBob.id()));
            assertEquals(ids(forBob), found(withoutGrant, any()));
            refused(DomainException.NotFound.class, () -> s.reminders.read(withoutGrant, annOwn.id()));
        }

        @Test
        void theListShowsOnlyTheCallersRemindersAndCountsThem() {
            Reminder annOwn = s.givenReminder("a", ann, ann, inMinutes(1));
            Reminder annToBob = s.givenReminder("b", bob, ann, inMinutes(2));
            Reminder adminToAnn = s.givenReminder("c", ann, admin, inMinutes(3));
            Reminder bobOwn = s.givenReminder("d", bob, bob, inMinutes(4));

            Page<Reminder> page = s.reminders.search(asAnn, search(any(), "", new PageRequest(2, 0, 0, 0)));
            assertEquals(ids(annOwn, annToBob), ids(page));
            assertEquals(3, page.count());
            assertEquals(ids(annOwn, annToBob, adminToAnn, bobOwn), found(asAdmin, any()));
            assertEquals(ids(annToBob, bobOwn), found(asBob, any()));
        }
    }

    @Nested
    class Search {
        @Test
        void filtersByIdsResourceAssigneeAndState() {
            Reminder record = s.givenReminder("compose:record:1", ann, admin, inMinutes(10));
            Reminder module = s.givenReminder("compose:module:1", bob, admin, inMinutes(20));
            Reminder unscheduled = s.givenReminder("system:user:1", ann, admin, null);
            Reminder dismissed = s.givenReminder("compose:record:2", ann, admin, inMinutes(30));
            s.reminders.dismiss(asAdmin, dismissed.id());

            assertEquals(ids(record, module), found(asAdmin, ReminderFilter.criteria(List.of(module.id(),
                    record.id()), "", 0, null, null, false, false)));
            assertEquals(ids(record, module, dismissed), found(asAdmin, ReminderFilter.criteria(List.of(),
                    "compose:", 0, null, null, false, false)));
            assertEquals(ids(unscheduled, record, dismissed), found(asAdmin, ReminderFilter.criteria(List.of(), "",
                    ann.id(), null, null, false, false)));
            assertEquals(ids(record, module, dismissed), found(asAdmin, ReminderFilter.criteria(List.of(), "", 0,
                    null, null, true, false)));
            assertEquals(ids(unscheduled, record, module), found(asAdmin, ReminderFilter.criteria(List.of(), "", 0,
                    null, null, false, true)));
            assertEquals(ids(record, module), found(asAdmin, ReminderFilter.criteria(List.of(), "", 0,
                    inMinutes(10), inMinutes(20), false, false)));
        }

        @Test
        void sortsAndPages() {
            Reminder b = s.givenReminder("b", ann, ann, inMinutes(1));
            Reminder a = s.givenReminder("a", ann, ann, inMinutes(2));
            Reminder c = s.givenReminder("c", ann, ann, null);

            assertEquals(ids(c, b, a), ids(s.reminders.search(asAnn, search(any(), "", PageRequest.firstPage()))));
            assertEquals(ids(c, b, a), ids(s.reminders.search(asAnn, search(any(), "resource DESC",
                    PageRequest.firstPage()))));
            Page<Reminder> second = s.reminders.search(asAnn, search(any(), "resource", new PageRequest(0, 0, 2, 1)));
            assertEquals(ids(b), ids(second));
            assertEquals(3, second.count());
        }

        @Test
        void aRangeThatEndsBeforeItStartsIsInvalid() {
            ReminderFilter backwards = ReminderFilter.criteria(List.of(), "", 0, inMinutes(10), inMinutes(5), false,
                    false);

            assertEquals("invalid scheduledFrom: it is after scheduledUntil", refused(DomainException.Invalid.class,
                    () -> s.reminders.search(asAnn, search(backwards, "", PageRequest.firstPage()))));
        }
    }

    @Nested
    class Update {
        @Test
        void updateReplacesResourcePayloadAndRemindAtAndKeepsTheAssignment() {
            Reminder own = s.reminders.create(asAnn, command("x", ann, "{\"a\":1}", inMinutes(5)));
            s.advance(Duration.ofMinutes(1));

            Reminder updated = s.reminders.update(asAnn, own.id(), command("y", ann, null, null));

            assertEquals(updated, s.stored(own));
            assertEquals("y", updated.resource());
            assertEquals("{}", updated.payload());
            assertNull(updated.remindAt());
            assertEquals(own.assignedAt(), updated.assignedAt());
            assertEquals(ann.id(), updated.assignedBy());
            assertEquals(s.clock.instant(), updated.updatedAt());
            assertEquals("update", s.lastAction().action());
        }

        @Test
        void theAssigneeMayChangeAReminderSomeoneElseAssignedThem() {
            Reminder fromAdmin = s.givenReminder("x", ann, admin, null);

            Reminder updated = s.reminders.update(asAnn, fromAdmin.id(), command("mine now", ann, null, inMinutes(9)));

            assertEquals("mine now", s.stored(fromAdmin).resource());
            assertEquals(admin.id(), updated.assignedBy());
        }

        @Test
        void handingAReminderToSomeoneElseNeedsReminderAssign() {
            Reminder fromAdmin = s.givenReminder("x", ann, admin, null);

            assertEquals(ReminderService.NOT_ALLOWED_TO_ASSIGN, refused(DomainException.Forbidden.class,
                    () -> s.reminders.update(asAnn, fromAdmin.id(), command("x", bob, null, null))));
            assertEquals(fromAdmin, s.stored(fromAdmin));
        }

        @Test
        void aNewAssigneeRenewsAssignedByAndAssignedAt() {
            Reminder annOwn = s.givenReminder("x", ann, ann, null);
            s.advance(Duration.ofMinutes(3));

            s.reminders.update(asAdmin, annOwn.id(), command("x", bob, null, null));

            Reminder stored = s.stored(annOwn);
            assertEquals(bob.id(), stored.assignedTo());
            assertEquals(admin.id(), stored.assignedBy());
            assertEquals(s.clock.instant(), stored.assignedAt());
            refused(DomainException.NotFound.class, () -> s.reminders.read(asAnn, annOwn.id()));
        }

        @Test
        void unknownAndDeletedRemindersAreNotFound() {
            Reminder deleted = s.givenReminder("x", ann, ann, null);
            s.reminders.delete(asAnn, deleted.id());

            assertEquals(ReminderService.NOT_FOUND, refused(DomainException.NotFound.class,
                    () -> s.reminders.update(asAdmin, 999_999, command("x", ann, null, null))));
            assertEquals(ReminderService.NOT_FOUND, refused(DomainException.NotFound.class,
                    () -> s.reminders.update(asAnn, deleted.id(), command("x", ann, null, null))));
            assertEquals("invalid ID", refused(DomainException.Invalid.class, () -> s.reminders.read(asAnn, 0)));
        }
    }

    @Nested
    class DismissSnoozeDelete {
        @Test
        void dismissRecordsWhoAndWhenOnce() {
            Reminder fromAdmin = s.givenReminder("x", ann, admin, inMinutes(5));
            s.advance(Duration.ofMinutes(1));
            Instant first = s.clock.instant();

            s.reminders.dismiss(asAnn, fromAdmin.id());
            s.advance(Duration.ofMinutes(1));
            s.reminders.dismiss(asAdmin, fromAdmin.id());

            Reminder stored = s.stored(fromAdmin);
            assertEquals(ann.id(), stored.dismissedBy());
            assertEquals(first, stored.dismissedAt());
            assertEquals("dismiss", s.lastAction().action());
        }

        @Test
        void snoozeMovesRemindAtAndCountsEverySnooze() {
            Reminder own = s.givenReminder("x", ann, ann, inMinutes(5));

            s.reminders.snooze(asAnn, own.id(), inMinutes(15));
            s.reminders.snooze(asAnn, own.id(), inMinutes(25));

            assertEquals(2, s.stored(own).snoozeCount());
            assertEquals(inMinutes(25), s.stored(own).remindAt());
            assertEquals("snooze", s.lastAction().action());
        }

        @Test
        void snoozeNeedsARemindAt() {
            Reminder own = s.givenReminder("x", ann, ann, inMinutes(5));

            assertEquals("remindAt is required", refused(DomainException.Invalid.class,
                    () -> s.reminders.snooze(asAnn, own.id(), null)));
            assertEquals(own, s.stored(own));
        }

        @Test
        void deleteHidesTheReminderFromEveryone() {
            Reminder own = s.givenReminder("x", ann, ann, inMinutes(5));

            s.reminders.delete(asAnn, own.id());

            assertEquals(s.clock.instant(), s.stored(own).deletedAt());
            assertEquals("delete", s.lastAction().action());
            refused(DomainException.NotFound.class, () -> s.reminders.read(asAdmin, own.id()));
            refused(DomainException.NotFound.class, () -> s.reminders.delete(asAnn, own.id()));
            assertEquals(List.of(), found(asAdmin, any()));
        }
    }
}
