package io.gatehouse.adapters.rest.http;

import io.gatehouse.domain.shared.PageRequest;

/** The paging fields echoed in list filters: the effective limit and offset; page/perPage as given. */
public record PagingEcho(Integer limit, Long offset, Integer page, Integer perPage) {
    public static PagingEcho of(PageRequest page) {
        return new PagingEcho(page.effectiveLimit(), page.effectiveOffset(),
                page.page() > 0 ? page.page() : null, page.perPage() > 0 ? page.perPage() : null);
    }
}
