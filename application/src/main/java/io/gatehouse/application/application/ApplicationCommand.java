package io.gatehouse.application.application;

import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Texts;

/**
 * The fields of {@code POST /application/} and {@code PUT /application/{id}}, validated on
 * construction. On update, a null {@code name} or {@code enabled} and an omitted {@code unify} or
 * {@code config} keep the current value; on create they mean empty, disabled and unset.
 * {@code unify} and {@code config} must be JSON objects (or null) of at most
 * {@link #MAX_JSON_BYTES} bytes of text; the REST adapter checks {@code unify}'s fields.
 */
public record ApplicationCommand(String name, Boolean enabled, JsonInput unify, JsonInput config) {
    public static final int MAX_NAME = 255;
    public static final int MAX_JSON_BYTES = 65_536;

    public ApplicationCommand {
        name = name == null ? null : Texts.bounded("name", name, MAX_NAME);
        unify = requireObject("unify", unify);
        config = requireObject("config", config);
    }

    private static JsonInput requireObject(String field, JsonInput input) {
        if (input == null) {
            return JsonInput.OMITTED;
        }
        String text = input.text();
        if (text == null) {
            return input;
        }
        if (Texts.utf8Length(text) > MAX_JSON_BYTES) {
            throw new DomainException.Invalid(field + " is too large (at most " + MAX_JSON_BYTES + " bytes of JSON)");
        }
        String trimmed = text.trim();
        if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
            throw new DomainException.Invalid("invalid " + field + ": expected a JSON object");
        }
        return input;
    }
}
