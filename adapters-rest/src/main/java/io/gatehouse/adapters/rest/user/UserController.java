package io.gatehouse.adapters.rest.user;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.adapters.rest.http.ListResult;
import io.gatehouse.adapters.rest.http.PagingEcho;
import io.gatehouse.adapters.rest.http.Params;
import io.gatehouse.adapters.rest.http.ParamsReader;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.user.UserCommand;
import io.gatehouse.application.user.UserSearch;
import io.gatehouse.application.user.UserService;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Tristate;
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

/** {@code /users/}: thin — parse, call one use case, map. */
@Controller("${gatehouse.api.prefix:}/users")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class UserController {
    private final UserService users;
    private final ParamsReader params;
    private final UserMapper mapper;

    public UserController(UserService users, ParamsReader params, UserMapper mapper) {
        this.users = users;
        this.params = params;
        this.mapper = mapper;
    }

    @Get("/")
    public Envelopes.Response<ListResult<UserFilterDto, UserDto>> search(Caller caller, HttpRequest<?> request) {
        Params p = params.read(request, null);
        Tristate deleted = p.tristate("deleted");
        Tristate suspended = p.tristate("suspended");
        if (deleted == Tristate.EXCLUDE && p.bool("incDeleted")) {
            deleted = Tristate.INCLUDE;
        }
        if (suspended == Tristate.EXCLUDE && p.bool("incSuspended")) {
            suspended = Tristate.INCLUDE;
        }
        UserFilter filter = new UserFilter(p.ids("userID"), p.ids("roleID"), p.text("query", "").trim(),
                p.text("email", "").trim(), p.text("username", "").trim(), p.text("handle", "").trim(),
                p.text("kind", "").trim(), deleted, suspended);
        UserSearch search = new UserSearch(filter, p.sort(UserSearch.DEFAULT_SORT, UserSearch.SORTABLE), p.page());
        Page<User> page = users.search(caller, search);
        PagingEcho paging = PagingEcho.of(search.page());
        UserFilterDto echo = new UserFilterDto(ids(filter.userIds()), ids(filter.roleIds()), filter.query(),
                filter.email(), filter.username(), filter.handle(), filter.kind(), deleted.code(), suspended.code(),
                search.sort().toString(), paging.limit(), paging.offset(), paging.page(), paging.perPage(), page.count());
        return Envelopes.response(new ListResult<>(echo, page.items().stream().map(mapper::toDto).toList()));
    }

    @Post("/")
    public Envelopes.Response<UserDto> create(Caller caller, HttpRequest<?> request, @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(users.create(caller, command(p))));
    }

    @Put("/{userID}")
    public Envelopes.Response<UserDto> update(Caller caller, HttpRequest<?> request, @PathVariable String userID,
                                              @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(users.update(caller, Params.pathId("userID", userID), command(p))));
    }

    @Get("/{userID}")
    public Envelopes.Response<UserDto> read(Caller caller, @PathVariable String userID) {
        return Envelopes.response(mapper.toDto(users.read(caller, Params.pathId("userID", userID))));
    }

    @Delete("/{userID}")
    public Envelopes.Success delete(Caller caller, @PathVariable String userID) {
        users.delete(caller, Params.pathId("userID", userID));
        return Envelopes.ok();
    }

    @Post("/{userID}/suspend")
    public Envelopes.Success suspend(Caller caller, @PathVariable String userID) {
        users.suspend(caller, Params.pathId("userID", userID));
        return Envelopes.ok();
    }

    @Post("/{userID}/unsuspend")
    public Envelopes.Success unsuspend(Caller caller, @PathVariable String userID) {
        users.unsuspend(caller, Params.pathId("userID", userID));
        return Envelopes.ok();
    }

    @Post("/{userID}/undelete")
    public Envelopes.Success undelete(Caller caller, @PathVariable String userID) {
        users.undelete(caller, Params.pathId("userID", userID));
        return Envelopes.ok();
    }

    @Post("/{userID}/password")
    public Envelopes.Success password(Caller caller, HttpRequest<?> request, @PathVariable String userID,
                                      @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        users.setPassword(caller, Params.pathId("userID", userID), p.text("password"));
        return Envelopes.ok();
    }

    @Get("/{userID}/membership")
    public Envelopes.Response<List<String>> membership(Caller caller, @PathVariable String userID) {
        return Envelopes.response(ids(users.membership(caller, Params.pathId("userID", userID))));
    }

    @Post("/{userID}/membership/{roleID}")
    public Envelopes.Success addMembership(Caller caller, @PathVariable String userID, @PathVariable String roleID) {
        users.addMembership(caller, Params.pathId("userID", userID), Params.pathId("roleID", roleID));
        return Envelopes.ok();
    }

    @Delete("/{userID}/membership/{roleID}")
    public Envelopes.Success removeMembership(Caller caller, @PathVariable String userID,
                                              @PathVariable String roleID) {
        users.removeMembership(caller, Params.pathId("userID", userID), Params.pathId("roleID", roleID));
        return Envelopes.ok();
    }

    @Post("/{userID}/trigger")
    public Envelopes.Response<UserDto> trigger(Caller caller, HttpRequest<?> request, @PathVariable String userID,
                                               @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(users.trigger(caller, Params.pathId("userID", userID),
                p.text("script"))));
    }

    private static UserCommand command(Params p) {
        return new UserCommand(p.text("email"), p.text("name"), p.text("handle"), p.text("kind"));
    }

    static List<String> ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }
}
