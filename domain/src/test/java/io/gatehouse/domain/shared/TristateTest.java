package io.gatehouse.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TristateTest {
    @Test
    void referenceCodesMapAndAnythingElseExcludes() {
        assertEquals(Tristate.EXCLUDE, Tristate.of(0));
        assertEquals(Tristate.INCLUDE, Tristate.of(1));
        assertEquals(Tristate.ONLY, Tristate.of(2));
        assertEquals(Tristate.EXCLUDE, Tristate.of(3));
        assertEquals(Tristate.EXCLUDE, Tristate.of(-1));
        assertEquals(2, Tristate.ONLY.code());
    }

    @Test
    void onlyExcludeLeavesFlaggedRowsOut() {
        assertFalse(Tristate.EXCLUDE.wantsFlagged());
        assertTrue(Tristate.INCLUDE.wantsFlagged());
        assertTrue(Tristate.ONLY.wantsFlagged());
    }
}
