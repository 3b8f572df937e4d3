package io.gatehouse.application.permission;

import io.gatehouse.domain.rbac.Decision;
import java.util.List;

/** Why a user may or may not perform an operation: the deciding rule and level, and the roles considered. */
public record Trace(String resource, String operation, long userId, List<Long> roles, Decision decision) {
    public Trace {
        roles = List.copyOf(roles);
    }
}
