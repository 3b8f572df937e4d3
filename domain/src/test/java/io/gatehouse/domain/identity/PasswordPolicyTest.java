package io.gatehouse.domain.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    @Test
    void shorterThanEightCharactersIsWeak() {
        DomainException.Invalid e = assertThrows(DomainException.Invalid.class, () -> PasswordPolicy.check("1234567"));
        assertTrue(e.getMessage().startsWith(PasswordPolicy.WEAK));
        assertThrows(DomainException.Invalid.class, () -> PasswordPolicy.check(""));
        assertThrows(DomainException.Invalid.class, () -> PasswordPolicy.check(null));
    }

    @Test
    void eightTo256CharactersAreAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("12345678"));
        assertDoesNotThrow(() -> PasswordPolicy.check("x".repeat(256)));
    }

    @Test
    void longerThan256CharactersIsRefusedNotTruncated() {
        DomainException.Invalid e = assertThrows(DomainException.Invalid.class,
                () -> PasswordPolicy.check("x".repeat(257)));
        assertTrue(e.getMessage().contains("too long"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDD11"; // one code point, two chars, four UTF-8 bytes
        assertThrows(DomainException.Invalid.class, () -> PasswordPolicy.check(emoji.repeat(7)));
        assertDoesNotThrow(() -> PasswordPolicy.check(emoji.repeat(8)));
        assertDoesNotThrow(() -> PasswordPolicy.check(emoji.repeat(256)));
        assertThrows(DomainException.Invalid.class, () -> PasswordPolicy.check(emoji.repeat(257)));
    }
}
