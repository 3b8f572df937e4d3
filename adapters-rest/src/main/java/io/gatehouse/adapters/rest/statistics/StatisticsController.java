package io.gatehouse.adapters.rest.statistics;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.statistics.StatisticsService;
import io.gatehouse.domain.statistics.StatisticsStore.DailyCount;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /stats/}: the reference's shape, daily series as flat pairs
 * {@code [unixSecondsOfDay, count, ...]}.
 */
@Controller("${gatehouse.api.prefix:}/stats")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class StatisticsController {
    private final StatisticsService statistics;

    public StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @Serdeable
    public record Users(long total, long valid, long deleted, long suspended, List<Long> dailyCreated,
                        List<Long> dailyDeleted, List<Long> dailyUpdated, List<Long> dailySuspended) {
    }

    @Serdeable
    public record Roles(long total, long valid, long deleted, long archived, List<Long> dailyCreated,
                        List<Long> dailyDeleted, List<Long> dailyUpdated, List<Long> dailyArchived) {
    }

    @Serdeable
    public record Applications(long total, long deleted, long valid) {
    }

    @Serdeable
    public record Stats(Users users, Roles roles, Applications applications) {
    }

    @Get("/")
    public Envelopes.Response<Stats> serve(Caller caller) {
        StatisticsService.Statistics s = statistics.serve(caller);
        var u = s.users();
        var r = s.roles();
        return Envelopes.response(new Stats(
                new Users(u.counts().total(), u.counts().valid(), u.counts().deleted(), u.counts().flagged(),
                        pairs(u.created()), pairs(u.deleted()), pairs(u.updated()), pairs(u.flagged())),
                new Roles(r.counts().total(), r.counts().valid(), r.counts().deleted(), r.counts().flagged(),
                        pairs(r.created()), pairs(r.deleted()), pairs(r.updated()), pairs(r.flagged())),
                new Applications(s.applications().total(), s.applications().deleted(), s.applications().valid())));
    }

    private static List<Long> pairs(List<DailyCount> days) {
        List<Long> flat = new ArrayList<>(days.size() * 2);
        for (DailyCount d : days) {
            flat.add(d.day().atStartOfDay().toEpochSecond(ZoneOffset.UTC));
            flat.add(d.count());
        }
        return flat;
    }
}
