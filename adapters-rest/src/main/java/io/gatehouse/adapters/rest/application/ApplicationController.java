package io.gatehouse.adapters.rest.application;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.adapters.rest.http.ListResult;
import io.gatehouse.adapters.rest.http.PagingEcho;
import io.gatehouse.adapters.rest.http.Params;
import io.gatehouse.adapters.rest.http.ParamsReader;
import io.gatehouse.application.application.ApplicationCommand;
import io.gatehouse.application.application.ApplicationSearch;
import io.gatehouse.application.application.ApplicationService;
import io.gatehouse.application.application.ApplicationView;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.domain.application.ApplicationFilter;
import io.gatehouse.domain.shared.Page;
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

/** {@code /application/} (singular, as the reference). */
@Controller("${gatehouse.api.prefix:}/application")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class ApplicationController {
    private final ApplicationService applications;
    private final ParamsReader params;
    private final ApplicationJsonFields jsonFields;
    private final ApplicationMapper mapper;

    public ApplicationController(ApplicationService applications, ParamsReader params,
                                 ApplicationJsonFields jsonFields, ApplicationMapper mapper) {
        this.applications = applications;
        this.params = params;
        this.jsonFields = jsonFields;
        this.mapper = mapper;
    }

    @Get("/")
    public Envelopes.Response<ListResult<ApplicationFilterDto, ApplicationDto>> search(Caller caller,
                                                                                      HttpRequest<?> request) {
        Params p = params.read(request, null);
        ApplicationFilter filter = new ApplicationFilter(p.text("name", "").trim(), p.text("query", "").trim(),
                p.tristate("deleted"));
        ApplicationSearch search = new ApplicationSearch(filter,
                p.sort(ApplicationSearch.DEFAULT_SORT, ApplicationSearch.SORTABLE), p.page());
        Page<ApplicationView> page = applications.search(caller, search);
        PagingEcho paging = PagingEcho.of(search.page());
        ApplicationFilterDto echo = new ApplicationFilterDto(filter.name(), filter.query(), filter.deleted().code(),
                search.sort().toString(), paging.limit(), paging.offset(), paging.page(), paging.perPage(),
                page.count());
        return Envelopes.response(new ListResult<>(echo, page.items().stream().map(mapper::toDto).toList()));
    }

    @Post("/")
    public Envelopes.Response<ApplicationDto> create(Caller caller, HttpRequest<?> request,
                                                     @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(applications.create(caller, command(p))));
    }

    @Put("/{applicationID}")
    public Envelopes.Response<ApplicationDto> update(Caller caller, HttpRequest<?> request,
                                                     @PathVariable String applicationID, @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(applications.update(caller,
                Params.pathId("applicationID", applicationID), command(p))));
    }

    @Get("/{applicationID}")
    public Envelopes.Response<ApplicationDto> read(Caller caller, @PathVariable String applicationID) {
        return Envelopes.response(mapper.toDto(applications.read(caller,
                Params.pathId("applicationID", applicationID))));
    }

    @Delete("/{applicationID}")
    public Envelopes.Success delete(Caller caller, @PathVariable String applicationID) {
        applications.delete(caller, Params.pathId("applicationID", applicationID));
        return Envelopes.ok();
    }

    @Post("/{applicationID}/undelete")
    public Envelopes.Success undelete(Caller caller, @PathVariable String applicationID) {
        applications.undelete(caller, Params.pathId("applicationID", applicationID));
        return Envelopes.ok();
    }

    @Post("/{applicationID}/trigger")
    public Envelopes.Response<ApplicationDto> trigger(Caller caller, HttpRequest<?> request,
                                                      @PathVariable String applicationID,
                                                      @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(applications.trigger(caller,
                Params.pathId("applicationID", applicationID), p.text("script"))));
    }

    private ApplicationCommand command(Params p) {
        return new ApplicationCommand(p.text("name"), p.boolOrNull("enabled"),
                jsonFields.unify(p.has("unify"), value(p, "unify")),
                jsonFields.config(p.has("config"), value(p, "config")));
    }

    /** A JSON body's value as parsed, else the text of a form or query field. */
    private static Object value(Params p, String name) {
        Object structured = p.structured(name);
        return structured != null ? structured : p.text(name);
    }
}
