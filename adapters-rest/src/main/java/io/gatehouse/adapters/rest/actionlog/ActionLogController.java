package io.gatehouse.adapters.rest.actionlog;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.adapters.rest.http.ListResult;
import io.gatehouse.adapters.rest.http.PagingEcho;
import io.gatehouse.adapters.rest.http.Params;
import io.gatehouse.adapters.rest.http.ParamsReader;
import io.gatehouse.adapters.rest.http.Wire;
import io.gatehouse.application.actionlog.ActionLogService;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.domain.actionlog.ActionFilter;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.PageRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** {@code GET /actionlog/}: newest first, filtered by time, resource, action and actors. */
@Controller("${gatehouse.api.prefix:}/actionlog")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class ActionLogController {
    private final ActionLogService actionLog;
    private final ParamsReader params;
    private final Wire wire;

    public ActionLogController(ActionLogService actionLog, ParamsReader params, Wire wire) {
        this.actionLog = actionLog;
        this.params = params;
        this.wire = wire;
    }

    @Get("/")
    public Envelopes.Response<ListResult<ActionLogDtos.Filter, ActionLogDtos.Action>> search(Caller caller,
                                                                                            HttpRequest<?> request) {
        Params p = params.read(request, null);
        ActionFilter filter = new ActionFilter(p.time("from"), p.time("to"), p.text("resource", "").trim(),
                p.text("action", "").trim(), p.ids("actorID"));
        PageRequest page = p.page();
        Page<ActionLogService.Entry> found = actionLog.search(caller, filter, page);
        PagingEcho paging = PagingEcho.of(page);
        ActionLogDtos.Filter echo = new ActionLogDtos.Filter(wire.time(filter.from()), wire.time(filter.to()),
                filter.actorIds().stream().map(wire::id).toList(), filter.resource(), filter.action(),
                paging.limit(), paging.offset(), paging.page(), paging.perPage(), found.count());
        return Envelopes.response(new ListResult<>(echo, found.items().stream().map(this::dto).toList()));
    }

    private ActionLogDtos.Action dto(ActionLogService.Entry entry) {
        ActionRecord r = entry.record();
        return new ActionLogDtos.Action(wire.time(r.timestamp()), r.requestOrigin(), r.requestId(),
                r.actorIpAddress(), wire.id(r.actorId()), entry.actor(), r.resource(), r.action(), r.error(),
                r.severity().code(), r.description(), r.meta());
    }
}
