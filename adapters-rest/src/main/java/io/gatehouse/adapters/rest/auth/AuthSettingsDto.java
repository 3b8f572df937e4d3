package io.gatehouse.adapters.rest.auth;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code GET /auth/}: which auth flows are on. External providers are not supported, so the list is empty. */
@Serdeable
public record AuthSettingsDto(boolean internalEnabled, boolean internalPasswordResetEnabled,
                              boolean internalSignUpEmailConfirmationRequired, boolean internalSignUpEnabled,
                              boolean externalEnabled, List<Object> externalProviders) {
}
