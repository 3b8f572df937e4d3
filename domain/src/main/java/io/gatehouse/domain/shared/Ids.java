package io.gatehouse.domain.shared;

/** IDs are unsigned-looking 64-bit numbers that travel as decimal strings; 0 means none. */
public final class Ids {
    /** The built-in super-user used for provisioning (as the reference). */
    public static final long SUPER_USER = 10000000000000000L;

    private Ids() {
    }

    /** Parses an ID parameter; blank means 0, anything not a non-negative 64-bit decimal is invalid. */
    public static long parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return 0L;
        }
        String v = value.trim();
        if (v.length() > 19 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DomainException.Invalid("invalid " + parameter + ": expected a numeric ID");
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new DomainException.Invalid("invalid " + parameter + ": expected a numeric ID");
        }
    }

    public static String format(long id) {
        return Long.toString(id);
    }
}
