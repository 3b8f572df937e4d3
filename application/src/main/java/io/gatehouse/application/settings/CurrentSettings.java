package io.gatehouse.application.settings;

import io.gatehouse.domain.settings.AuthSettings;
import java.util.Map;

/**
 * What {@code GET /settings/current} shows any signed-in user: the auth switches, the frontend
 * URLs and the UI settings, never secrets or mail templates. Values are the stored JSON texts
 * (null when unset).
 */
public record CurrentSettings(AuthSettings auth, String passwordResetUrl, String emailConfirmationUrl,
                              String redirectUrl, String baseUrl, String uiLogo, String uiTitle,
                              String uiPanelsEnabled, String uiPanels) {

    public static CurrentSettings from(AuthSettings auth, Map<String, String> values) {
        return new CurrentSettings(auth,
                values.get("auth.frontend.url.password-reset"),
                values.get("auth.frontend.url.email-confirmation"),
                values.get("auth.frontend.url.redirect"),
                values.get("auth.frontend.url.base"),
                values.get("ui.one.logo"),
                values.get("ui.one.title"),
                values.get("ui.one.panels-enabled"),
                values.get("ui.one.panels"));
    }
}
