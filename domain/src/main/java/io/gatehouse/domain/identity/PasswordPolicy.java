package io.gatehouse.domain.identity;

import io.gatehouse.domain.shared.DomainException;
import java.nio.charset.StandardCharsets;

/** Minimum 8 characters, maximum 256, applied everywhere a password is set (signup included). */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;
    public static final String WEAK =
            "provided password is not secure; use longer password with more non-alphanumeric character";

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new DomainException.Invalid(WEAK + " (at least " + MIN_LENGTH + " characters)");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > 4 * MAX_LENGTH) {
            throw new DomainException.Invalid("password is too long (at most " + MAX_LENGTH + " characters)");
        }
    }
}
