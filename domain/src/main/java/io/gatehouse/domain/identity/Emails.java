package io.gatehouse.domain.identity;

import io.gatehouse.domain.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One e-mail rule for every use case (the reference had two): a plain addr-spec, no display
 * names, at most 254 characters.
 */
public final class Emails {
    public static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$");

    private Emails() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX_LENGTH && ADDRESS.matcher(email).matches()
                && email.indexOf('@') <= 64;
    }

    public static String validate(String email) {
        String e = email == null ? "" : email.trim();
        if (!isValid(e)) {
            throw new DomainException.Invalid("invalid email");
        }
        return e;
    }

    /** The key uniqueness is enforced on. */
    public static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
