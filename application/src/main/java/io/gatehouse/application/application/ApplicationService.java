package io.gatehouse.application.application;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Action;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Checks;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.domain.application.Application;
import io.gatehouse.domain.application.ApplicationStore;
import io.gatehouse.domain.automation.ScriptRunner;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.IdGenerator;
import io.gatehouse.domain.shared.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The use cases of {@code /application/}. */
public final class ApplicationService {
    private static final String RES = "system:application";

    private final UseCases useCases;
    private final AccessControl access;
    private final ApplicationStore applications;
    private final ScriptRunner scripts;
    private final IdGenerator ids;
    private final Clock clock;

    public ApplicationService(UseCases useCases, AccessControl access, ApplicationStore applications,
                              ScriptRunner scripts, IdGenerator ids, Clock clock) {
        this.useCases = useCases;
        this.access = access;
        this.applications = applications;
        this.scripts = scripts;
        this.ids = ids;
        this.clock = clock;
    }

    /** The applications the caller may read; deleted ones need {@code system} {@code access}. */
    public Page<ApplicationView> search(Caller caller, ApplicationSearch search) {
        return useCases.read(caller, RES, "search", a -> {
            a.meta("filter.name", search.filter().name()).meta("filter.query", search.filter().query());
            if (search.filter().deleted().wantsFlagged()) {
                access.require(caller, Resources.SYSTEM, Operations.ACCESS, "not allowed to list applications");
            }
            return applications.search(search.filter(), access.rows(caller, Resources.APPLICATION, Operations.READ),
                    search.sort(), search.page().effectiveOffset(), search.page().effectiveLimit())
                    .map(app -> view(caller, app));
        });
    }

    public ApplicationView read(Caller caller, long applicationId) {
        return useCases.read(caller, RES, "lookup", a -> {
            Application application = load(a, applicationId);
            requireRead(caller, applicationId);
            return view(caller, application);
        });
    }

    /** A new application owned by the caller. */
    public ApplicationView create(Caller caller, ApplicationCommand cmd) {
        return useCases.change(caller, RES, "create", a -> {
            String name = Checks.requireText("name", cmd.name());
            a.meta("application.name", name);
            access.require(caller, Resources.SYSTEM, Operations.APPLICATION_CREATE, "not allowed to create applications");
            Application application = new Application(ids.next(), name, caller.userId(),
                    Boolean.TRUE.equals(cmd.enabled()), cmd.unify().text(), cmd.config().text(), clock.instant(),
                    null, null);
            a.resource(resource(application.id())).meta("application.ID", application.id());
            a.before(RES, "beforeCreate", Map.of("application", application));
            applications.insert(application);
            a.after(RES, "afterCreate", Map.of("application", application));
            return view(caller, application);
        });
    }

    /** Changes the given fields only; omitted ones keep their value. */
    public ApplicationView update(Caller caller, long applicationId, ApplicationCommand cmd) {
        return useCases.change(caller, RES, "update", a -> {
            Application old = load(a, applicationId);
            access.require(caller, resource(applicationId), Operations.UPDATE, "not allowed to update this application");
            String name = cmd.name() == null ? old.name() : Checks.requireText("name", cmd.name());
            boolean enabled = cmd.enabled() == null ? old.enabled() : cmd.enabled();
            Application updated = old.withSettings(name, enabled, cmd.unify().orCurrent(old.unify()),
                    cmd.config().orCurrent(old.config()), clock.instant());
            a.meta("application.name", name);
            a.before(RES, "beforeUpdate", Map.of("application", updated, "oldApplication", old));
            applications.update(updated);
            a.after(RES, "afterUpdate", Map.of("application", updated, "oldApplication", old));
            return view(caller, updated);
        });
    }

    /** Soft delete; deleting a deleted application changes nothing. */
    public void delete(Caller caller, long applicationId) {
        useCases.change(caller, RES, "delete", a -> {
            Application application = load(a, applicationId);
            access.require(caller, resource(applicationId), Operations.DELETE, "not allowed to delete this application");
            if (!application.isDeleted()) {
                a.before(RES, "beforeDelete", Map.of("application", application));
                Instant now = clock.instant();
                Application deleted = application.withDeletedAt(now, now);
                applications.update(deleted);
                a.after(RES, "afterDelete", Map.of("application", deleted));
            }
            return null;
        });
    }

    public void undelete(Caller caller, long applicationId) {
        useCases.change(caller, RES, "undelete", a -> {
            Application application = load(a, applicationId);
            access.require(caller, resource(applicationId), Operations.DELETE,
                    "not allowed to undelete this application");
            if (application.isDeleted()) {
                applications.update(application.withDeletedAt(null, clock.instant()));
            }
            return null;
        });
    }

    /** Runs a script on the application; returns what the script made of it (not saved). */
    public Application trigger(Caller caller, long applicationId, String script) {
        return useCases.read(caller, RES, "trigger", a -> {
            Application application = load(a, applicationId);
            requireRead(caller, applicationId);
            if (script == null || script.isBlank()) {
                throw new DomainException.Invalid("script name not provided (\"\")");
            }
            Map<String, Object> args = new HashMap<>();
            args.put("application", application);
            Object result = scripts.runExplicit(script, RES, args).get("application");
            return result instanceof Application changed ? changed : application;
        });
    }

    private Application load(Action a, long applicationId) {
        Checks.requireId(applicationId);
        a.resource(resource(applicationId)).meta("application.ID", applicationId);
        return applications.findById(applicationId)
                .orElseThrow(() -> new DomainException.NotFound("application not found"));
    }

    private void requireRead(Caller caller, long applicationId) {
        access.require(caller, resource(applicationId), Operations.READ, "not allowed to read this application");
    }

    private ApplicationView view(Caller caller, Application application) {
        String resource = resource(application.id());
        return new ApplicationView(application,
                access.can(caller, Resources.SYSTEM, Operations.GRANT),
                access.can(caller, resource, Operations.UPDATE),
                access.can(caller, resource, Operations.DELETE));
    }

    private static String resource(long applicationId) {
        return Resources.of(Resources.APPLICATION, applicationId);
    }
}
