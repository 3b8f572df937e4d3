package io.gatehouse.domain.identity;

import io.gatehouse.domain.shared.Tristate;
import java.util.List;

/** The search criteria of {@code GET /users/}. Empty strings and lists mean "any". */
public record UserFilter(
        List<Long> userIds,
        List<Long> roleIds,
        String query,
        String email,
        String username,
        String handle,
        String kind,
        Tristate deleted,
        Tristate suspended) {

    public UserFilter {
        userIds = List.copyOf(userIds);
        roleIds = List.copyOf(roleIds);
    }

    public static UserFilter byEmail(String email) {
        return new UserFilter(List.of(), List.of(), "", email, "", "", "", Tristate.EXCLUDE, Tristate.EXCLUDE);
    }
}
