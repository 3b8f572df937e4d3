package io.gatehouse.domain.shared;

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
}
