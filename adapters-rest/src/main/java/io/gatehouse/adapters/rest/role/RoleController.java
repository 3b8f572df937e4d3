package io.gatehouse.adapters.rest.role;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.adapters.rest.http.ListResult;
import io.gatehouse.adapters.rest.http.PagingEcho;
import io.gatehouse.adapters.rest.http.Params;
import io.gatehouse.adapters.rest.http.ParamsReader;
import io.gatehouse.application.role.RoleCommand;
import io.gatehouse.application.role.RoleSearch;
import io.gatehouse.application.role.RoleService;
import io.gatehouse.application.role.RoleView;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.domain.role.RoleFilter;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** {@code /roles/}. */
@Controller("${gatehouse.api.prefix:}/roles")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class RoleController {
    private final RoleService roles;
    private final ParamsReader params;
    private final RoleMapper mapper;

    public RoleController(RoleService roles, ParamsReader params, RoleMapper mapper) {
        this.roles = roles;
        this.params = params;
        this.mapper = mapper;
    }

    @Get("/")
    public Envelopes.Response<ListResult<RoleFilterDto, RoleDto>> search(Caller caller, HttpRequest<?> request) {
        Params p = params.read(request, null);
        RoleFilter filter = new RoleFilter(p.text("query", "").trim(), p.tristate("deleted"), p.tristate("archived"));
        RoleSearch search = new RoleSearch(filter, p.sort(RoleSearch.DEFAULT_SORT, RoleSearch.SORTABLE), p.page());
        Page<RoleView> page = roles.search(caller, search);
        PagingEcho paging = PagingEcho.of(search.page().isUnspecified() ? PageRequest.everything() : search.page());
        RoleFilterDto echo = new RoleFilterDto(filter.query(), filter.deleted().code(), filter.archived().code(),
                search.sort().toString(), paging.limit(), paging.offset(), paging.page(), paging.perPage(),
                page.count());
        return Envelopes.response(new ListResult<>(echo, page.items().stream().map(mapper::toDto).toList()));
    }

    @Post("/")
    public Envelopes.Response<RoleDto> create(Caller caller, HttpRequest<?> request, @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(roles.create(caller, command(p))));
    }

    @Put("/{roleID}")
    public Envelopes.Response<RoleDto> update(Caller caller, HttpRequest<?> request, @PathVariable String roleID,
                                              @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(roles.update(caller, Params.pathId("roleID", roleID), command(p))));
    }

    @Get("/{roleID}")
    public Envelopes.Response<RoleDto> read(Caller caller, @PathVariable String roleID) {
        return Envelopes.response(mapper.toDto(roles.read(caller, Params.pathId("roleID", roleID))));
    }

    @Delete("/{roleID}")
    public Envelopes.Success delete(Caller caller, @PathVariable String roleID) {
        roles.delete(caller, Params.pathId("roleID", roleID));
        return Envelopes.ok();
    }

    @Post("/{roleID}/archive")
    public Envelopes.Success archive(Caller caller, @PathVariable String roleID) {
        roles.archive(caller, Params.pathId("roleID", roleID));
        return Envelopes.ok();
    }

    @Post("/{roleID}/unarchive")
    public Envelopes.Success unarchive(Caller caller, @PathVariable String roleID) {
        roles.unarchive(caller, Params.pathId("roleID", roleID));
        return Envelopes.ok();
    }

    @Post("/{roleID}/undelete")
    public Envelopes.Success undelete(Caller caller, @PathVariable String roleID) {
        roles.undelete(caller, Params.pathId("roleID", roleID));
        return Envelopes.ok();
    }

    @Post("/{roleID}/move")
    public Envelopes.Success move(Caller caller, HttpRequest<?> request, @PathVariable String roleID,
                                  @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        if (!p.has("organisationID")) {
            throw new io.gatehouse.domain.shared.DomainException.Invalid("organisationID is required");
        }
        roles.move(caller, Params.pathId("roleID", roleID), p.id("organisationID"));
        return Envelopes.ok();
    }

    @Post("/{roleID}/merge")
    public Envelopes.Success merge(Caller caller, HttpRequest<?> request, @PathVariable String roleID,
                                   @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        roles.merge(caller, Params.pathId("roleID", roleID), p.id("destination"));
        return Envelopes.ok();
    }

    @Get("/{roleID}/members")
    public Envelopes.Response<List<String>> members(Caller caller, @PathVariable String roleID) {
        return Envelopes.response(roles.members(caller, Params.pathId("roleID", roleID)).stream()
                .map(String::valueOf).toList());
    }

    @Post("/{roleID}/member/{userID}")
    public Envelopes.Success addMember(Caller caller, @PathVariable String roleID, @PathVariable String userID) {
        roles.addMember(caller, Params.pathId("roleID", roleID), Params.pathId("userID", userID));
        return Envelopes.ok();
    }

    @Delete("/{roleID}/member/{userID}")
    public Envelopes.Success removeMember(Caller caller, @PathVariable String roleID, @PathVariable String userID) {
        roles.removeMember(caller, Params.pathId("roleID", roleID), Params.pathId("userID", userID));
        return Envelopes.ok();
    }

    @Post("/{roleID}/trigger")
    public Envelopes.Response<RoleDto> trigger(Caller caller, HttpRequest<?> request, @PathVariable String roleID,
                                               @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(roles.trigger(caller, Params.pathId("roleID", roleID),
                p.text("script"))));
    }

    private static RoleCommand command(Params p) {
        return new RoleCommand(p.text("name"), p.text("handle"), p.idsOrNull("members"));
    }
}
