package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where dynamic SQL is put together: conditions with their bind parameters,
 * joined by AND, then a count, or a sorted and paged select. Only column names chosen by the
 * calling store and sort columns from its allow-list ever reach the SQL text; every value is a
 * bind parameter.
 */
final class SqlQuery {
    /** The escape character of LIKE patterns; not the backslash, which MySQL and H2 treat differently in literals. */
    static final char LIKE_ESCAPE = '!';

    /** A statement and its parameters, in order. */
    record Statement(String sql, List<Object> params) {
        Statement {
            params = Collections.unmodifiableList(new ArrayList<>(params));
        }
    }

    /**
     * A boolean SQL expression with its parameters. {@link #ALWAYS} and {@link #NEVER} fold away
     * when combined, so a filter that cannot match anything stays a constant the database skips.
     */
    record Condition(String sql, List<Object> params) {
        static final Condition ALWAYS = new Condition("1 = 1", List.of());
        static final Condition NEVER = new Condition("1 = 0", List.of());

        Condition {
            params = Collections.unmodifiableList(new ArrayList<>(params));
        }

        static Condition of(String sql, Object... params) {
            return new Condition(sql, List.of(params));
        }

        Condition and(Condition other) {
            if (this == NEVER || other == NEVER) {
                return NEVER;
            }
            if (this == ALWAYS) {
                return other;
            }
            if (other == ALWAYS) {
                return this;
            }
            List<Object> all = new ArrayList<>(params);
            all.addAll(other.params);
            return new Condition(sql + " AND " + other.sql, all);
        }

        /** Wraps the expression, e.g. into a sub-select: {@code prefix + sql + suffix}. */
        Condition within(String prefix, String suffix) {
            if (this == ALWAYS || this == NEVER) {
                throw new IllegalArgumentException("a constant condition cannot be wrapped");
            }
            return new Condition(prefix + sql + suffix, params);
        }
    }

    private final String columns;
    private final String from;
    private Condition where = Condition.ALWAYS;

    private SqlQuery(String columns, String from) {
        this.columns = columns;
        this.from = from;
    }

    static SqlQuery select(String columns, String from) {
        return new SqlQuery(columns, from);
    }

    SqlQuery where(Condition condition) {
        where = where.and(condition);
        return this;
    }

    Statement count() {
        return new Statement("SELECT COUNT(*) FROM " + from + whereClause(), where.params());
    }

    /**
     * One page in the requested order; {@code id} breaks ties so that pages never overlap. Sort
     * columns must be in {@code sortable}, a second guard behind the application's own check.
     */
    Statement page(Sort sort, Set<String> sortable, long offset, int limit) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(Math.max(0, limit));
        params.add(Math.max(0L, offset));
        return new Statement("SELECT " + columns + " FROM " + from + whereClause() + orderBy(sort, sortable)
                + " LIMIT ? OFFSET ?", params);
    }

    /** One page in a fixed order chosen by the store. */
    Statement page(String orderBy, long offset, int limit) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(Math.max(0, limit));
        params.add(Math.max(0L, offset));
        return new Statement("SELECT " + columns + " FROM " + from + whereClause() + " ORDER BY " + orderBy
                + " LIMIT ? OFFSET ?", params);
    }

    /** At most {@code limit} rows in a fixed order chosen by the store. */
    Statement ordered(String orderBy, int limit) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(Math.max(0, limit));
        return new Statement("SELECT " + columns + " FROM " + from + whereClause() + " ORDER BY " + orderBy
                + " LIMIT ?", params);
    }

    private String whereClause() {
        return where == Condition.ALWAYS ? "" : " WHERE " + where.sql();
    }

    static String orderBy(Sort sort, Set<String> sortable) {
        List<String> parts = new ArrayList<>();
        boolean byId = false;
        for (Sort.Order order : sort == null ? List.<Sort.Order>of() : sort.orders()) {
            if (!sortable.contains(order.column())) {
                throw new DomainException.Invalid("invalid sort: unknown order-by column \"" + order.column() + "\"");
            }
            byId |= order.column().equals("id");
            parts.add(order.column() + (order.ascending() ? " ASC" : " DESC"));
        }
        if (!byId) {
            parts.add("id ASC");
        }
        return " ORDER BY " + String.join(", ", parts);
    }

    static Condition equal(String column, Object value) {
        return Condition.of(column + " = ?", value);
    }

    /** {@code column IN (...)}; an empty set matches nothing. */
    static Condition in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            return Condition.NEVER;
        }
        return new Condition(column + " IN (" + placeholders(values.size()) + ")", new ArrayList<>(values));
    }

    /** {@code column NOT IN (...)}; an empty set matches everything. */
    static Condition notIn(String column, Collection<?> values) {
        if (values.isEmpty()) {
            return Condition.ALWAYS;
        }
        return new Condition(column + " NOT IN (" + placeholders(values.size()) + ")", new ArrayList<>(values));
    }

    /** The rows of {@code idColumn} that the verdict allows. */
    static Condition allowedBy(String idColumn, RowAccess access) {
        return access.defaultAllowed() ? notIn(idColumn, access.exceptions()) : in(idColumn, access.exceptions());
    }

    /** The deleted/suspended/archived filter: exclude flagged rows, include them, or only them. */
    static Condition state(String column, Tristate state) {
        return switch (state == null ? Tristate.EXCLUDE : state) {
            case EXCLUDE -> Condition.of(column + " IS NULL");
            case INCLUDE -> Condition.ALWAYS;
            case ONLY -> Condition.of(column + " IS NOT NULL");
        };
    }

    /** {@code column} starts with {@code prefix}, taken literally ({@code %} and {@code _} included). */
    static Condition startsWith(String column, String prefix) {
        return Condition.of(column + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'", escapeLike(prefix) + "%");
    }

    /** {@code column} contains {@code part} anywhere, taken literally ({@code %} and {@code _} included). */
    static Condition contains(String column, String part) {
        return Condition.of(column + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'", "%" + escapeLike(part) + "%");
    }

    /** Any of the alternatives; those that can never match are dropped. */
    static Condition anyOf(Condition... alternatives) {
        List<Condition> open = new ArrayList<>();
        for (Condition c : alternatives) {
            if (c == Condition.ALWAYS) {
                return Condition.ALWAYS;
            }
            if (c != Condition.NEVER) {
                open.add(c);
            }
        }
        if (open.isEmpty()) {
            return Condition.NEVER;
        }
        if (open.size() == 1) {
            return open.get(0);
        }
        List<Object> params = new ArrayList<>();
        open.forEach(c -> params.addAll(c.params()));
        return new Condition(open.stream().map(c -> "(" + c.sql() + ")").collect(Collectors.joining(" OR ", "(", ")")),
                params);
    }

    /** Whether a text filter is set: empty and blank mean "any". */
    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
