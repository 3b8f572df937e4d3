package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** What SQL does for the in-memory stores: tri-state filters, LIKE matches, ORDER BY, LIMIT/OFFSET. */
final class Rows {
    private Rows() {
    }

    /** {@code 0} excludes flagged rows, {@code 1} includes them, {@code 2} keeps only them; null is 0. */
    static boolean state(Tristate tristate, Object flaggedAt) {
        Tristate t = tristate == null ? Tristate.EXCLUDE : tristate;
        return switch (t) {
            case EXCLUDE -> flaggedAt == null;
            case INCLUDE -> true;
            case ONLY -> flaggedAt != null;
        };
    }

    static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    /** {@code value LIKE 'prefix%'} under a case-insensitive collation. */
    static boolean startsWith(String value, String prefix) {
        return lower(value).startsWith(lower(prefix));
    }

    /** {@code value LIKE '%part%'} under a case-insensitive collation. */
    static boolean contains(String value, String part) {
        return lower(value).contains(lower(part));
    }

    /** Equality under a case-insensitive collation. */
    static boolean same(String a, String b) {
        return lower(a).equals(lower(b));
    }

    static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    /**
     * The ORDER BY of {@code sort} over the given columns (NULL sorts lowest, as in MySQL and H2;
     * text compares case-insensitively), with the id as the final tie-breaker.
     */
    static <T> Comparator<T> order(Sort sort, Map<String, Function<T, Comparable<?>>> columns, ToLongFunction<T> id) {
        Comparator<T> result = null;
        boolean byId = false;
        List<Sort.Order> orders = sort == null ? List.of() : sort.orders();
        for (Sort.Order o : orders) {
            Function<T, Comparable<?>> column = columns.get(o.column());
            if (column == null) {
                throw new DomainException.Invalid("invalid sort: unknown order-by column \"" + o.column() + "\"");
            }
            byId |= o.column().equals("id");
            Comparator<T> c = Comparator.comparing(column, Rows::compareValues);
            if (!o.ascending()) {
                c = c.reversed();
            }
            result = result == null ? c : result.thenComparing(c);
        }
        Comparator<T> tieBreaker = Comparator.comparingLong(id);
        if (result == null) {
            return tieBreaker;
        }
        return byId ? result : result.thenComparing(tieBreaker);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Comparable<?> a, Comparable<?> b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof String sa && b instanceof String sb) {
            int ci = String.CASE_INSENSITIVE_ORDER.compare(sa, sb);
            return ci != 0 ? ci : sa.compareTo(sb);
        }
        return ((Comparable) a).compareTo(b);
    }

    /** One page of the sorted rows, and the total before paging. */
    static <T> Page<T> page(List<T> sorted, long offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        int from = (int) Math.min(offset, sorted.size());
        int to = (int) Math.min((long) from + limit, sorted.size());
        return new Page<>(sorted.subList(from, to), sorted.size());
    }
}
