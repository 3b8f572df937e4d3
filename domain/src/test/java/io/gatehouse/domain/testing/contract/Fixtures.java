package io.gatehouse.domain.testing.contract;

import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.Severity;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.reminder.Reminder;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builders and constants shared by the port contracts. Times carry milliseconds, the precision
 * every store must keep; IDs never collide with the built-in roles.
 */
public final class Fixtures {
    /** "Now" for every contract test. */
    public static final Instant NOW = Instant.parse("2024-03-10T12:34:56.789Z");

    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    private Fixtures() {
    }

    public static long nextId() {
        return IDS.incrementAndGet();
    }

    public static Instant minutesAgo(long minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    public static Instant minutesFromNow(long minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    public static UserBuilder aUser() {
        return new UserBuilder();
    }

    /** A live user with that e-mail and nothing else set. */
    public static User userWithEmail(String email) {
        return aUser().email(email).build();
    }

    public static Role role(String name, String handle) {
        return new Role(nextId(), name, handle, 0, NOW, null, null, null);
    }

    public static Organisation organisation(String name) {
        return new Organisation(nextId(), "", name, NOW, null, null, null);
    }

    /** A live reminder, neither dismissed nor snoozed, assigned at {@link #NOW}. */
    public static Reminder reminder(String resource, long assignedTo, long assignedBy, Instant remindAt) {
        return new Reminder(nextId(), resource, "{}", 0, assignedTo, assignedBy, NOW, 0, null, remindAt, NOW, null,
                null);
    }

    public static Session session(long userId, Instant expiresAt) {
        return new Session(nextId(), userId, minutesAgo(5), expiresAt, null, "203.0.113.7", 0);
    }

    public static ActionRecord action(Instant at, String action, Map<String, String> meta) {
        return new ActionRecord(nextId(), at, "api/rest", "req-" + nextId(), "198.51.100.4", 42,
                "system:user:42", action, "", Severity.NOTICE, action + " system:user:42", meta);
    }

    /** Every user that is neither deleted nor suspended, in any order. */
    public static UserFilter anyLiveUser() {
        return new UserFilter(List.of(), List.of(), "", "", "", "", "", Tristate.EXCLUDE, Tristate.EXCLUDE);
    }

    public static UserFilter usersWithState(Tristate deleted, Tristate suspended) {
        return new UserFilter(List.of(), List.of(), "", "", "", "", "", deleted, suspended);
    }

    public static UserFilter usersMatching(String query) {
        return new UserFilter(List.of(), List.of(), query, "", "", "", "", Tristate.EXCLUDE, Tristate.EXCLUDE);
    }

    public static Sort byId() {
        return new Sort(List.of(new Sort.Order("id", true)));
    }

    public static Sort by(String column, boolean ascending) {
        return new Sort(List.of(new Sort.Order(column, ascending)));
    }

    /** A fluent builder over the immutable {@link User} record. */
    public static final class UserBuilder {
        private long id = nextId();
        private String username = "";
        private String email = "";
        private String name = "";
        private String handle = "";
        private String kind = "";
        private String meta;
        private long organisationId;
        private boolean emailConfirmed = true;
        private Instant createdAt = NOW;
        private Instant updatedAt;
        private Instant suspendedAt;
        private Instant deletedAt;

        public UserBuilder id(long value) {
            id = value;
            return this;
        }

        public UserBuilder username(String value) {
            username = value;
            return this;
        }

        public UserBuilder email(String value) {
            email = value;
            return this;
        }

        public UserBuilder name(String value) {
            name = value;
            return this;
        }

        public UserBuilder handle(String value) {
            handle = value;
            return this;
        }

        public UserBuilder kind(String value) {
            kind = value;
            return this;
        }

        public UserBuilder meta(String value) {
            meta = value;
            return this;
        }

        public UserBuilder organisationId(long value) {
            organisationId = value;
            return this;
        }

        public UserBuilder emailConfirmed(boolean value) {
            emailConfirmed = value;
            return this;
        }

        public UserBuilder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public UserBuilder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        public UserBuilder suspendedAt(Instant value) {
            suspendedAt = value;
            return this;
        }

        public UserBuilder deletedAt(Instant value) {
            deletedAt = value;
            return this;
        }

        public User build() {
            return new User(id, username, email, name, handle, kind, meta, organisationId, emailConfirmed,
                    createdAt, updatedAt, suspendedAt, deletedAt);
        }
    }
}
