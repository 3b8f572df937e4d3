package io.gatehouse.application.user;

import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Sort;
import java.util.List;

/** A user search: the filter, the sort and the page. */
public record UserSearch(UserFilter filter, Sort sort, PageRequest page) {
    public static final String DEFAULT_SORT = "id";
    public static final List<String> SORTABLE = List.of("id", "email", "username", "name", "handle", "meta", "kind",
            "rel_organisation", "email_confirmed", "created_at", "updated_at", "suspended_at", "deleted_at");
}
