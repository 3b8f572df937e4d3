package io.gatehouse.application.role;

import io.gatehouse.domain.role.RoleFilter;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Sort;
import java.util.List;

/** A role search. Unspecified paging returns every role (up to the maximum), for role pickers. */
public record RoleSearch(RoleFilter filter, Sort sort, PageRequest page) {
    public static final String DEFAULT_SORT = "id";
    public static final List<String> SORTABLE = List.of("id", "name", "handle", "created_at", "updated_at",
            "archived_at", "deleted_at");
}
