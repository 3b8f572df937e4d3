package io.gatehouse.adapters.rest.organisation;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.adapters.rest.http.Params;
import io.gatehouse.adapters.rest.http.ParamsReader;
import io.gatehouse.application.organisation.OrganisationService;
import io.gatehouse.application.shared.Caller;
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

/** {@code /organisations/}: the list is a plain array, as the reference. */
@Controller("${gatehouse.api.prefix:}/organisations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class OrganisationController {
    private final OrganisationService organisations;
    private final ParamsReader params;
    private final OrganisationMapper mapper;

    public OrganisationController(OrganisationService organisations, ParamsReader params, OrganisationMapper mapper) {
        this.organisations = organisations;
        this.params = params;
        this.mapper = mapper;
    }

    @Get("/")
    public Envelopes.Response<List<OrganisationDto>> list(Caller caller, HttpRequest<?> request) {
        Params p = params.read(request, null);
        return Envelopes.response(organisations.list(caller, p.text("query", "")).stream().map(mapper::toDto).toList());
    }

    @Post("/")
    public Envelopes.Response<OrganisationDto> create(Caller caller, HttpRequest<?> request,
                                                      @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(organisations.create(caller, p.text("name"))));
    }

    @Put("/{id}")
    public Envelopes.Response<OrganisationDto> update(Caller caller, HttpRequest<?> request, @PathVariable String id,
                                                      @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(organisations.update(caller, Params.pathId("id", id), p.text("name"))));
    }

    @Get("/{id}")
    public Envelopes.Response<OrganisationDto> read(Caller caller, @PathVariable String id) {
        return Envelopes.response(mapper.toDto(organisations.read(caller, Params.pathId("id", id))));
    }

    @Delete("/{id}")
    public Envelopes.Success delete(Caller caller, @PathVariable String id) {
        organisations.delete(caller, Params.pathId("id", id));
        return Envelopes.ok();
    }

    @Post("/{id}/archive")
    public Envelopes.Success archive(Caller caller, @PathVariable String id) {
        organisations.archive(caller, Params.pathId("id", id));
        return Envelopes.ok();
    }
}
