package io.gatehouse.application.settings;

import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Texts;
import java.util.regex.Pattern;

/**
 * One change of {@code PATCH /settings/}: a name and its new value as JSON text, or null to
 * delete the setting (an omitted or null value, as the API documents).
 */
public record SettingChange(String name, String jsonValue) {
    public static final int MAX_NAME = 512;
    public static final int MAX_VALUE_BYTES = 65_536;
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");

    public SettingChange {
        if (name == null || name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            throw new DomainException.Invalid("invalid setting name \"" + (name == null ? "" : name)
                    + "\": letters, digits, '.', '_' and '-', at most " + MAX_NAME + " characters");
        }
        if (jsonValue != null && Texts.utf8Length(jsonValue) > MAX_VALUE_BYTES) {
            throw new DomainException.Invalid("value of setting \"" + name + "\" is too large (at most "
                    + MAX_VALUE_BYTES + " bytes)");
        }
    }

    public boolean deletes() {
        return jsonValue == null || jsonValue.equals("null");
    }
}
