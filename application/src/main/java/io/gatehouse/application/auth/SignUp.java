package io.gatehouse.application.auth;

import io.gatehouse.domain.identity.Emails;
import io.gatehouse.domain.identity.Handles;
import io.gatehouse.domain.identity.PasswordPolicy;
import io.gatehouse.domain.shared.Texts;

/** The fields of {@code POST /auth/internal/signup}, validated on construction. */
public record SignUp(String email, String username, String password, String handle, String name) {
    public SignUp {
        email = Emails.validate(email);
        PasswordPolicy.check(password);
        handle = Handles.validate(handle);
        username = Texts.bounded("username", username, 255);
        name = Texts.bounded("name", name, 255);
    }

    @Override
    public String toString() {
        return "SignUp[email=" + email + ", username=" + username + ", handle=" + handle + "]";
    }
}
