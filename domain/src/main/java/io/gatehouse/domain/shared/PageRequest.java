package io.gatehouse.domain.shared;

/**
 * Paging as the reference: limit/offset win when either is set, else page/perPage.
 * Defaults to 50 rows and never exceeds 1000.
 */
public record PageRequest(int limit, int offset, int page, int perPage) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (limit < 0 || offset < 0 || page < 0 || perPage < 0) {
            throw new DomainException.Invalid("paging parameters must not be negative");
        }
        if (limit > MAX_LIMIT || perPage > MAX_LIMIT) {
            throw new DomainException.Invalid("limit must not exceed " + MAX_LIMIT);
        }
    }

    public static PageRequest firstPage() {
        return new PageRequest(0, 0, 0, 0);
    }

    /** All rows up to the maximum (used where a client relies on unpaged lists). */
    public static PageRequest everything() {
        return new PageRequest(MAX_LIMIT, 0, 0, 0);
    }

    public boolean isUnspecified() {
        return limit == 0 && offset == 0 && page == 0 && perPage == 0;
    }

    public int effectiveLimit() {
        if (limit + offset > 0) {
            return limit > 0 ? limit : DEFAULT_LIMIT;
        }
        return perPage > 0 ? perPage : DEFAULT_LIMIT;
    }

    public long effectiveOffset() {
        if (limit + offset > 0) {
            return offset;
        }
        return (long) (Math.max(page, 1) - 1) * effectiveLimit();
    }
}
