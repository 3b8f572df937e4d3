package io.gatehouse.domain.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ResourcesTest {
    @Test
    void ofAndWildcardBuildResourceStrings() {
        assertEquals("system:user:42", Resources.of(Resources.USER, 42));
        assertEquals("system:role:*", Resources.wildcard(Resources.ROLE));
    }

    @Test
    void prefixCutsAfterTheLastColon() {
        assertEquals("system:user:", Resources.prefix("system:user:42"));
        assertEquals("system:user:", Resources.prefix("system:user:*"));
        assertEquals("system", Resources.prefix("system"));
    }

    @Test
    void wildcardOfASpecificResource() {
        assertEquals("system:application:*", Resources.wildcardOf("system:application:7"));
        assertNull(Resources.wildcardOf("system:application:*"));
        assertNull(Resources.wildcardOf("system"));
    }

    @Test
    void idOfReadsTheNumericTail() {
        assertEquals(42, Resources.idOf("system:user:42"));
        assertEquals(-1, Resources.idOf("system:user:*"));
        assertEquals(-1, Resources.idOf("system:user:"));
        assertEquals(-1, Resources.idOf("system:user:4x"));
        assertEquals(-1, Resources.idOf("system"));
        assertEquals(-1, Resources.idOf("system:user:99999999999999999999"));
        assertEquals(Long.MAX_VALUE, Resources.idOf("system:user:" + Long.MAX_VALUE));
    }
}
