package io.gatehouse.domain.shared;

import java.nio.charset.StandardCharsets;

/** Small input rules shared by every concept. */
public final class Texts {
    private Texts() {
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Trims and bounds a free-text field; too long is an error that names the field. */
    public static String bounded(String field, String value, int max) {
        String v = orEmpty(value).trim();
        if (v.codePointCount(0, v.length()) > max) {
            throw new DomainException.Invalid(field + " is too long (at most " + max + " characters)");
        }
        return v;
    }

    /** The size of the value in UTF-8 bytes, the unit in which stored JSON is bounded. */
    public static int utf8Length(String value) {
        return orEmpty(value).getBytes(StandardCharsets.UTF_8).length;
    }
}
