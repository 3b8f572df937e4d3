package io.gatehouse.adapters.rest.http;

import io.gatehouse.domain.shared.Ids;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Value encodings on the wire, used by every mapper: IDs as decimal strings, timestamps as
 * RFC 3339 UTC (no fraction when it is zero), stored JSON as JSON.
 */
@Singleton
public class Wire {
    private final JsonMapper json;

    public Wire(JsonMapper json) {
        this.json = json;
    }

    public String id(long id) {
        return Ids.format(id);
    }

    public String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** Stored JSON text as a value to embed; null stays null. */
    public Object json(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            return null;
        }
    }
}
