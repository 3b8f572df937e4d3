package io.gatehouse.application.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.application.Application;
import io.gatehouse.domain.application.ApplicationFilter;
import io.gatehouse.domain.automation.SystemEvent;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Roles;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mockito.ArgumentMatcher;

class ApplicationServiceTest {
    private static final String UNIFY = "{\"name\":\"CRM\",\"listed\":true,\"url\":\"/crm\",\"order\":1}";
    private static final String CONFIG = "{\"theme\":\"dark\"}";

    private final Services s = new Services();
    private final User admin = s.givenAdmin("admin@example.com");
    private final User alice = s.givenUser("alice@example.com");
    private final Caller asAdmin = s.signIn(admin);
    private final Caller asAlice = s.signIn(alice);

    private static ApplicationCommand command(String name) {
        return new ApplicationCommand(name, null, null, null);
    }

    private static ApplicationSearch search(ApplicationFilter filter, PageRequest page) {
        return new ApplicationSearch(filter, Sort.parse("", ApplicationSearch.DEFAULT_SORT, ApplicationSearch.SORTABLE),
                page);
    }

    private static ApplicationSearch search(String name, String query) {
        return search(new ApplicationFilter(name, query, Tristate.EXCLUDE), PageRequest.firstPage());
    }

    private static <T extends DomainException> String refused(Class<T> kind, Executable call) {
        return assertThrows(kind, call).getMessage();
    }

    private static List<Long> idsOf(Page<ApplicationView> page) {
        return page.items().stream().map(v -> v.application().id()).toList();
    }

    private static List<Long> ids(Application... applications) {
        return java.util.Arrays.stream(applications).map(Application::id).toList();
    }

    private List<Application> everyStoredApplication() {
        return s.stores.applications().search(new ApplicationFilter("", "", Tristate.INCLUDE), RowAccess.ALL, null, 0,
                1000).items();
    }

    private static ArgumentMatcher<SystemEvent> event(String type) {
        return e -> e != null && e.resourceType().equals("system:application") && e.eventType().equals(type);
    }

    /** Everyone keeps reading applications through its wildcard; a deny on one ID hides it. */
    private Caller refreshedAfter(long roleId, String resource, String operation, Access access) {
        s.givenRule(roleId, resource, operation, access);
        return s.refresh(asAlice);
    }

    @Nested
    class Create {
        @Test
        void administratorCreatesAnApplicationOwnedByThemWithEveryField() {
            ApplicationView view = s.applications.create(asAdmin,
                    new ApplicationCommand("CRM", true, JsonInput.of(UNIFY), JsonInput.of(CONFIG)));

            Application stored = s.stored(view.application());
            assertEquals("CRM", stored.name());
            assertEquals(admin.id(), stored.ownerId());
            assertTrue(stored.enabled());
            assertEquals(UNIFY, stored.unify());
            assertEquals(CONFIG, stored.config(), "config is stored (the reference dropped it)");
            assertEquals(s.clock.instant(), stored.createdAt());
            assertNull(stored.updatedAt());
            assertTrue(view.canGrant() && view.canUpdateApplication() && view.canDeleteApplication());
        }

        @Test
        void omittedFieldsMeanDisabledAndUnset() {
            Application stored = s.stored(s.applications.create(asAdmin, command("Bare")).application());

            assertFalse(stored.enabled());
            assertNull(stored.unify());
            assertNull(stored.config());
        }

        @Test
        void userWithoutGrantsCannotCreateAndNothingIsWritten() {
            assertEquals("not allowed to create applications", refused(DomainException.Forbidden.class,
                    () -> s.applications.create(asAlice, command("Mine"))));
            assertTrue(everyStoredApplication().isEmpty());
            ActionRecord record = s.lastAction();
            assertEquals("create", record.action());
            assertEquals("not allowed to create applications", record.error());
        }

        @Test
        void aGrantOfApplicationCreateLetsAUserCreateTheirOwn() {
            Caller caller = refreshedAfter(Roles.EVERYONE, "system", "application.create", Access.ALLOW);

            ApplicationView view = s.applications.create(caller, command("Mine"));

            assertEquals(alice.id(), s.stored(view.application()).ownerId());
            assertFalse(view.canUpdateApplication(), "creating grants no right on the new application");
        }

        @Test
        void nameIsRequiredAndBounded() {
            assertEquals("name is required", refused(DomainException.Invalid.class,
                    () -> s.applications.create(asAdmin, command(" "))));
            assertEquals("name is required", refused(DomainException.Invalid.class,
                    () -> s.applications.create(asAdmin, command(null))));
            assertEquals("name is too long (at most 255 characters)", refused(DomainException.Invalid.class,
                    () -> command("x".repeat(256))));
            assertEquals("x".repeat(255), s.applications.create(asAdmin, command("x".repeat(255)))
                    .application().name());
        }

        @Test
        void unifyAndConfigMustBeJsonObjectsOfBoundedSize() {
            assertEquals("invalid unify: expected a JSON object", refused(DomainException.Invalid.class,
                    () -> new ApplicationCommand("A", null, JsonInput.of("[1,2]"), null)));
            assertEquals("invalid config: expected a JSON object", refused(DomainException.Invalid.class,
                    () -> new ApplicationCommand("A", null, null, JsonInput.of("\"text\""))));
            String big = "{\"a\":\"" + "x".repeat(ApplicationCommand.MAX_JSON_BYTES) + "\"}";
            assertEquals("config is too large (at most 65536 bytes of JSON)", refused(DomainException.Invalid.class,
                    () -> new ApplicationCommand("A", null, null, JsonInput.of(big))));
            assertNull(new ApplicationCommand("A", null, JsonInput.of("null"), JsonInput.NULL).unify().text());
        }

        @Test
        void firesBeforeAndAfterCreate() {
            s.applications.create(asAdmin, command("CRM"));

            verify(s.events).dispatch(argThat(event("beforeCreate")));
            verify(s.events).dispatch(argThat(event("afterCreate")));
        }

        @Test
        void aBeforeCreateHandlerThatRefusesLeavesNothingBehind() {
            doThrow(new DomainException.Invalid("script says no")).when(s.events)
                    .dispatch(argThat(event("beforeCreate")));

            assertEquals("script says no", refused(DomainException.Invalid.class,
                    () -> s.applications.create(asAdmin, command("CRM"))));
            assertTrue(everyStoredApplication().isEmpty());
            verify(s.events, never()).dispatch(argThat(event("afterCreate")));
        }
    }

    @Nested
    class Update {
        private Application crm;

        @BeforeEach
        void givenCrm() {
            crm = s.givenApplication("CRM", UNIFY, CONFIG);
            s.advance(Duration.ofMinutes(5));
        }

        @Test
        void omittedFieldsKeepTheirValues() {
            ApplicationView view = s.applications.update(asAdmin, crm.id(), command("Sales"));

            Application stored = s.stored(crm);
            assertEquals("Sales", stored.name());
            assertTrue(stored.enabled(), "omitted enabled is kept (the reference reset it to false)");
            assertEquals(UNIFY, stored.unify(), "omitted unify is kept (the reference cleared it)");
            assertEquals(CONFIG, stored.config());
            assertEquals(s.clock.instant(), stored.updatedAt());
            assertEquals(stored, view.application());
        }

        @Test
        void onlyTheGivenFieldsChange() {
            s.applications.update(asAdmin, crm.id(), new ApplicationCommand(null, false, null, JsonInput.of("{}")));

            Application stored = s.stored(crm);
            assertEquals("CRM", stored.name());
            assertFalse(stored.enabled());
            assertEquals(UNIFY, stored.unify());
            assertEquals("{}", stored.config());
        }

        @Test
        void nullClearsUnifyAndConfig() {
            s.applications.update(asAdmin, crm.id(), new ApplicationCommand(null, null, JsonInput.NULL,
                    JsonInput.of("null")));

            assertNull(s.stored(crm).unify());
            assertNull(s.stored(crm).config());
        }

        @Test
        void aBlankNameIsRefusedAndNothingChanges() {
            assertEquals("name is required", refused(DomainException.Invalid.class,
                    () -> s.applications.update(asAdmin, crm.id(), new ApplicationCommand(" ", false, null, null))));
            assertEquals(crm, s.stored(crm));
        }

        @Test
        void userWithoutGrantsCannotUpdateAndNothingChanges() {
            assertEquals("not allowed to update this application", refused(DomainException.Forbidden.class,
                    () -> s.applications.update(asAlice, crm.id(), new ApplicationCommand("Mine", false,
                            JsonInput.NULL, JsonInput.NULL))));
            assertEquals(crm, s.stored(crm));
        }

        @Test
        void anUpdateGrantOnOneApplicationAllowsThatOneOnly() {
            Application other = s.givenApplication("Other", null, null);
            Caller caller = refreshedAfter(Roles.EVERYONE, "system:application:" + crm.id(), "update", Access.ALLOW);

            assertTrue(s.applications.update(caller, crm.id(), command("Renamed")).canUpdateApplication());
            assertThrows(DomainException.Forbidden.class, () -> s.applications.update(caller, other.id(),
                    command("Renamed")));
            assertEquals("Renamed", s.stored(crm).name());
            assertEquals("Other", s.stored(other).name());
        }

        @Test
        void firesBeforeAndAfterUpdateWithTheOldApplication() {
            s.applications.update(asAdmin, crm.id(), command("Sales"));

            verify(s.events).dispatch(argThat(e -> event("beforeUpdate").matches(e)
                    && e.args().get("oldApplication").equals(crm)
                    && ((Application) e.args().get("application")).name().equals("Sales")));
            verify(s.events).dispatch(argThat(event("afterUpdate")));
        }

        @Test
        void unknownApplicationIsNotFound() {
            assertEquals("application not found", refused(DomainException.NotFound.class,
                    () -> s.applications.update(asAdmin, 999_999, command("X"))));
            assertEquals("invalid ID", refused(DomainException.Invalid.class,
                    () -> s.applications.update(asAdmin, 0, command("X"))));
        }
    }

    @Nested
    class DeleteAndUndelete {
        private Application crm;

        @BeforeEach
        void givenCrm() {
            crm = s.givenApplication("CRM", null, null);
        }

        @Test
        void deleteAndUndeleteAreRecordedAsSuch() {
            s.applications.delete(asAdmin, crm.id());
            assertTrue(s.stored(crm).isDeleted());
            assertEquals("delete", s.lastAction().action());

            s.applications.undelete(asAdmin, crm.id());
            assertFalse(s.stored(crm).isDeleted());
            ActionRecord record = s.lastAction();
            assertEquals("undelete", record.action(), "the reference logged undelete as delete");
            assertEquals("system:application:" + crm.id(), record.resource());
            assertEquals(Map.of("application.ID", Long.toString(crm.id())), record.meta());
        }

        @Test
        void deleteFiresBeforeAndAfterDeleteOnce() {
            s.applications.delete(asAdmin, crm.id());
            s.applications.delete(asAdmin, crm.id());

            verify(s.events).dispatch(argThat(event("beforeDelete")));
            verify(s.events).dispatch(argThat(event("afterDelete")));
        }

        @Test
        void userWithoutGrantsCannotDeleteOrUndeleteAndNothingChanges() {
            assertEquals("not allowed to delete this application", refused(DomainException.Forbidden.class,
                    () -> s.applications.delete(asAlice, crm.id())));
            assertFalse(s.stored(crm).isDeleted());
            s.applications.delete(asAdmin, crm.id());
            assertEquals("not allowed to undelete this application", refused(DomainException.Forbidden.class,
                    () -> s.applications.undelete(asAlice, crm.id())));
            assertTrue(s.stored(crm).isDeleted());
        }

        @Test
        void undeleteNeedsTheDeleteOperation() {
            s.applications.delete(asAdmin, crm.id());
            Caller updater = refreshedAfter(Roles.EVERYONE, "system:application:*", "update", Access.ALLOW);
            assertThrows(DomainException.Forbidden.class, () -> s.applications.undelete(updater, crm.id()));

            Caller deleter = refreshedAfter(Roles.EVERYONE, "system:application:" + crm.id(), "delete", Access.ALLOW);
            s.applications.undelete(deleter, crm.id());
            assertFalse(s.stored(crm).isDeleted());
        }

        @Test
        void unknownApplicationIsNotFound() {
            assertEquals("application not found", refused(DomainException.NotFound.class,
                    () -> s.applications.delete(asAdmin, 999_999)));
            assertEquals("application not found", refused(DomainException.NotFound.class,
                    () -> s.applications.undelete(asAdmin, 999_999)));
        }
    }

    @Nested
    class Read {
        private Application crm;

        @BeforeEach
        void givenCrm() {
            crm = s.givenApplication("CRM", UNIFY, null);
        }

        @Test
        void everyoneReadsApplicationsByDefaultButMayDoNothingElse() {
            ApplicationView view = s.applications.read(asAlice, crm.id());

            assertEquals(crm, view.application());
            assertFalse(view.canGrant() || view.canUpdateApplication() || view.canDeleteApplication());
        }

        @Test
        void administratorsSeeEveryFlag() {
            ApplicationView view = s.applications.read(asAdmin, crm.id());

            assertTrue(view.canGrant() && view.canUpdateApplication() && view.canDeleteApplication());
        }

        @Test
        void aDenyOnTheApplicationRefusesReadingIt() {
            Caller caller = refreshedAfter(Roles.EVERYONE, "system:application:" + crm.id(), "read", Access.DENY);

            assertEquals("not allowed to read this application", refused(DomainException.Forbidden.class,
                    () -> s.applications.read(caller, crm.id())));
        }

        @Test
        void withoutAnyRuleReadingIsDenied() {
            Caller caller = refreshedAfter(Roles.EVERYONE, "system:application:*", "read", Access.INHERIT);

            assertThrows(DomainException.Forbidden.class, () -> s.applications.read(caller, crm.id()));
            assertEquals(0, s.applications.search(caller, search("", "")).count());
        }

        @Test
        void deletedApplicationsCanStillBeRead() {
            s.applications.delete(asAdmin, crm.id());

            assertNotNull(s.applications.read(asAlice, crm.id()).application().deletedAt());
        }

        @Test
        void unknownApplicationIsNotFound() {
            assertEquals("application not found", refused(DomainException.NotFound.class,
                    () -> s.applications.read(asAdmin, 999_999)));
        }
    }

    @Nested
    class Search {
        @Test
        void nameMatchesTheWholeNameAndQueryAnyPart() {
            Application crm = s.givenApplication("CRM", null, null);
            Application suite = s.givenApplication("CRM Suite", null, null);
            s.givenApplication("Service Cloud", null, null);

            assertEquals(ids(crm), idsOf(s.applications.search(asAlice, search("crm", ""))),
                    "the reference ignored name");
            assertEquals(ids(crm, suite), idsOf(s.applications.search(asAlice, search("", "rm"))));
            assertEquals(ids(suite), idsOf(s.applications.search(asAlice, search("", "suite"))));
        }

        @Test
        void applicationsDeniedToTheCallerAreNeitherListedNorCounted() {
            Application visible = s.givenApplication("Visible", null, null);
            Application hidden = s.givenApplication("Hidden", null, null);
            Caller caller = refreshedAfter(Roles.EVERYONE, "system:application:" + hidden.id(), "read", Access.DENY);

            Page<ApplicationView> page = s.applications.search(caller, search("", ""));

            assertEquals(ids(visible), idsOf(page));
            assertEquals(1, page.count());
            assertEquals(ids(visible, hidden), idsOf(s.applications.search(s.refresh(asAdmin), search("", ""))),
                    "Administrators' wildcard beats Everyone's rule");
        }

        @Test
        void listedViewsCarryTheCallersFlags() {
            s.givenApplication("CRM", null, null);

            ApplicationView asReader = s.applications.search(asAlice, search("", "")).items().get(0);
            ApplicationView asOwner = s.applications.search(asAdmin, search("", "")).items().get(0);

            assertFalse(asReader.canGrant() || asReader.canUpdateApplication() || asReader.canDeleteApplication());
            assertTrue(asOwner.canGrant() && asOwner.canUpdateApplication() && asOwner.canDeleteApplication());
        }

        @Test
        void deletedApplicationsNeedSystemAccess() {
            Application gone = s.givenApplication("Gone", null, null);
            s.applications.delete(asAdmin, gone.id());
            ApplicationSearch deleted = search(new ApplicationFilter("", "", Tristate.ONLY), PageRequest.firstPage());

            assertEquals("not allowed to list applications", refused(DomainException.Forbidden.class,
                    () -> s.applications.search(asAlice, deleted)));
            assertEquals(ids(gone), idsOf(s.applications.search(asAdmin, deleted)));
            assertEquals(List.of(), idsOf(s.applications.search(asAdmin, search("", ""))));
        }

        @Test
        void pagesDefaultToFiftyAndCountEveryMatch() {
            for (int i = 0; i < 60; i++) {
                s.givenApplication("App " + i, null, null);
            }

            Page<ApplicationView> first = s.applications.search(asAlice, search(new ApplicationFilter("", "", null),
                    PageRequest.firstPage()));
            Page<ApplicationView> last = s.applications.search(asAlice, search(new ApplicationFilter("", "", null),
                    new PageRequest(0, 0, 4, 20)));

            assertEquals(50, first.items().size());
            assertEquals(60, first.count());
            assertEquals(0, last.items().size());
            assertEquals(60, last.count());
        }
    }

    @Nested
    class Trigger {
        @Test
        void withoutAutomationNoScriptExists() {
            Application crm = s.givenApplication("CRM", null, null);

            assertEquals("nonexistent script (\"welcome\")", refused(DomainException.NotFound.class,
                    () -> s.applications.trigger(asAlice, crm.id(), "welcome")));
            assertEquals("script name not provided (\"\")", refused(DomainException.Invalid.class,
                    () -> s.applications.trigger(asAlice, crm.id(), " ")));
            assertEquals("application not found", refused(DomainException.NotFound.class,
                    () -> s.applications.trigger(asAlice, 999_999, "welcome")));
        }

        @Test
        void triggeringNeedsRead() {
            Application crm = s.givenApplication("CRM", null, null);
            Caller caller = refreshedAfter(Roles.EVERYONE, "system:application:" + crm.id(), "read", Access.DENY);

            assertEquals("not allowed to read this application", refused(DomainException.Forbidden.class,
                    () -> s.applications.trigger(caller, crm.id(), "welcome")));
        }
    }
}
