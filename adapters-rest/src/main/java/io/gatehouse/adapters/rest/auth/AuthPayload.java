package io.gatehouse.adapters.rest.auth;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code {"jwt": "...", "user": {userID, name, email, username, handle, roles}}}. */
@Serdeable
public record AuthPayload(String jwt, AuthUser user) {
    @Serdeable
    public record AuthUser(String userID, String name, String email, String username, String handle,
                           List<String> roles) {
    }
}
