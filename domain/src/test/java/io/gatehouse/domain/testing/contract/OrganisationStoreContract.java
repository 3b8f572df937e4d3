package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static io.gatehouse.domain.testing.contract.Fixtures.organisation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.organisation.OrganisationStore;
import io.gatehouse.domain.rbac.RowAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link OrganisationStore} must do. */
public abstract class OrganisationStoreContract extends StoreContract {

    private OrganisationStore organisations() {
        return stores().organisations();
    }

    private Organisation inserted(Organisation organisation) {
        organisations().insert(organisation);
        return organisation;
    }

    private static List<Long> ids(List<Organisation> list) {
        return list.stream().map(Organisation::id).toList();
    }

    private static List<Long> ids(Organisation... organisations) {
        List<Long> ids = new ArrayList<>();
        for (Organisation o : organisations) {
            ids.add(o.id());
        }
        return ids;
    }

    @Test
    void insertedOrganisationIsFoundWithEveryField() {
        Organisation acme = inserted(new Organisation(Fixtures.nextId(), "acme.example", "Acme", minutesAgo(3),
                minutesAgo(2), minutesAgo(1), null));

        assertEquals(Optional.of(acme), organisations().findById(acme.id()));
        assertEquals(Optional.empty(), organisations().findById(Fixtures.nextId()));
    }

    @Test
    void updateSavesEveryField() {
        Organisation acme = inserted(organisation("Acme"));
        Organisation changed = acme.withName("Acme Ltd", NOW).withArchivedAt(minutesAgo(1), NOW).withDeletedAt(NOW, NOW);

        organisations().update(changed);

        assertEquals(Optional.of(changed), organisations().findById(acme.id()));
    }

    @Test
    void listReturnsActiveOrganisationsOrderedByNameIgnoringCase() {
        Organisation zeta = inserted(organisation("Zeta"));
        Organisation alpha = inserted(organisation("alpha"));
        Organisation beta = inserted(organisation("Beta"));
        Organisation archived = inserted(organisation("Archived"));
        organisations().update(archived.withArchivedAt(NOW, NOW));
        Organisation deleted = inserted(organisation("Deleted"));
        organisations().update(deleted.withDeletedAt(NOW, NOW));

        assertEquals(ids(alpha, beta, zeta), ids(organisations().list("", RowAccess.ALL, 100)));
    }

    @Test
    void listFiltersByNamePrefixIgnoringCase() {
        Organisation acme = inserted(organisation("Acme"));
        Organisation acmeLabs = inserted(organisation("acme labs"));
        inserted(organisation("Not Acme"));
        inserted(organisation("Ac_me"));

        assertEquals(ids(acme, acmeLabs), ids(organisations().list("ACME", RowAccess.ALL, 100)));
        assertEquals(List.of(), ids(organisations().list("A%", RowAccess.ALL, 100)));
    }

    @Test
    void listHonoursReadableRowsAndTheLimit() {
        Organisation a = inserted(organisation("A"));
        Organisation b = inserted(organisation("B"));
        Organisation c = inserted(organisation("C"));

        assertEquals(ids(a, c), ids(organisations().list("", new RowAccess(false, Set.of(a.id(), c.id())), 100)));
        assertEquals(ids(b, c), ids(organisations().list("", new RowAccess(true, Set.of(a.id())), 100)));
        assertEquals(List.of(), ids(organisations().list("", RowAccess.NONE, 100)));
        assertEquals(ids(a, b), ids(organisations().list("", RowAccess.ALL, 2)));
    }
}
