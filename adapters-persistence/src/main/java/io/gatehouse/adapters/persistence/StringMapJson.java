package io.gatehouse.adapters.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of a flat object of strings, as action-log meta is stored: {@code {"key":"value"}}.
 * Small on purpose; reading also accepts numbers, booleans and null (kept as their text), so
 * rows written by other tools still load.
 */
final class StringMapJson {
    private StringMapJson() {
    }

    static String write(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(out, e.getKey());
            out.append(':');
            quote(out, e.getValue() == null ? "" : e.getValue());
        }
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses {@code text}; null or blank is an empty map. Malformed JSON is an IllegalArgumentException. */
    static Map<String, String> read(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isBlank() || text.trim().equals("null")) {
            return values;
        }
        Reader in = new Reader(text);
        in.skipSpace();
        in.expect('{');
        in.skipSpace();
        if (in.peek() == '}') {
            in.next();
        } else {
            while (true) {
                in.skipSpace();
                String key = in.string();
                in.skipSpace();
                in.expect(':');
                in.skipSpace();
                values.put(key, in.value());
                in.skipSpace();
                char c = in.next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw in.error("expected ',' or '}'");
                }
            }
        }
        in.skipSpace();
        if (!in.atEnd()) {
            throw in.error("unexpected text after the object");
        }
        return values;
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        char peek() {
            if (atEnd()) {
                throw error("unexpected end");
            }
            return text.charAt(pos);
        }

        char next() {
            char c = peek();
            pos++;
            return c;
        }

        void expect(char c) {
            if (next() != c) {
                throw error("expected '" + c + "'");
            }
        }

        void skipSpace() {
            while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        String value() {
            if (peek() == '"') {
                return string();
            }
            int start = pos;
            while (!atEnd() && ",}".indexOf(text.charAt(pos)) < 0 && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            String literal = text.substring(start, pos);
            if (literal.isEmpty() || literal.startsWith("{") || literal.startsWith("[")) {
                throw error("expected a string, number, boolean or null");
            }
            return literal;
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("truncated \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("invalid \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("invalid escape \\" + e);
                }
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("invalid JSON object at " + pos + ": " + what);
        }
    }
}
