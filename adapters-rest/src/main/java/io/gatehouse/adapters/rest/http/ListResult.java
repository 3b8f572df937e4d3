package io.gatehouse.adapters.rest.http;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The reference's list shape: the effective filter (with {@code count}) and the set, never null. */
@Serdeable
public record ListResult<F, T>(F filter, List<T> set) {
    public ListResult {
        set = set == null ? List.of() : set;
    }
}
