package io.gatehouse.adapters.rest.ops;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /version}: the build version, outside the API base path (as the reference). */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class VersionController {
    private final Version version;

    public VersionController(@Value("${gatehouse.version:dev}") String version,
                             @Value("${gatehouse.build-time:}") String buildTime) {
        this.version = new Version(version, buildTime);
    }

    @Serdeable
    public record Version(String version, String buildTime) {
    }

    @Get("/version")
    public Envelopes.Response<Version> version() {
        return Envelopes.response(version);
    }
}
