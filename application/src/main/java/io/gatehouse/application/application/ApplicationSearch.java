package io.gatehouse.application.application;

import io.gatehouse.domain.application.ApplicationFilter;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Sort;
import java.util.List;

/** An application search: filter, sort (the reference's columns but {@code unify}) and paging (default 50). */
public record ApplicationSearch(ApplicationFilter filter, Sort sort, PageRequest page) {
    public static final String DEFAULT_SORT = "id";
    public static final List<String> SORTABLE = List.of("id", "rel_owner", "name", "enabled", "created_at",
            "updated_at", "deleted_at");
}
