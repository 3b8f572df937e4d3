package io.gatehouse.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A parsed {@code col [ASC|DESC], ...} sort over an allow-list of columns. Column names are the
 * reference's snake_case names; camelCase timestamps are accepted too.
 */
public record Sort(List<Order> orders) {
    public record Order(String column, boolean ascending) {
    }

    private static final Map<String, String> ALIASES = Map.of(
            "createdat", "created_at", "updatedat", "updated_at", "deletedat", "deleted_at",
            "suspendedat", "suspended_at", "archivedat", "archived_at");

    public Sort {
        orders = List.copyOf(orders);
    }

    public static Sort parse(String value, String defaultSort, List<String> allowed) {
        String text = value == null || value.isBlank() ? defaultSort : value;
        if (text.length() > 500) {
            throw new DomainException.Invalid("invalid sort: too long");
        }
        List<Order> orders = new ArrayList<>();
        for (String part : text.split(",", -1)) { // -1: a trailing "," is an empty, invalid part
            String[] words = part.trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
                throw new DomainException.Invalid("invalid sort: \"" + part.trim() + "\"");
            }
            String column = words[0].toLowerCase(Locale.ROOT);
            int dot = column.lastIndexOf('.');
            if (dot >= 0) {
                column = column.substring(dot + 1);
            }
            column = ALIASES.getOrDefault(column, column);
            if (!allowed.contains(column)) {
                throw new DomainException.Invalid("invalid sort: unknown order-by column \"" + words[0] + "\"");
            }
            boolean ascending = true;
            if (words.length == 2) {
                String dir = words[1].toUpperCase(Locale.ROOT);
                if (!dir.equals("ASC") && !dir.equals("DESC")) {
                    throw new DomainException.Invalid("invalid sort: direction must be ASC or DESC");
                }
                ascending = dir.equals("ASC");
            }
            orders.add(new Order(column, ascending));
        }
        return new Sort(orders);
    }

    /** The normalised form echoed in list filters. */
    @Override
    public String toString() {
        return orders.stream().map(o -> o.column() + (o.ascending() ? "" : " DESC"))
                .collect(Collectors.joining(", "));
    }
}
