package io.gatehouse.adapters.rest.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Wire shapes of {@code /settings/}. {@code /settings/current} keeps the reference's Go field names. */
public final class SettingsDtos {
    private SettingsDtos() {
    }

    /** {@code {"name","value","updatedAt","updatedBy"}}; value is the stored JSON. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Setting(String name, @JsonInclude(JsonInclude.Include.ALWAYS) Object value, String updatedAt,
                          String updatedBy) {
    }

    @Serdeable
    public record Current(@JsonProperty("Auth") Auth auth, @JsonProperty("ui") Ui ui) {
    }

    @Serdeable
    public record Auth(@JsonProperty("Internal") Internal internal, @JsonProperty("External") External external,
                       @JsonProperty("Frontend") Frontend frontend) {
    }

    @Serdeable
    public record Internal(@JsonProperty("Enabled") boolean enabled, @JsonProperty("Signup") Signup signup,
                           @JsonProperty("PasswordReset") Toggle passwordReset) {
    }

    @Serdeable
    public record Signup(@JsonProperty("Enabled") boolean enabled,
                         @JsonProperty("EmailConfirmationRequired") boolean emailConfirmationRequired) {
    }

    @Serdeable
    public record Toggle(@JsonProperty("Enabled") boolean enabled) {
    }

    @Serdeable
    public record External(@JsonProperty("Enabled") boolean enabled,
                           @JsonProperty("Providers") List<Object> providers) {
    }

    @Serdeable
    public record Frontend(@JsonProperty("Url") Urls url) {
    }

    @Serdeable
    public record Urls(@JsonProperty("PasswordReset") Object passwordReset,
                       @JsonProperty("EmailConfirmation") Object emailConfirmation,
                       @JsonProperty("Redirect") Object redirect, @JsonProperty("Base") Object base) {
    }

    @Serdeable
    public record Ui(@JsonProperty("one") One one) {
    }

    @Serdeable
    public record One(Object logo, Object title, boolean panelsEnabled, Object panels) {
    }
}
