package io.gatehouse.application.role;

import io.gatehouse.domain.role.Role;

/** A role with what the caller may do with it (the reference's {@code can*} flags). */
public record RoleView(Role role, boolean canGrant, boolean canUpdateRole, boolean canDeleteRole) {
}
