package io.gatehouse.adapters.rest.http;

import io.gatehouse.domain.shared.DomainException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;

/**
 * Request fields that carry JSON (application {@code unify}/{@code config}, reminder
 * {@code payload}, setting values): a JSON body gives them parsed, a form gives them as JSON
 * text. One place turns either into a checked value and back into the JSON text that is stored.
 */
@Singleton
public class JsonFields {
    private final JsonMapper json;

    public JsonFields(JsonMapper json) {
        this.json = json;
    }

    /** The field as a JSON object; null when absent, blank or JSON null; anything else is a 400 naming it. */
    public Map<?, ?> object(String field, Object value) {
        Object parsed = value instanceof String text ? parse(field, text) : value;
        if (parsed == null) {
            return null;
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new DomainException.Invalid("invalid " + field + ": expected a JSON object");
        }
        return map;
    }

    /** A parsed value as JSON text, for storage. */
    public String text(String field, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException | RuntimeException e) {
            throw new DomainException.Invalid("invalid " + field + ": not representable as JSON");
        }
    }

    private Object parse(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, Argument.OBJECT_ARGUMENT);
        } catch (IOException | RuntimeException e) {
            throw new DomainException.Invalid("invalid " + field + ": malformed JSON");
        }
    }
}
