package io.gatehouse.adapters.rest.http;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.util.Map;

/**
 * Route paths are fixed when the context starts, so the configured base path
 * ({@code -Dgatehouse.api.base-path} or {@code GATEHOUSE_API_BASE_PATH}; "/" and "/system/" are
 * fine) is normalised here into {@code gatehouse.api.prefix}, which every controller path starts with.
 */
@ContextConfigurer
public class ApiPrefixConfigurer implements ApplicationContextConfigurer {
    @Override
    public void configure(ApplicationContextBuilder builder) {
        String configured = System.getProperty("gatehouse.api.base-path", System.getenv("GATEHOUSE_API_BASE_PATH"));
        if (configured != null) {
            builder.properties(Map.of("gatehouse.api.prefix", ApiPaths.normalise(configured)));
        }
    }
}
