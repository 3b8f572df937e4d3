package io.gatehouse.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS answers only the configured origins, with credentials. */
class CorsIT extends ServerFixture {
    private static final String ALLOWED = "https://admin.example.test";

    @Override
    protected Map<String, String> environment() {
        return Map.of("GATEHOUSE_CORS_ALLOWED_ORIGINS", ALLOWED + ", https://other-app.example.test");
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/users/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAllowedOriginGetsCredentialedCors() throws Exception {
        HttpResponse<String> r = preflight(ALLOWED);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ALLOWED, r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("true", r.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
    }

    @Test
    void anyOtherOriginGetsNoCorsHeaders() throws Exception {
        HttpResponse<String> r = preflight("https://evil.example.test");
        assertNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpRequest get = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/auth/"))
                .header("Origin", "https://evil.example.test").build();
        HttpResponse<String> plain = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString());
        assertNull(plain.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
