package io.gatehouse.application.permission;

/** Whether the caller may perform one operation on one resource. */
public record EffectivePermission(String resource, String operation, boolean allow) {
}
