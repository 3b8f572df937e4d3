package io.gatehouse.application.role;

import io.gatehouse.application.shared.Checks;
import io.gatehouse.domain.identity.Handles;
import io.gatehouse.domain.shared.Texts;
import java.util.List;

/**
 * The fields of {@code POST /roles/} and {@code PUT /roles/{id}}. A null name or handle keeps the
 * current value on update; null members keep the members, an empty list removes them all.
 */
public record RoleCommand(String name, String handle, List<Long> members) {
    public static final int MAX_NAME = 255;

    public RoleCommand {
        name = name == null ? null : Texts.bounded("name", name, MAX_NAME);
        handle = handle == null ? null : Handles.validate(handle);
        Checks.requireAtMost("members", members);
        members = members == null ? null : List.copyOf(members);
    }
}
