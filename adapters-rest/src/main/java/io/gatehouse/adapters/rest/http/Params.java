package io.gatehouse.adapters.rest.http;

import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Ids;
import io.gatehouse.domain.shared.PageRequest;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request's parameters, merged as the reference does: path values, then the query (and a
 * form body), then the JSON body; every value parsed and validated here, so a malformed value
 * is a 400 that names the parameter and never a silent zero.
 */
public final class Params {
    /** Longest accepted scalar parameter (longer texts have their own, smaller bounds in the domain). */
    public static final int MAX_VALUE_LENGTH = 65_536;

    private final Map<String, List<String>> query;
    private final Map<String, Object> body;

    Params(Map<String, List<String>> query, Map<String, Object> body) {
        this.query = query;
        this.body = body;
    }

    public boolean has(String name) {
        return query.containsKey(name) || query.containsKey(name + "[]") || body.containsKey(name);
    }

    /** A text value, or null when absent. */
    public String text(String name) {
        List<String> q = query.get(name);
        if (q != null && !q.isEmpty()) {
            return bounded(name, q.get(0));
        }
        Object v = body.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return bounded(name, s);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        throw new DomainException.Invalid("invalid " + name + ": expected a string");
    }

    public String text(String name, String fallback) {
        String v = text(name);
        return v == null ? fallback : v;
    }

    /** An ID as a decimal string or a JSON number; absent means 0. */
    public long id(String name) {
        Object v = raw(name);
        if (v == null) {
            return 0;
        }
        if (v instanceof Number n) {
            return numberToId(name, n);
        }
        if (v instanceof String s) {
            return Ids.parse(name, s);
        }
        throw new DomainException.Invalid("invalid " + name + ": expected a numeric ID");
    }

    /** A list of IDs: {@code name[]=1&name[]=2}, repeated {@code name=}, or a JSON array of strings or numbers. */
    public List<Long> ids(String name) {
        List<Long> out = new ArrayList<>();
        for (Object v : values(name)) {
            if (v instanceof Number n) {
                out.add(numberToId(name, n));
            } else if (v instanceof String s) {
                if (!s.isBlank()) {
                    out.add(Ids.parse(name, s));
                }
            } else {
                throw new DomainException.Invalid("invalid " + name + ": expected a list of IDs");
            }
            if (out.size() > 1000) {
                throw new DomainException.Invalid(name + " has too many values (at most 1000)");
            }
        }
        return out;
    }

    /** The list as given, or null when the parameter is absent (to tell "keep" from "empty"). */
    public List<Long> idsOrNull(String name) {
        return has(name) ? ids(name) : null;
    }

    public List<String> texts(String name) {
        List<String> out = new ArrayList<>();
        for (Object v : values(name)) {
            if (!(v instanceof String) && !(v instanceof Number)) {
                throw new DomainException.Invalid("invalid " + name + ": expected a list of strings");
            }
            out.add(bounded(name, v.toString()));
        }
        return out;
    }

    /** true/false/1/0/yes/no (and t/f/y/n), case-insensitively; absent means false. */
    public boolean bool(String name) {
        Object v = raw(name);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "t", "1", "yes", "y" -> true;
            case "false", "f", "0", "no", "n", "" -> false;
            default -> throw new DomainException.Invalid("invalid " + name + ": expected true or false");
        };
    }

    /** As {@link #bool}, but null when absent or JSON {@code null} (to tell "keep" from "false"). */
    public Boolean boolOrNull(String name) {
        return raw(name) == null ? null : bool(name);
    }

    /** A non-negative integer; absent means 0. */
    public int uint(String name) {
        Object v = raw(name);
        if (v == null) {
            return 0;
        }
        String s = v.toString().trim();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            long n = v instanceof Number num && !(v instanceof Double || v instanceof Float)
                    ? num.longValue() : Long.parseLong(s);
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new DomainException.Invalid("invalid " + name + ": expected a non-negative integer");
        }
    }

    /** An RFC 3339 timestamp, or null when absent. */
    public Instant time(String name) {
        String s = text(name);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException.Invalid("invalid " + name + ": expected an RFC 3339 timestamp");
        }
    }

    public Tristate tristate(String name) {
        int v = uint(name);
        if (v > 2) {
            throw new DomainException.Invalid("invalid " + name + ": expected 0, 1 or 2");
        }
        return Tristate.of(v);
    }

    public PageRequest page() {
        return new PageRequest(uint("limit"), uint("offset"), uint("page"), uint("perPage"));
    }

    public Sort sort(String defaultSort, List<String> allowed) {
        return Sort.parse(text("sort"), defaultSort, allowed);
    }

    /** A body value that is an object or array (e.g. {@code rules}), or null when absent. */
    public Object structured(String name) {
        return body.get(name);
    }

    private Object raw(String name) {
        List<String> q = query.get(name);
        if (q != null && !q.isEmpty()) {
            return q.get(0);
        }
        Object v = body.get(name);
        if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
            throw new DomainException.Invalid("invalid " + name + ": expected a single value");
        }
        return v;
    }

    private List<Object> values(String name) {
        List<String> bracketed = query.get(name + "[]");
        if (bracketed != null) {
            return new ArrayList<>(bracketed);
        }
        List<String> plain = query.get(name);
        if (plain != null) {
            return new ArrayList<>(plain);
        }
        Object v = body.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        return List.of(v);
    }

    private static long numberToId(String name, Number n) {
        if (n instanceof Double || n instanceof Float || n.longValue() < 0) {
            throw new DomainException.Invalid("invalid " + name + ": expected a numeric ID");
        }
        return n.longValue();
    }

    private static String bounded(String name, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new DomainException.Invalid(name + " is too long");
        }
        return value;
    }

    /** The raw value of a path segment as an ID; a malformed one is a 400 naming the parameter. */
    public static long pathId(String name, String value) {
        long id = Ids.parse(name, value);
        if (id <= 0) {
            throw new DomainException.Invalid("invalid ID");
        }
        return id;
    }
}
