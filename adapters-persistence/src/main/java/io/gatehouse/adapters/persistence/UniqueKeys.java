package io.gatehouse.adapters.persistence;

import java.util.Locale;

/**
 * The values of the {@code *_key} columns: a lower-cased copy of a value that must be unique
 * among live rows, or null (never a clash) for empty values and deleted rows.
 */
final class UniqueKeys {
    private UniqueKeys() {
    }

    static String of(String value, boolean deleted) {
        if (deleted || value == null || value.isEmpty()) {
            return null;
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
