package io.gatehouse.adapters.rest.http;

import io.gatehouse.domain.shared.DomainException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Params} from a request: the URL query, plus a JSON object body (any charset), a
 * form body, or the fields of a multipart body (file parts are left to the endpoints that take
 * uploads). Other body types are refused with 415; malformed bodies with 400.
 */
@Singleton
public class ParamsReader {
    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);
    private final JsonMapper json;

    public ParamsReader(JsonMapper json) {
        this.json = json;
    }

    public Params read(HttpRequest<?> request, byte[] body) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameters().forEach(e -> query.put(e.getKey(), e.getValue()));
        return new Params(query, parseBody(request, body));
    }

    private Map<String, Object> parseBody(HttpRequest<?> request, byte[] body) {
        if (body == null || body.length == 0) {
            return Map.of();
        }
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        String sub = type.getName();
        if (sub.equals(MediaType.APPLICATION_JSON) || sub.endsWith("+json")) {
            return parseJson(body);
        }
        if (sub.equals(MediaType.APPLICATION_FORM_URLENCODED)) {
            return parseForm(new String(body, StandardCharsets.UTF_8));
        }
        if (sub.equals(MediaType.MULTIPART_FORM_DATA)) {
            return parseMultipart(type, body);
        }
        throw new UnsupportedBody(type.toString());
    }

    private Map<String, Object> parseJson(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            return Map.of();
        }
        if (!text.startsWith("{")) {
            throw new DomainException.Invalid("error parsing http request body: expected a JSON object");
        }
        try {
            Map<String, Object> parsed = json.readValue(body, JSON_OBJECT);
            return parsed == null ? Map.of() : parsed;
        } catch (IOException | RuntimeException e) {
            throw new DomainException.Invalid("error parsing http request body: malformed JSON");
        }
    }

    private static Map<String, Object> parseForm(String text) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            addField(form, key, value);
        }
        return form;
    }

    private static Map<String, Object> parseMultipart(MediaType type, byte[] body) {
        Map<String, Object> form = new LinkedHashMap<>();
        DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/",
                Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, type.toString());
        HttpPostRequestDecoder decoder = null;
        try {
            decoder = new HttpPostRequestDecoder(new DefaultHttpDataFactory(false), request, StandardCharsets.UTF_8);
            for (InterfaceHttpData part : decoder.getBodyHttpDatas()) {
                if (part instanceof Attribute field) {
                    addField(form, field.getName(), field.getValue());
                }
            }
            return form;
        } catch (HttpPostRequestDecoder.ErrorDataDecoderException | IOException | IllegalArgumentException e) {
            throw new DomainException.Invalid("error parsing http request body: malformed multipart body");
        } finally {
            if (decoder != null) {
                decoder.destroy();
            }
            request.release();
        }
    }

    /** One field value; {@code name[]} and repeated names collect into a list. */
    private static void addField(Map<String, Object> form, String name, String value) {
        String key = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
        Object existing = form.get(key);
        if (existing == null) {
            form.put(key, value);
        } else if (existing instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) list;
            values.add(value);
        } else {
            List<Object> values = new ArrayList<>();
            values.add(existing);
            values.add(value);
            form.put(key, values);
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new DomainException.Invalid("error parsing http request body: malformed form encoding");
        }
    }

    /** A body of a type the API does not read (415). */
    public static final class UnsupportedBody extends RuntimeException {
        public UnsupportedBody(String type) {
            super("unsupported content type: " + type, null, false, false);
        }
    }
}
