package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.by;
import static io.gatehouse.domain.testing.contract.Fixtures.byId;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.application.Application;
import io.gatehouse.domain.application.ApplicationFilter;
import io.gatehouse.domain.application.ApplicationStore;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link ApplicationStore} must do. */
public abstract class ApplicationStoreContract extends StoreContract {
    private static final ApplicationFilter LIVE = new ApplicationFilter("", "", Tristate.EXCLUDE);
    private static final String UNIFY = "{\"name\":\"CRM\",\"listed\":true,\"icon\":\"i.svg\",\"logo\":\"\","
            + "\"url\":\"/crm\",\"config\":\"\",\"order\":3}";

    private ApplicationStore applications() {
        return stores().applications();
    }

    private Application inserted(Application application) {
        applications().insert(application);
        return application;
    }

    private static Application application(String name) {
        return new Application(Fixtures.nextId(), name, 42, true, null, null, NOW, null, null);
    }

    private Page<Application> search(ApplicationFilter filter) {
        return applications().search(filter, RowAccess.ALL, byId(), 0, 100);
    }

    private static List<Long> ids(Page<Application> page) {
        return page.items().stream().map(Application::id).toList();
    }

    private static List<Long> ids(Application... applications) {
        List<Long> ids = new ArrayList<>();
        for (Application a : applications) {
            ids.add(a.id());
        }
        return ids;
    }

    @Test
    void nothingIsProvisioned() {
        assertEquals(0, applications().search(new ApplicationFilter("", "", Tristate.INCLUDE), RowAccess.ALL, byId(),
                0, 100).count());
    }

    @Test
    void insertedApplicationIsFoundWithEveryField() {
        Application crm = inserted(new Application(Fixtures.nextId(), "CRM", 42, true, UNIFY,
                "{\"theme\":{\"dark\":true},\"tags\":[\"a\",\"b\"]}", minutesAgo(3), minutesAgo(2), minutesAgo(1)));

        assertEquals(Optional.of(crm), applications().findById(crm.id()));
        assertEquals(Optional.empty(), applications().findById(Fixtures.nextId()));
    }

    @Test
    void unsetJsonStaysNullAndDisabledStaysDisabled() {
        Application bare = inserted(new Application(Fixtures.nextId(), "", 0, false, null, null, NOW, null, null));

        assertEquals(Optional.of(bare), applications().findById(bare.id()));
    }

    @Test
    void largeJsonWithAnyCharacterIsKeptExactly() {
        String config = "{\"note\":\"" + "Grüße 😀 \\\"quoted\\\" ".repeat(2500) + "\"}";
        Application big = inserted(new Application(Fixtures.nextId(), "Big", 1, true, null, config, NOW, null, null));

        assertEquals(config, applications().findById(big.id()).orElseThrow().config());
    }

    @Test
    void updateSavesEveryField() {
        Application crm = inserted(application("CRM"));
        Application changed = crm.withSettings("Sales", false, UNIFY, "{\"a\":1}", NOW).withDeletedAt(NOW, NOW);

        applications().update(changed);

        assertEquals(Optional.of(changed), applications().findById(crm.id()));
        Application cleared = changed.withSettings("Sales", true, null, null, NOW);
        applications().update(cleared);
        assertEquals(Optional.of(cleared), applications().findById(crm.id()));
    }

    @Test
    void nameFilterMatchesTheWholeNameIgnoringCase() {
        Application crm = inserted(application("CRM"));
        Application other = inserted(application("crm"));
        inserted(application("CRM Suite"));
        inserted(application("My CRM"));

        assertEquals(ids(crm, other), ids(search(new ApplicationFilter("Crm", "", Tristate.EXCLUDE))));
        assertEquals(List.of(), ids(search(new ApplicationFilter("CR", "", Tristate.EXCLUDE))));
        assertEquals(List.of(), ids(search(new ApplicationFilter("CR%", "", Tristate.EXCLUDE))));
    }

    @Test
    void queryMatchesAnyPartOfTheNameIgnoringCaseAndLiterally() {
        Application crm = inserted(application("CRM"));
        Application suite = inserted(application("The crm suite"));
        Application percent = inserted(application("100% Uptime"));
        inserted(application("Service Cloud"));
        inserted(application("1000 Uptime"));

        assertEquals(ids(crm, suite), ids(search(new ApplicationFilter("", "cRm", Tristate.EXCLUDE))));
        assertEquals(ids(percent), ids(search(new ApplicationFilter("", "0%", Tristate.EXCLUDE))));
        assertEquals(List.of(), ids(search(new ApplicationFilter("", "C_M", Tristate.EXCLUDE))));
    }

    @Test
    void nameAndQueryCombine() {
        Application crm = inserted(application("CRM"));
        inserted(application("CRM Suite"));

        assertEquals(ids(crm), ids(search(new ApplicationFilter("crm", "R", Tristate.EXCLUDE))));
        assertEquals(List.of(), ids(search(new ApplicationFilter("crm", "Suite", Tristate.EXCLUDE))));
    }

    @Test
    void searchHonoursTheDeletedTristate() {
        Application live = inserted(application("Live"));
        Application deleted = inserted(application("Deleted"));
        applications().update(deleted.withDeletedAt(NOW, NOW));

        assertEquals(ids(live), ids(search(LIVE)));
        assertEquals(ids(live, deleted), ids(search(new ApplicationFilter("", "", Tristate.INCLUDE))));
        assertEquals(ids(deleted), ids(search(new ApplicationFilter("", "", Tristate.ONLY))));
    }

    @Test
    void searchCountsAllMatchesBeyondThePage() {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(inserted(application("App " + i)).id());
        }

        Page<Application> page = applications().search(LIVE, RowAccess.ALL, byId(), 2, 3);

        assertEquals(all.subList(2, 5), ids(page));
        assertEquals(6, page.count());
    }

    @Test
    void readableRowAccessRestrictsRowsAndCount() {
        Application a = inserted(application("A"));
        Application b = inserted(application("B"));
        Application c = inserted(application("C"));

        Page<Application> onlyA = applications().search(LIVE, new RowAccess(false, Set.of(a.id())), byId(), 0, 10);
        Page<Application> allButB = applications().search(LIVE, new RowAccess(true, Set.of(b.id())), byId(), 0, 10);
        Page<Application> none = applications().search(LIVE, RowAccess.NONE, byId(), 0, 10);

        assertEquals(ids(a), ids(onlyA));
        assertEquals(1, onlyA.count());
        assertEquals(ids(a, c), ids(allButB));
        assertEquals(2, allButB.count());
        assertEquals(List.of(), ids(none));
        assertEquals(0, none.count());
    }

    @Test
    void searchSortsByTheRequestedColumnsWithTheIdAsTieBreaker() {
        Application zed = inserted(new Application(Fixtures.nextId(), "Zed", 7, true, null, null, minutesAgo(1),
                null, null));
        Application bee = inserted(new Application(Fixtures.nextId(), "bee", 9, false, null, null, minutesAgo(3),
                null, null));
        Application ant = inserted(new Application(Fixtures.nextId(), "Ant", 7, false, null, null, minutesAgo(2),
                null, null));

        assertEquals(ids(zed, bee, ant), ids(applications().search(LIVE, RowAccess.ALL, by("name", false), 0, 10)));
        assertEquals(ids(bee, ant, zed), ids(applications().search(LIVE, RowAccess.ALL, by("created_at", true), 0,
                10)));
        assertEquals(ids(bee, ant, zed), ids(applications().search(LIVE, RowAccess.ALL, by("enabled", true), 0, 10)));
        assertEquals(ids(ant, zed, bee), ids(applications().search(LIVE, RowAccess.ALL, new Sort(List.of(
                new Sort.Order("rel_owner", true), new Sort.Order("name", true))), 0, 10)));
    }
}
