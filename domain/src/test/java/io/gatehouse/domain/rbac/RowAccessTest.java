package io.gatehouse.domain.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RowAccessTest {
    @Test
    void exceptionsGetTheOppositeOfTheDefault() {
        RowAccess deniedExcept = new RowAccess(false, Set.of(5L));
        assertTrue(deniedExcept.allows(5));
        assertFalse(deniedExcept.allows(6));
        RowAccess allowedExcept = new RowAccess(true, Set.of(5L));
        assertFalse(allowedExcept.allows(5));
        assertTrue(allowedExcept.allows(6));
    }

    @Test
    void alsoAllowingAddsAnExceptionWhenRowsAreDeniedByDefault() {
        RowAccess rows = RowAccess.NONE.alsoAllowing(7);
        assertEquals(new RowAccess(false, Set.of(7L)), rows);
        assertFalse(rows.allows(8));
    }

    @Test
    void alsoAllowingRemovesTheExceptionWhenRowsAreAllowedByDefault() {
        RowAccess rows = new RowAccess(true, Set.of(7L, 8L)).alsoAllowing(7);
        assertEquals(new RowAccess(true, Set.of(8L)), rows);
    }

    @Test
    void alsoAllowingAnAllowedRowChangesNothing() {
        RowAccess rows = new RowAccess(false, Set.of(7L));
        assertSame(rows, rows.alsoAllowing(7));
        assertSame(RowAccess.ALL, RowAccess.ALL.alsoAllowing(3));
    }

    @Test
    void exceptionsAreCopied() {
        java.util.Set<Long> mutable = new java.util.HashSet<>(Set.of(1L));
        RowAccess rows = new RowAccess(false, mutable);
        mutable.add(2L);
        assertFalse(rows.allows(2));
    }
}
