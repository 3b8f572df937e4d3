package io.gatehouse.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the API as a consumer sees it: JSON in, status and JSON out. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    public Api(String baseUrl) {
        this(baseUrl, null);
    }

    private Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The same API as seen with a bearer token. */
    public Api as(String jwt) {
        return new Api(baseUrl, jwt);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply post(String path, Object... keyValues) {
        return send("POST", path, "application/json", json(keyValues));
    }

    public Reply put(String path, Object... keyValues) {
        return send("PUT", path, "application/json", json(keyValues));
    }

    public Reply patch(String path, Object... keyValues) {
        return send("PATCH", path, "application/json", json(keyValues));
    }

    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {"k": v, ...} from alternating keys and values. */
    public static String json(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(map);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One answer. */
    public record Reply(int status, String text, Map<String, java.util.List<String>> headers) {
        public JsonNode body() {
            try {
                return text == null || text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
            } catch (IOException e) {
                ObjectNode node = JSON.createObjectNode();
                node.put("unparsable", text);
                return node;
            }
        }

        public JsonNode response() {
            return body().path("response");
        }

        public String error() {
            return body().path("error").path("message").asText(null);
        }

        public boolean isOk() {
            return "OK".equals(body().path("success").path("message").asText());
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
