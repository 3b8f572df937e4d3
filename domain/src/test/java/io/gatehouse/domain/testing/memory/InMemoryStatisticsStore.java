package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.application.Application;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.statistics.StatisticsStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Statistics over the in-memory users, roles and applications. */
public final class InMemoryStatisticsStore implements StatisticsStore {
    private final MemoryDatabase db;

    InMemoryStatisticsStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Counts count(Entity entity) {
        return db.read(s -> switch (entity) {
            case USERS -> counts(s.users.values(), User::deletedAt, User::suspendedAt);
            case ROLES -> counts(s.roles.values(), Role::deletedAt, Role::archivedAt);
            case APPLICATIONS -> counts(s.applications.values(), Application::deletedAt, a -> null);
        });
    }

    @Override
    public List<DailyCount> daily(Entity entity, Event event) {
        return db.read(s -> switch (entity) {
            case USERS -> days(s.users.values(), switch (event) {
                case CREATED -> User::createdAt;
                case UPDATED -> User::updatedAt;
                case DELETED -> User::deletedAt;
                case SUSPENDED -> User::suspendedAt;
                case ARCHIVED -> u -> null;
            });
            case ROLES -> days(s.roles.values(), switch (event) {
                case CREATED -> Role::createdAt;
                case UPDATED -> Role::updatedAt;
                case DELETED -> Role::deletedAt;
                case ARCHIVED -> Role::archivedAt;
                case SUSPENDED -> r -> null;
            });
            case APPLICATIONS -> days(s.applications.values(), switch (event) {
                case CREATED -> Application::createdAt;
                case UPDATED -> Application::updatedAt;
                case DELETED -> Application::deletedAt;
                case SUSPENDED, ARCHIVED -> a -> null;
            });
        });
    }

    private static <T> Counts counts(Collection<T> rows, Function<T, Instant> deleted, Function<T, Instant> flagged) {
        long total = rows.size();
        long d = rows.stream().filter(r -> deleted.apply(r) != null).count();
        long f = rows.stream().filter(r -> flagged.apply(r) != null).count();
        long valid = rows.stream().filter(r -> deleted.apply(r) == null && flagged.apply(r) == null).count();
        return new Counts(total, d, f, valid);
    }

    private static <T> List<DailyCount> days(Collection<T> rows, Function<T, Instant> at) {
        TreeMap<LocalDate, Long> byDay = rows.stream().map(at).filter(Objects::nonNull)
                .map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC))
                .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
        return byDay.entrySet().stream().map(e -> new DailyCount(e.getKey(), e.getValue())).toList();
    }
}
