package io.gatehouse.application.auth;

import io.gatehouse.domain.identity.User;
import java.util.List;

/** What login, signup and check answer: a token (empty when none was issued), the user and their roles. */
public record AuthResult(String jwt, User user, List<Long> roles) {
}
