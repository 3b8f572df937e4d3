package io.gatehouse.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    private final User user = new User(5, "jd", "j@example.com", "John", "john", "", null, 0, true, T, null, null, null);

    @Test
    void profileChangeKeepsTheUsername() {
        User changed = user.withProfile("k@example.com", "Kim", "kim", "bot", T.plusSeconds(1));
        assertEquals("jd", changed.username());
        assertEquals("k@example.com", changed.email());
        assertEquals(T.plusSeconds(1), changed.updatedAt());
    }

    @Test
    void suspendedOrDeletedUsersAreNotValid() {
        assertTrue(user.isValid());
        assertFalse(user.withSuspendedAt(T, T).isValid());
        assertFalse(user.withDeletedAt(T, T).isValid());
        assertTrue(user.withSuspendedAt(T, T).withSuspendedAt(null, T).isValid());
    }

    @Test
    void nullTextsBecomeEmpty() {
        User blank = new User(6, null, null, null, null, null, null, 0, false, T, null, null, null);
        assertEquals("", blank.username() + blank.email() + blank.name() + blank.handle() + blank.kind());
    }
}
