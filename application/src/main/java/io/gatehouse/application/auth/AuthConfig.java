package io.gatehouse.application.auth;

import java.time.Duration;

/**
 * Session and login-throttling settings.
 *
 * @param tokenTtl          how long a session (and its token) lives
 * @param accountFailures   failed logins per account within {@code failureWindow} before it is throttled
 * @param addressFailures   failed logins per client address within {@code failureWindow} before it is throttled
 */
public record AuthConfig(Duration tokenTtl, int accountFailures, int addressFailures, Duration failureWindow) {
    public static final AuthConfig DEFAULTS = new AuthConfig(Duration.ofHours(12), 10, 100, Duration.ofMinutes(15));

    public AuthConfig {
        if (tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("token expiry must be positive");
        }
        if (accountFailures < 1 || addressFailures < 1 || failureWindow.isNegative() || failureWindow.isZero()) {
            throw new IllegalArgumentException("login throttling limits must be positive");
        }
    }
}
