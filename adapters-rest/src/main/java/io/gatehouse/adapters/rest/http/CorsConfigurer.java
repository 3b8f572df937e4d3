package io.gatehouse.adapters.rest.http;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CORS from an allow-list only: {@code GATEHOUSE_CORS_ALLOWED_ORIGINS} (or
 * {@code -Dgatehouse.cors.allowed-origins}), comma-separated. Listed origins get credentials
 * (corteza-js sends {@code withCredentials}); with no list, CORS stays off and browsers keep
 * other origins out. Micronaut's own CORS filter does the work; this only configures it, because
 * an empty Micronaut origin list would mean "any origin".
 */
@ContextConfigurer
public class CorsConfigurer implements ApplicationContextConfigurer {
    private static final String PREFIX = "micronaut.server.cors.configurations.gatehouse.";

    @Override
    public void configure(ApplicationContextBuilder builder) {
        String configured = System.getProperty("gatehouse.cors.allowed-origins",
                System.getenv("GATEHOUSE_CORS_ALLOWED_ORIGINS"));
        List<String> origins = configured == null ? List.of()
                : Arrays.stream(configured.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
        if (origins.isEmpty()) {
            return;
        }
        Map<String, Object> cors = new HashMap<>();
        cors.put("micronaut.server.cors.enabled", true);
        cors.put(PREFIX + "allowed-origins", origins);
        cors.put(PREFIX + "allowed-methods", List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"));
        cors.put(PREFIX + "allowed-headers", List.of("Accept", "Authorization", "Content-Type", "X-CSRF-Token",
                "X-Request-Id"));
        cors.put(PREFIX + "allow-credentials", true);
        cors.put(PREFIX + "max-age", 300);
        builder.properties(cors);
    }
}
