package io.gatehouse.domain.application;

import io.gatehouse.domain.shared.Tristate;

/**
 * The search criteria of {@code GET /application/}: {@code name} matches the whole name,
 * {@code query} any part of it (both ignoring case; empty means any).
 */
public record ApplicationFilter(String name, String query, Tristate deleted) {
    public ApplicationFilter {
        name = name == null ? "" : name;
        query = query == null ? "" : query;
        deleted = deleted == null ? Tristate.EXCLUDE : deleted;
    }
}
