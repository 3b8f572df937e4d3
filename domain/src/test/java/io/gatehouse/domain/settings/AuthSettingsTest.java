package io.gatehouse.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthSettingsTest {
    @Test
    void missingSettingsTakeTheDefaults() {
        assertEquals(new AuthSettings(true, true, false, false, false), AuthSettings.from(Map.of()));
    }

    @Test
    void jsonBooleansAndQuotedValuesAreRead() {
        AuthSettings s = AuthSettings.from(Map.of(
                AuthSettings.INTERNAL_ENABLED, "false",
                AuthSettings.SIGNUP_ENABLED, "\"no\"",
                AuthSettings.EMAIL_CONFIRMATION_REQUIRED, " true ",
                AuthSettings.PASSWORD_RESET_ENABLED, "\"1\"",
                AuthSettings.EXTERNAL_ENABLED, "TRUE"));
        assertEquals(new AuthSettings(false, false, true, true, true), s);
    }

    @Test
    void unreadableValuesFallBackToTheDefault() {
        AuthSettings s = AuthSettings.from(Map.of(
                AuthSettings.INTERNAL_ENABLED, "{\"x\":1}",
                AuthSettings.EMAIL_CONFIRMATION_REQUIRED, "maybe",
                AuthSettings.SIGNUP_ENABLED, "\""));
        assertEquals(new AuthSettings(true, true, false, false, false), s);
    }

    @Test
    void otherKeysAreIgnored() {
        assertEquals(AuthSettings.from(Map.of()), AuthSettings.from(Map.of("auth.internal.enabledx", "false")));
    }
}
