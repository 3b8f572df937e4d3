package io.gatehouse.application.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatisticsServiceTest {
    private final Services s = new Services();
    private final StatisticsService statistics = new StatisticsService(s.useCases, s.access, s.stores.statistics());
    private final User admin = s.givenAdmin("admin@example.test");

    @Test
    void administratorsSeeCountsAndDailySeries() {
        User suspended = s.suspend(s.givenUser("suspended@example.test"));
        StatisticsService.Statistics stats = statistics.serve(s.signIn(admin));
        assertEquals(2, stats.users().counts().total());
        assertEquals(1, stats.users().counts().flagged());
        assertEquals(1, stats.users().counts().valid());
        assertEquals(LocalDate.parse("2024-03-01"), stats.users().created().get(0).day());
        assertEquals(2, stats.users().created().get(0).count());
        assertEquals(suspended.id(), s.stored(suspended).id());
        assertEquals(2, stats.roles().counts().total());
    }

    @Test
    void othersAreRefused() {
        User plain = s.givenUser("plain@example.test");
        assertEquals(StatisticsService.NOT_ALLOWED, assertThrows(DomainException.Forbidden.class,
                () -> statistics.serve(s.signIn(plain))).getMessage());
    }
}
