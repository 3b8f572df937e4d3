package io.gatehouse.application.shared;

import io.gatehouse.domain.shared.DomainException;
import java.util.Collection;

/** Small argument rules shared by the services. */
public final class Checks {
    public static final int MAX_IDS = 1000;

    private Checks() {
    }

    public static void requireId(long id) {
        if (id <= 0) {
            throw new DomainException.Invalid("invalid ID");
        }
    }

    public static void requireAtMost(String parameter, Collection<?> values) {
        if (values != null && values.size() > MAX_IDS) {
            throw new DomainException.Invalid(parameter + " has too many values (at most " + MAX_IDS + ")");
        }
    }

    public static String requireText(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException.Invalid(parameter + " is required");
        }
        return value;
    }
}
