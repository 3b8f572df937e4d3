package io.gatehouse.adapters.rest.application;

import io.gatehouse.adapters.rest.http.JsonFields;
import io.gatehouse.application.application.JsonInput;
import io.gatehouse.domain.shared.DomainException;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code unify} and {@code config} as they arrive (a JSON object in a JSON body, or JSON text in a
 * form), checked and turned into JSON text. {@code config} may be any object; {@code unify} must
 * have the reference's {@code ApplicationUnify} fields only, with their types, and is stored in
 * that type's full shape ({@code name} only when not empty), as the reference returns it.
 */
@Singleton
public class ApplicationJsonFields {
    private static final long MAX_ORDER = Integer.MAX_VALUE;
    private final JsonFields json;

    public ApplicationJsonFields(JsonFields json) {
        this.json = json;
    }

    /** The unify field; {@code given} says whether the request carried it at all. */
    public JsonInput unify(boolean given, Object value) {
        Map<?, ?> object = object("unify", given, value);
        return object == null ? absentOrNull(given) : JsonInput.of(text("unify", normalisedUnify(object)));
    }

    public JsonInput config(boolean given, Object value) {
        Map<?, ?> object = object("config", given, value);
        return object == null ? absentOrNull(given) : JsonInput.of(text("config", object));
    }

    private static JsonInput absentOrNull(boolean given) {
        return given ? JsonInput.NULL : JsonInput.OMITTED;
    }

    /** The value as a JSON object, or null for an absent or JSON-null value. */
    private Map<?, ?> object(String field, boolean given, Object value) {
        return given ? json.object(field, value) : null;
    }

    private String text(String field, Object value) {
        return json.text(field, value);
    }

    private static Map<String, Object> normalisedUnify(Map<?, ?> given) {
        for (Object key : given.keySet()) {
            if (!(key instanceof String k) || !k.matches("name|listed|icon|logo|url|config|order")) {
                throw new DomainException.Invalid("invalid unify: unknown field \"" + key
                        + "\" (expected name, listed, icon, logo, url, config, order)");
            }
        }
        Map<String, Object> unify = new LinkedHashMap<>();
        String name = string(given, "name");
        if (!name.isEmpty()) {
            unify.put("name", name);
        }
        Object listed = given.get("listed");
        if (listed != null && !(listed instanceof Boolean)) {
            throw new DomainException.Invalid("invalid unify: listed must be true or false");
        }
        unify.put("listed", Boolean.TRUE.equals(listed));
        unify.put("icon", string(given, "icon"));
        unify.put("logo", string(given, "logo"));
        unify.put("url", string(given, "url"));
        unify.put("config", string(given, "config"));
        unify.put("order", order(given.get("order")));
        return unify;
    }

    private static String string(Map<?, ?> unify, String field) {
        Object value = unify.get(field);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String text)) {
            throw new DomainException.Invalid("invalid unify: " + field + " must be a string");
        }
        return text;
    }

    private static long order(Object value) {
        if (value == null) {
            return 0;
        }
        boolean integral = value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger;
        if (!integral || ((Number) value).doubleValue() < 0 || ((Number) value).doubleValue() > MAX_ORDER) {
            throw new DomainException.Invalid("invalid unify: order must be a whole number from 0 to " + MAX_ORDER);
        }
        return ((Number) value).longValue();
    }
}
