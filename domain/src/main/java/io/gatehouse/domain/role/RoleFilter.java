package io.gatehouse.domain.role;

import io.gatehouse.domain.shared.Tristate;

/** The search criteria of {@code GET /roles/}. */
public record RoleFilter(String query, Tristate deleted, Tristate archived) {
}
