package io.gatehouse.adapters.rest.reminder;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.adapters.rest.http.JsonFields;
import io.gatehouse.adapters.rest.http.ListResult;
import io.gatehouse.adapters.rest.http.PagingEcho;
import io.gatehouse.adapters.rest.http.Params;
import io.gatehouse.adapters.rest.http.ParamsReader;
import io.gatehouse.adapters.rest.http.Wire;
import io.gatehouse.application.reminder.ReminderCommand;
import io.gatehouse.application.reminder.ReminderSearch;
import io.gatehouse.application.reminder.ReminderService;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.reminder.ReminderFilter;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;

/** {@code /reminder/} (singular, as the reference). */
@Controller("${gatehouse.api.prefix:}/reminder")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class ReminderController {
    private final ReminderService reminders;
    private final ParamsReader params;
    private final ReminderMapper mapper;
    private final Wire wire;
    private final JsonFields json;

    public ReminderController(ReminderService reminders, ParamsReader params, ReminderMapper mapper, Wire wire,
                              JsonFields json) {
        this.reminders = reminders;
        this.params = params;
        this.mapper = mapper;
        this.wire = wire;
        this.json = json;
    }

    @Get("/")
    public Envelopes.Response<ListResult<ReminderFilterDto, ReminderDto>> search(Caller caller,
                                                                                HttpRequest<?> request) {
        Params p = params.read(request, null);
        ReminderFilter filter = ReminderFilter.criteria(p.ids("reminderID"), p.text("resource", "").trim(),
                p.id("assignedTo"), p.time("scheduledFrom"), p.time("scheduledUntil"), p.bool("scheduledOnly"),
                p.bool("excludeDismissed"));
        ReminderSearch search = new ReminderSearch(filter, p.sort(ReminderSearch.DEFAULT_SORT, ReminderSearch.SORTABLE),
                p.page());
        Page<Reminder> page = reminders.search(caller, search);
        PagingEcho paging = PagingEcho.of(search.page());
        ReminderFilterDto echo = new ReminderFilterDto(filter.reminderIds().stream().map(wire::id).toList(),
                filter.resource(), wire.id(filter.assignedTo()), wire.time(filter.scheduledFrom()),
                wire.time(filter.scheduledUntil()), filter.excludeDismissed(), filter.scheduledOnly(),
                search.sort().toString(), paging.limit(), paging.offset(), paging.page(), paging.perPage(),
                page.count());
        return Envelopes.response(new ListResult<>(echo, page.items().stream().map(mapper::toDto).toList()));
    }

    @Post("/")
    public Envelopes.Response<ReminderDto> create(Caller caller, HttpRequest<?> request, @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(reminders.create(caller, command(p))));
    }

    @Put("/{reminderID}")
    public Envelopes.Response<ReminderDto> update(Caller caller, HttpRequest<?> request,
                                                  @PathVariable String reminderID, @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        return Envelopes.response(mapper.toDto(reminders.update(caller, Params.pathId("reminderID", reminderID),
                command(p))));
    }

    @Get("/{reminderID}")
    public Envelopes.Response<ReminderDto> read(Caller caller, @PathVariable String reminderID) {
        return Envelopes.response(mapper.toDto(reminders.read(caller, Params.pathId("reminderID", reminderID))));
    }

    @Delete("/{reminderID}")
    public Envelopes.Success delete(Caller caller, @PathVariable String reminderID) {
        reminders.delete(caller, Params.pathId("reminderID", reminderID));
        return Envelopes.ok();
    }

    @Patch("/{reminderID}/dismiss")
    public Envelopes.Success dismiss(Caller caller, @PathVariable String reminderID) {
        reminders.dismiss(caller, Params.pathId("reminderID", reminderID));
        return Envelopes.ok();
    }

    @Patch("/{reminderID}/snooze")
    public Envelopes.Success snooze(Caller caller, HttpRequest<?> request, @PathVariable String reminderID,
                                    @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        reminders.snooze(caller, Params.pathId("reminderID", reminderID), p.time("remindAt"));
        return Envelopes.ok();
    }

    private ReminderCommand command(Params p) {
        return new ReminderCommand(p.text("resource"), p.id("assignedTo"), payload(p), p.time("remindAt"));
    }

    /**
     * The payload as JSON text: a JSON object in a JSON body, or JSON text in a string (a form field
     * or query parameter, as the reference reads it); null when omitted. Anything but an object is a 400.
     */
    private String payload(Params p) {
        Object value = p.structured("payload");
        Map<?, ?> object = json.object("payload", value != null ? value : p.text("payload"));
        return object == null ? null : json.text("payload", object);
    }
}
