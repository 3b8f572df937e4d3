package io.gatehouse.domain.rbac;

/** Resource strings: {@code system}, {@code system:<type>:<id>} and the wildcard {@code system:<type>:*}. */
public final class Resources {
    public static final String SYSTEM = "system";
    public static final String USER = "system:user:";
    public static final String ROLE = "system:role:";
    public static final String APPLICATION = "system:application:";
    public static final String ORGANISATION = "system:organisation:";
    public static final String WILDCARD = "*";

    private Resources() {
    }

    public static String of(String typePrefix, long id) {
        return typePrefix + id;
    }

    public static String wildcard(String typePrefix) {
        return typePrefix + WILDCARD;
    }

    /** The type prefix of a resource (everything up to and including the last ':'), or the resource itself. */
    public static String prefix(String resource) {
        int colon = resource.lastIndexOf(':');
        return colon < 0 ? resource : resource.substring(0, colon + 1);
    }

    /** The wildcard of a specific resource; null for resources without one ({@code system}). */
    public static String wildcardOf(String resource) {
        int colon = resource.lastIndexOf(':');
        if (colon < 0) {
            return null;
        }
        String w = resource.substring(0, colon + 1) + WILDCARD;
        return w.equals(resource) ? null : w;
    }

    /** The ID part of a specific resource, or -1 for wildcards and non-numeric tails. */
    public static long idOf(String resource) {
        int colon = resource.lastIndexOf(':');
        if (colon < 0) {
            return -1;
        }
        String tail = resource.substring(colon + 1);
        if (tail.isEmpty() || tail.length() > 19 || !tail.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        try {
            return Long.parseLong(tail);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
