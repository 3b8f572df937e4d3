package io.gatehouse.domain.rbac;

/** One permission rule: the role may (or may not) perform the operation on the resource. */
public record Rule(long roleId, String resource, String operation, Access access) {
}
