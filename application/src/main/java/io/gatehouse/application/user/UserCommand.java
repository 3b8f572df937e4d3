package io.gatehouse.application.user;

import io.gatehouse.domain.identity.Emails;
import io.gatehouse.domain.identity.Handles;
import io.gatehouse.domain.identity.UserKind;
import io.gatehouse.domain.shared.Texts;

/** The fields of {@code POST /users/} and {@code PUT /users/{id}}, validated on construction. */
public record UserCommand(String email, String name, String handle, String kind) {
    public static final int MAX_NAME = 255;

    public UserCommand {
        email = Emails.validate(email);
        name = Texts.bounded("name", name, MAX_NAME);
        handle = Handles.validate(handle);
        kind = UserKind.validate(kind);
    }
}
