package io.gatehouse.adapters.persistence;

import java.util.Locale;
import java.util.Map;

/**
 * The client-facing messages of one table's uniqueness constraints, by index name, and the
 * message for any other clash (a duplicate primary key).
 */
record Conflicts(Map<String, String> byIndex, String otherwise) {
    /** For statements that no uniqueness rule should ever stop. */
    static final Conflicts UNEXPECTED = of("the change conflicts with existing data");

    static Conflicts of(String otherwise) {
        return new Conflicts(Map.of(), otherwise);
    }

    static Conflicts of(String otherwise, Map<String, String> byIndex) {
        return new Conflicts(byIndex, otherwise);
    }

    Conflicts {
        byIndex = Map.copyOf(byIndex);
    }

    String messageFor(String indexName) {
        if (indexName == null) {
            return otherwise;
        }
        return byIndex.getOrDefault(indexName.toLowerCase(Locale.ROOT), otherwise);
    }
}
