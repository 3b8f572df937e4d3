package io.gatehouse.domain.rbac;

/** The two built-in roles, created by the first migration. */
public final class Roles {
    public static final long EVERYONE = 1L;
    public static final long ADMINISTRATORS = 2L;

    private Roles() {
    }

    public static boolean isBuiltIn(long roleId) {
        return roleId == EVERYONE || roleId == ADMINISTRATORS;
    }
}
