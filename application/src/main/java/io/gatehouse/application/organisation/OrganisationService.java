package io.gatehouse.application.organisation;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Action;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Checks;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.organisation.OrganisationStore;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.IdGenerator;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The use cases of {@code /organisations/}, under {@code system} {@code organisation.create} and
 * the {@code system:organisation:*} operations (the reference had no access control here).
 */
public final class OrganisationService {
    private static final String RES = "system:organisation";
    public static final int MAX_NAME = 255;

    private final UseCases useCases;
    private final AccessControl access;
    private final OrganisationStore organisations;
    private final IdGenerator ids;
    private final Clock clock;

    public OrganisationService(UseCases useCases, AccessControl access, OrganisationStore organisations,
                               IdGenerator ids, Clock clock) {
        this.useCases = useCases;
        this.access = access;
        this.organisations = organisations;
        this.ids = ids;
        this.clock = clock;
    }

    /** Active organisations the caller may read, by name, at most {@link PageRequest#MAX_LIMIT}. */
    public List<Organisation> list(Caller caller, String query) {
        return useCases.read(caller, RES, "search", a -> {
            String q = Texts.bounded("query", query, MAX_NAME);
            a.meta("filter.query", q);
            return organisations.list(q, access.rows(caller, Resources.ORGANISATION, Operations.READ),
                    PageRequest.MAX_LIMIT);
        });
    }

    public Organisation read(Caller caller, long id) {
        return useCases.read(caller, RES, "lookup", a -> {
            Organisation o = loadActive(a, id);
            access.require(caller, resource(id), Operations.READ, "not allowed to read this organisation");
            return o;
        });
    }

    public Organisation create(Caller caller, String name) {
        return useCases.change(caller, RES, "create", a -> {
            String n = Checks.requireText("name", Texts.bounded("name", name, MAX_NAME));
            access.require(caller, Resources.SYSTEM, Operations.ORGANISATION_CREATE,
                    "not allowed to create organisations");
            Organisation o = new Organisation(ids.next(), "", n, clock.instant(), null, null, null);
            a.resource(resource(o.id())).meta("organisation.name", n);
            organisations.insert(o);
            return o;
        });
    }

    public Organisation update(Caller caller, long id, String name) {
        return useCases.change(caller, RES, "update", a -> {
            String n = Checks.requireText("name", Texts.bounded("name", name, MAX_NAME));
            Organisation o = loadActive(a, id);
            access.require(caller, resource(id), Operations.UPDATE, "not allowed to update this organisation");
            Organisation updated = o.withName(n, clock.instant());
            organisations.update(updated);
            return updated;
        });
    }

    public void delete(Caller caller, long id) {
        useCases.change(caller, RES, "delete", a -> {
            Organisation o = load(a, id);
            access.require(caller, resource(id), Operations.DELETE, "not allowed to delete this organisation");
            if (o.deletedAt() == null) {
                Instant now = clock.instant();
                organisations.update(o.withDeletedAt(now, now));
            }
            return null;
        });
    }

    public void archive(Caller caller, long id) {
        useCases.change(caller, RES, "archive", a -> {
            Organisation o = loadActive(a, id);
            access.require(caller, resource(id), Operations.ARCHIVE, "not allowed to archive this organisation");
            Instant now = clock.instant();
            organisations.update(o.withArchivedAt(now, now));
            return null;
        });
    }

    private Organisation load(Action a, long id) {
        Checks.requireId(id);
        a.resource(resource(id)).meta("organisation.ID", id);
        return organisations.findById(id).orElseThrow(() -> new DomainException.NotFound("organisation not found"));
    }

    private Organisation loadActive(Action a, long id) {
        Organisation o = load(a, id);
        if (!o.isActive()) {
            throw new DomainException.NotFound("organisation not found");
        }
        return o;
    }

    private static String resource(long id) {
        return Resources.of(Resources.ORGANISATION, id);
    }
}
