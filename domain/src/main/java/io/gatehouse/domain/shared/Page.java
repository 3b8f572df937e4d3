package io.gatehouse.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total number of matching rows. */
public record Page<T>(List<T> items, long count) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), count);
    }
}
