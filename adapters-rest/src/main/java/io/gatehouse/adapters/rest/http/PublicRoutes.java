package io.gatehouse.adapters.rest.http;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Which paths anonymous callers may reach (the reference's public group): auth, internal auth,
 * attachments, and the operations endpoints outside the API base path. Everything else under
 * the base path needs a live session.
 */
@Singleton
public class PublicRoutes {
    private final String base;

    public PublicRoutes(@Value("${gatehouse.api.prefix:}") String prefix) {
        this.base = ApiPaths.normalise(prefix);
    }

    public boolean isPublic(String path) {
        if (!base.isEmpty() && !path.startsWith(base + "/") && !path.equals(base)) {
            return true; // outside the API: /version, /health, ...
        }
        String rest = path.substring(base.length());
        return rest.equals("/auth") || rest.startsWith("/auth/") || rest.startsWith("/attachment/")
                || rest.equals("/version") || rest.equals("/health") || rest.startsWith("/health/")
                || rest.equals("/metrics") || rest.equals("/openapi.yml") || rest.equals("/docs");
    }
}
