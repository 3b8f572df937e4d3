package io.gatehouse.domain.rbac;

/**
 * Why an operation was allowed or denied: the deciding rule (null when the default or a
 * built-in exception decided) and the level at which it was found.
 */
public record Decision(boolean allowed, Level level, Rule rule) {
    public enum Level {
        /** Super-user or a built-in exception (e.g. a user may unmask themselves). */
        BUILT_IN,
        /** The caller's roles on the specific resource. */
        ROLES_SPECIFIC,
        /** The caller's roles on the wildcard resource. */
        ROLES_WILDCARD,
        /** Everyone on the specific resource. */
        EVERYONE_SPECIFIC,
        /** Everyone on the wildcard resource. */
        EVERYONE_WILDCARD,
        /** No rule matched; the operation's default applied. */
        DEFAULT
    }
}
