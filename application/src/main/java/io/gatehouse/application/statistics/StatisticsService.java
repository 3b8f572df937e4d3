package io.gatehouse.application.statistics;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.statistics.StatisticsStore;
import io.gatehouse.domain.statistics.StatisticsStore.Counts;
import io.gatehouse.domain.statistics.StatisticsStore.DailyCount;
import io.gatehouse.domain.statistics.StatisticsStore.Entity;
import io.gatehouse.domain.statistics.StatisticsStore.Event;
import java.util.List;

/** {@code GET /stats/}: counts of users, roles and applications; needs {@code system} {@code access}. */
public final class StatisticsService {
    private static final String RES = "system:statistics";
    public static final String NOT_ALLOWED = "not allowed to read statistics";

    private final UseCases useCases;
    private final AccessControl access;
    private final StatisticsStore statistics;

    public StatisticsService(UseCases useCases, AccessControl access, StatisticsStore statistics) {
        this.useCases = useCases;
        this.access = access;
        this.statistics = statistics;
    }

    /** One entity's counts and daily series. */
    public record Section(Counts counts, List<DailyCount> created, List<DailyCount> updated, List<DailyCount> deleted,
                          List<DailyCount> flagged) {
    }

    public record Statistics(Section users, Section roles, Counts applications) {
    }

    public Statistics serve(Caller caller) {
        return useCases.read(caller, RES, "serve", a -> {
            access.require(caller, Resources.SYSTEM, Operations.ACCESS, NOT_ALLOWED);
            return new Statistics(section(Entity.USERS, Event.SUSPENDED), section(Entity.ROLES, Event.ARCHIVED),
                    statistics.count(Entity.APPLICATIONS));
        });
    }

    private Section section(Entity entity, Event flag) {
        return new Section(statistics.count(entity), statistics.daily(entity, Event.CREATED),
                statistics.daily(entity, Event.UPDATED), statistics.daily(entity, Event.DELETED),
                statistics.daily(entity, flag));
    }
}
