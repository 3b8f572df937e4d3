package io.gatehouse.adapters.rest.permission;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Wire shapes of {@code /permissions/}. */
public final class PermissionDtos {
    private PermissionDtos() {
    }

    /** One whitelist entry; type prefixes keep their trailing ':' as the reference. */
    @Serdeable
    public record Permission(String resource, String operation) {
    }

    @Serdeable
    public record Effective(String resource, String operation, boolean allow) {
    }

    @Serdeable
    public record RuleDto(String roleID, String resource, String operation, String access) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TraceDto(String resource, String operation, String userID, List<String> roles, boolean allowed,
                           String level, RuleDto rule) {
    }
}
