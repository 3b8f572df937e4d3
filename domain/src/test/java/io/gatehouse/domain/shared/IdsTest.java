package io.gatehouse.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
    @Test
    void blankIsNone() {
        assertEquals(0, Ids.parse("userID", null));
        assertEquals(0, Ids.parse("userID", " "));
    }

    @Test
    void decimalIdsParse() {
        assertEquals(Long.MAX_VALUE, Ids.parse("userID", " " + Long.MAX_VALUE + " "));
        assertEquals("42", Ids.format(42));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1e3", "abc", "9223372036854775808", "12345678901234567890", "0x10"})
    void anythingElseIsInvalidAndNamesTheParameter(String value) {
        assertEquals("invalid roleID: expected a numeric ID",
                assertThrows(DomainException.Invalid.class, () -> Ids.parse("roleID", value)).getMessage());
    }
}
