package io.gatehouse.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {
    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "john.doe+tag@example.com", "x@localhost", "o'hara@sub.example-domain.org"})
    void plainAddressesAreValid(String email) {
        assertTrue(Emails.isValid(email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@", "@b.co", "a b@c.de", "John <john@example.com>", "a@-b.co",
            "a@b-.co", "a@b..co", "a@@b.co"})
    void displayNamesAndMalformedAddressesAreInvalid(String email) {
        assertFalse(Emails.isValid(email));
        assertEquals("invalid email", assertThrows(DomainException.Invalid.class,
                () -> Emails.validate(email)).getMessage());
    }

    @Test
    void nullIsInvalid() {
        assertFalse(Emails.isValid(null));
        assertThrows(DomainException.Invalid.class, () -> Emails.validate(null));
    }

    @Test
    void localPartIsAtMost64AndTheAddressAtMost254Characters() {
        assertTrue(Emails.isValid("a".repeat(64) + "@example.com"));
        assertFalse(Emails.isValid("a".repeat(65) + "@example.com"));
        String label = "d".repeat(63) + ".";
        assertTrue(Emails.isValid("a@" + label.repeat(3) + "com"), "a@ + 195 characters");
        assertFalse(Emails.isValid("a@" + label.repeat(4) + "com"), "a@ + 259 characters");
    }

    @Test
    void validateTrims() {
        assertEquals("a@b.co", Emails.validate("  a@b.co "));
    }

    @Test
    void uniquenessKeyIgnoresCase() {
        assertEquals(Emails.key("John@Example.COM"), Emails.key("john@example.com"));
    }
}
