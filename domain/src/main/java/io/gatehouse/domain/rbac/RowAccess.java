package io.gatehouse.domain.rbac;

import java.util.Set;

/**
 * The verdict of one operation for every row of one resource type, in a form a store can turn
 * into SQL: every row gets {@code defaultAllowed}, except the IDs in {@code exceptions}, which get
 * the opposite.
 */
public record RowAccess(boolean defaultAllowed, Set<Long> exceptions) {
    public static final RowAccess ALL = new RowAccess(true, Set.of());
    public static final RowAccess NONE = new RowAccess(false, Set.of());

    public RowAccess {
        exceptions = Set.copyOf(exceptions);
    }

    public boolean allows(long id) {
        return defaultAllowed != exceptions.contains(id);
    }

    /** The same, but always allowing one row (a user may always unmask themselves). */
    public RowAccess alsoAllowing(long id) {
        if (allows(id)) {
            return this;
        }
        var copy = new java.util.HashSet<>(exceptions);
        if (defaultAllowed) {
            copy.remove(id);
        } else {
            copy.add(id);
        }
        return new RowAccess(defaultAllowed, copy);
    }
}
