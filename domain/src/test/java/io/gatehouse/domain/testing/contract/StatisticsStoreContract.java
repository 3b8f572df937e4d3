package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.statistics.StatisticsStore;
import io.gatehouse.domain.statistics.StatisticsStore.Counts;
import io.gatehouse.domain.statistics.StatisticsStore.DailyCount;
import io.gatehouse.domain.statistics.StatisticsStore.Entity;
import io.gatehouse.domain.statistics.StatisticsStore.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link StatisticsStore} must count. */
public abstract class StatisticsStoreContract extends StoreContract {
    private static final Instant DAY_ONE = Instant.parse("2024-03-01T23:59:59.500Z");
    private static final Instant DAY_TWO = Instant.parse("2024-03-02T00:00:00.250Z");

    private StatisticsStore statistics() {
        return stores().statistics();
    }

    @Test
    void usersAreCountedByState() {
        stores().users().insert(aUser().createdAt(DAY_ONE).build());
        stores().users().insert(aUser().createdAt(DAY_ONE).suspendedAt(DAY_TWO).build());
        stores().users().insert(aUser().createdAt(DAY_TWO).deletedAt(DAY_TWO).build());

        assertEquals(new Counts(3, 1, 1, 1), statistics().count(Entity.USERS));
    }

    @Test
    void dailySeriesGroupByUtcDayOldestFirst() {
        stores().users().insert(aUser().createdAt(DAY_ONE).build());
        stores().users().insert(aUser().createdAt(DAY_ONE).build());
        User late = aUser().createdAt(DAY_TWO).suspendedAt(DAY_TWO).build();
        stores().users().insert(late);

        assertEquals(List.of(new DailyCount(LocalDate.parse("2024-03-01"), 2),
                new DailyCount(LocalDate.parse("2024-03-02"), 1)), statistics().daily(Entity.USERS, Event.CREATED));
        assertEquals(List.of(new DailyCount(LocalDate.parse("2024-03-02"), 1)),
                statistics().daily(Entity.USERS, Event.SUSPENDED));
        assertEquals(List.of(), statistics().daily(Entity.USERS, Event.DELETED));
    }

    @Test
    void rolesCountTheBuiltInOnesAndArchivedOnes() {
        Role archived = Fixtures.role("Archived", "archived-role").withArchivedAt(DAY_TWO, DAY_TWO);
        stores().roles().insert(archived);

        Counts roles = statistics().count(Entity.ROLES);

        assertEquals(3, roles.total());
        assertEquals(1, roles.flagged());
        assertEquals(2, roles.valid());
        assertEquals(List.of(new DailyCount(LocalDate.parse("2024-03-02"), 1)),
                statistics().daily(Entity.ROLES, Event.ARCHIVED));
    }

    @Test
    void applicationsAreCountedLiveAndDeleted() {
        stores().applications().insert(new io.gatehouse.domain.application.Application(Fixtures.nextId(), "Live", 0,
                true, null, null, DAY_ONE, null, null));
        stores().applications().insert(new io.gatehouse.domain.application.Application(Fixtures.nextId(), "Gone", 0,
                true, null, null, DAY_ONE, null, DAY_TWO));

        assertEquals(new Counts(2, 1, 0, 1), statistics().count(Entity.APPLICATIONS));
        assertEquals(List.of(new DailyCount(LocalDate.parse("2024-03-01"), 2)),
                statistics().daily(Entity.APPLICATIONS, Event.CREATED));
    }
}
