package io.gatehouse.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void utf8LengthCountsBytesNotCharacters() {
        assertEquals(0, Texts.utf8Length(null));
        assertEquals(3, Texts.utf8Length("abc"));
        assertEquals(2, Texts.utf8Length("é"));
        assertEquals(4, Texts.utf8Length("😀"));
    }

    @Test
    void boundedTrimsAndNamesTheFieldWhenTooLong() {
        assertEquals("Acme", Texts.bounded("name", "  Acme ", 4));
        assertEquals("name is too long (at most 3 characters)",
                assertThrows(DomainException.Invalid.class, () -> Texts.bounded("name", "Acme", 3)).getMessage());
    }
}
