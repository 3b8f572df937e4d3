package io.gatehouse.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void defaultsToTheFirst50Rows() {
        PageRequest p = PageRequest.firstPage();
        assertEquals(50, p.effectiveLimit());
        assertEquals(0, p.effectiveOffset());
        assertTrue(p.isUnspecified());
    }

    @Test
    void pageAndPerPageGiveLimitAndOffset() {
        PageRequest p = new PageRequest(0, 0, 3, 20);
        assertEquals(20, p.effectiveLimit());
        assertEquals(40, p.effectiveOffset());
        assertFalse(p.isUnspecified());
    }

    @Test
    void pageWithoutPerPageUsesTheDefaultSize() {
        assertEquals(50, new PageRequest(0, 0, 2, 0).effectiveOffset());
    }

    @Test
    void pageZeroIsTheFirstPage() {
        assertEquals(0, new PageRequest(0, 0, 0, 20).effectiveOffset());
        assertEquals(0, new PageRequest(0, 0, 1, 20).effectiveOffset());
    }

    @Test
    void limitAndOffsetWinOverPageAndPerPage() {
        PageRequest p = new PageRequest(10, 5, 3, 20);
        assertEquals(10, p.effectiveLimit());
        assertEquals(5, p.effectiveOffset());
    }

    @Test
    void offsetAloneKeepsTheDefaultLimit() {
        PageRequest p = new PageRequest(0, 30, 3, 20);
        assertEquals(50, p.effectiveLimit());
        assertEquals(30, p.effectiveOffset());
    }

    @Test
    void atMost1000Rows() {
        assertEquals(1000, new PageRequest(1000, 0, 0, 0).effectiveLimit());
        assertThrows(DomainException.Invalid.class, () -> new PageRequest(1001, 0, 0, 0));
        assertThrows(DomainException.Invalid.class, () -> new PageRequest(0, 0, 1, 1001));
        assertEquals(1000, PageRequest.everything().effectiveLimit());
        assertEquals(0, PageRequest.everything().effectiveOffset());
    }

    @Test
    void negativeValuesAreInvalid() {
        assertThrows(DomainException.Invalid.class, () -> new PageRequest(-1, 0, 0, 0));
        assertThrows(DomainException.Invalid.class, () -> new PageRequest(0, -1, 0, 0));
        assertThrows(DomainException.Invalid.class, () -> new PageRequest(0, 0, -1, 0));
        assertThrows(DomainException.Invalid.class, () -> new PageRequest(0, 0, 0, -1));
    }

    @Test
    void farPagesDoNotOverflow() {
        assertEquals((long) (Integer.MAX_VALUE - 1) * 1000, new PageRequest(0, 0, Integer.MAX_VALUE, 1000)
                .effectiveOffset());
    }
}
