package io.gatehouse.adapters.rest.settings;

import io.gatehouse.adapters.rest.http.Envelopes;
import io.gatehouse.adapters.rest.http.JsonFields;
import io.gatehouse.adapters.rest.http.Params;
import io.gatehouse.adapters.rest.http.ParamsReader;
import io.gatehouse.adapters.rest.http.Wire;
import io.gatehouse.application.settings.CurrentSettings;
import io.gatehouse.application.settings.SettingChange;
import io.gatehouse.application.settings.SettingsService;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.domain.settings.AuthSettings;
import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /settings/}: list, patch, read one, and the current public view. */
@Controller("${gatehouse.api.prefix:}/settings")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
public class SettingsController {
    private final SettingsService settings;
    private final ParamsReader params;
    private final Wire wire;
    private final JsonFields json;

    public SettingsController(SettingsService settings, ParamsReader params, Wire wire, JsonFields json) {
        this.settings = settings;
        this.params = params;
        this.wire = wire;
        this.json = json;
    }

    @Get("/")
    public Envelopes.Response<List<SettingsDtos.Setting>> list(Caller caller, HttpRequest<?> request) {
        Params p = params.read(request, null);
        return Envelopes.response(settings.list(caller, p.text("prefix", "")).stream().map(this::dto).toList());
    }

    @Patch("/")
    public Envelopes.Response<Boolean> update(Caller caller, HttpRequest<?> request, @Nullable @Body byte[] body) {
        Params p = params.read(request, body);
        settings.update(caller, changes(p.structured("values")));
        return Envelopes.response(true);
    }

    @Get("/current")
    public Envelopes.Response<SettingsDtos.Current> current(Caller caller) {
        CurrentSettings c = settings.current(caller);
        AuthSettings a = c.auth();
        Object panelsEnabled = wire.json(c.uiPanelsEnabled());
        return Envelopes.response(new SettingsDtos.Current(
                new SettingsDtos.Auth(
                        new SettingsDtos.Internal(a.internalEnabled(),
                                new SettingsDtos.Signup(a.signUpEnabled(), a.emailConfirmationRequired()),
                                new SettingsDtos.Toggle(a.passwordResetEnabled())),
                        new SettingsDtos.External(a.externalEnabled(), List.of()),
                        new SettingsDtos.Frontend(new SettingsDtos.Urls(wire.json(c.passwordResetUrl()),
                                wire.json(c.emailConfirmationUrl()), wire.json(c.redirectUrl()),
                                wire.json(c.baseUrl())))),
                new SettingsDtos.Ui(new SettingsDtos.One(wire.json(c.uiLogo()), wire.json(c.uiTitle()),
                        Boolean.TRUE.equals(panelsEnabled), wire.json(c.uiPanels())))));
    }

    @Get("/{key}")
    public Envelopes.Response<SettingsDtos.Setting> read(Caller caller, HttpRequest<?> request,
                                                         @PathVariable String key) {
        Params p = params.read(request, null);
        return Envelopes.response(settings.get(caller, key, p.id("ownerID")).map(this::dto).orElse(null));
    }

    private SettingsDtos.Setting dto(SettingValue v) {
        return new SettingsDtos.Setting(v.name(), wire.json(v.value()), wire.time(v.updatedAt()), wire.id(v.updatedBy()));
    }

    private List<SettingChange> changes(Object values) {
        if (!(values instanceof List<?> list)) {
            throw new DomainException.Invalid("values is required: a list of {name, value}");
        }
        if (list.size() > 1000) {
            throw new DomainException.Invalid("values has too many entries (at most 1000)");
        }
        List<SettingChange> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m) || !(m.get("name") instanceof String name)) {
                throw new DomainException.Invalid("invalid values: each entry needs a name");
            }
            out.add(new SettingChange(name, m.containsKey("value") ? text(m.get("value")) : null));
        }
        return out;
    }

    private String text(Object value) {
        return value == null ? null : json.text("values", value);
    }
}
