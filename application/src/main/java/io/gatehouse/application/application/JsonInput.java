package io.gatehouse.application.application;

/**
 * A JSON request field as JSON text: omitted (an update keeps the stored value), {@code null}
 * (the stored value is cleared) or a value.
 *
 * @param given whether the request carried the field at all
 * @param text  the JSON text, or null for JSON {@code null} (and when omitted)
 */
public record JsonInput(boolean given, String text) {
    public static final JsonInput OMITTED = new JsonInput(false, null);
    public static final JsonInput NULL = new JsonInput(true, null);

    public JsonInput {
        if (!given && text != null) {
            throw new IllegalArgumentException("an omitted field has no value");
        }
        if (text != null && text.trim().equals("null")) {
            text = null;
        }
    }

    /** The field as given: JSON text, where the text {@code null} (or a Java null) means JSON null. */
    public static JsonInput of(String text) {
        return new JsonInput(true, text);
    }

    /** The value to store: the given one, or {@code current} when the field was omitted. */
    public String orCurrent(String current) {
        return given ? text : current;
    }
}
