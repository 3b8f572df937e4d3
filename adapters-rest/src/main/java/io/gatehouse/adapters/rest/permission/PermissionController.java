package io.gatehouse.adapters.rest.permission;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.adapters.rest.http.Params;
import io.gatehouse.adapters.rest.http.ParamsReader;
import io.gatehouse.application.permission.PermissionService;
import io.gatehouse.application.permission.Trace;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.domain.rbac.Access;
import io.gatehouse.domain.rbac.Rule;
import io.gatehouse.domain.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /permissions/}. */
@Controller("${gatehouse.api.prefix:}/permissions")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class PermissionController {
    private final PermissionService permissions;
    private final ParamsReader params;

    public PermissionController(PermissionService permissions, ParamsReader params) {
        this.permissions = permissions;
        this.params = params;
    }

    @Get("/")
    public Envelopes.Response<List<PermissionDtos.Permission>> list(Caller caller) {
        return Envelopes.response(permissions.whitelist(caller).stream()
                .map(e -> new PermissionDtos.Permission(e.getKey(), e.getValue())).toList());
    }

    @Get("/effective")
    public Envelopes.Response<List<PermissionDtos.Effective>> effective(Caller caller, HttpRequest<?> request) {
        Params p = params.read(request, null);
        return Envelopes.response(permissions.effective(caller, p.text("resource")).stream()
                .map(e -> new PermissionDtos.Effective(e.resource(), e.operation(), e.allow())).toList());
    }

    @Get("/trace")
    public Envelopes.Response<PermissionDtos.TraceDto> trace(Caller caller, HttpRequest<?> request) {
        Params p = params.read(request, null);
        Trace t = permissions.trace(caller, p.text("resource"), p.text("operation"), p.id("userID"));
        Rule rule = t.decision().rule();
        return Envelopes.response(new PermissionDtos.TraceDto(t.resource(), t.operation(), Long.toString(t.userId()),
                t.roles().stream().map(String::valueOf).toList(), t.decision().allowed(),
                t.decision().level().name().toLowerCase(Locale.ROOT), rule == null ? null : dto(rule)));
    }

    @Get("/{roleID}/rules")
    public Envelopes.Response<List<PermissionDtos.RuleDto>> rules(Caller caller, @PathVariable String roleID) {
        return Envelopes.response(permissions.rulesOf(caller, Params.pathId("roleID", roleID)).stream()
                .map(PermissionController::dto).toList());
    }

    @Delete("/{roleID}/rules")
    public Envelopes.Success deleteRules(Caller caller, @PathVariable String roleID) {
        permissions.deleteRules(caller, Params.pathId("roleID", roleID));
        return Envelopes.ok();
    }

    @Patch("/{roleID}/rules")
    public Envelopes.Success grant(Caller caller, HttpRequest<?> request, @PathVariable String roleID,
                                   @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        long role = Params.pathId("roleID", roleID);
        permissions.grant(caller, role, changes(p.structured("rules")));
        return Envelopes.ok();
    }

    private static List<PermissionService.RuleChange> changes(Object rules) {
        if (!(rules instanceof List<?> list)) {
            throw new DomainException.Invalid("rules is required: a list of {resource, operation, access}");
        }
        if (list.size() > 1000) {
            throw new DomainException.Invalid("rules has too many values (at most 1000)");
        }
        List<PermissionService.RuleChange> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m) || !(m.get("resource") instanceof String resource)
                    || !(m.get("operation") instanceof String operation)) {
                throw new DomainException.Invalid("invalid rule: each rule needs a resource and an operation");
            }
            Object access = m.get("access");
            if (!(access instanceof String a)) {
                throw new DomainException.Invalid("invalid rule: '" + operation + "' on '" + resource
                        + "': access must be allow, deny or inherit");
            }
            out.add(new PermissionService.RuleChange(resource, operation, Access.parse(a)));
        }
        return out;
    }

    private static PermissionDtos.RuleDto dto(Rule r) {
        return new PermissionDtos.RuleDto(Long.toString(r.roleId()), r.resource(), r.operation(), r.access().wire());
    }
}
