package io.gatehouse.domain.settings;

import java.util.Map;

/** The auth switches, read from settings with the reference's defaults. */
public record AuthSettings(boolean internalEnabled, boolean signUpEnabled, boolean emailConfirmationRequired,
                           boolean passwordResetEnabled, boolean externalEnabled) {

    public static final String INTERNAL_ENABLED = "auth.internal.enabled";
    public static final String SIGNUP_ENABLED = "auth.internal.signup.enabled";
    public static final String EMAIL_CONFIRMATION_REQUIRED = "auth.internal.signup.email-confirmation-required";
    public static final String PASSWORD_RESET_ENABLED = "auth.internal.password-reset.enabled";
    public static final String EXTERNAL_ENABLED = "auth.external.enabled";

    /**
     * Reads the switches from raw JSON values. Until mail delivery exists, confirmation and
     * reset default to off, as the reference does without SMTP.
     */
    public static AuthSettings from(Map<String, String> jsonValues) {
        return new AuthSettings(
                flag(jsonValues.get(INTERNAL_ENABLED), true),
                flag(jsonValues.get(SIGNUP_ENABLED), true),
                flag(jsonValues.get(EMAIL_CONFIRMATION_REQUIRED), false),
                flag(jsonValues.get(PASSWORD_RESET_ENABLED), false),
                flag(jsonValues.get(EXTERNAL_ENABLED), false));
    }

    private static boolean flag(String json, boolean fallback) {
        if (json == null) {
            return fallback;
        }
        String v = json.trim();
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
            v = v.substring(1, v.length() - 1);
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "t", "y" -> true;
            case "false", "0", "no", "f", "n" -> false;
            default -> fallback;
        };
    }
}
