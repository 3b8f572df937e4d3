package io.gatehouse.application.settings;

import io.gatehouse.application.shared.AccessControl;
import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.shared.Checks;
import io.gatehouse.application.shared.UseCases;
import io.gatehouse.domain.rbac.Operations;
import io.gatehouse.domain.rbac.Resources;
import io.gatehouse.domain.settings.AuthSettings;
import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.settings.SettingsStore;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The use cases of {@code /settings/} (uploads arrive with attachments). */
public final class SettingsService {
    private static final String RES = "system:settings";
    public static final String NOT_ALLOWED_READ = "not allowed to read settings";
    public static final String NOT_ALLOWED_MANAGE = "not allowed to manage settings";

    private final UseCases useCases;
    private final AccessControl access;
    private final SettingsStore settings;
    private final Clock clock;

    public SettingsService(UseCases useCases, AccessControl access, SettingsStore settings, Clock clock) {
        this.useCases = useCases;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** Global settings whose names start with {@code prefix}, by name. */
    public List<SettingValue> list(Caller caller, String prefix) {
        return useCases.read(caller, RES, "search", a -> {
            access.require(caller, Resources.SYSTEM, Operations.SETTINGS_READ, NOT_ALLOWED_READ);
            String p = Texts.bounded("prefix", prefix, SettingChange.MAX_NAME);
            a.meta("filter.prefix", p);
            return settings.list(p, 0);
        });
    }

    /**
     * One setting, global ({@code ownerId} 0) or of a user: one's own, or anyone's with
     * {@code settings.manage}.
     */
    public Optional<SettingValue> get(Caller caller, String name, long ownerId) {
        return useCases.read(caller, RES, "lookup", a -> {
            access.require(caller, Resources.SYSTEM, Operations.SETTINGS_READ, NOT_ALLOWED_READ);
            if (ownerId < 0) {
                throw new DomainException.Invalid("invalid ownerID");
            }
            if (ownerId != 0 && ownerId != caller.userId()) {
                access.require(caller, Resources.SYSTEM, Operations.SETTINGS_MANAGE, NOT_ALLOWED_MANAGE);
            }
            String key = new SettingChange(name, null).name();
            a.meta("setting.name", key);
            return settings.get(key, ownerId);
        });
    }

    /** Upserts global settings and deletes those whose value is omitted or null, all or nothing. */
    public void update(Caller caller, List<SettingChange> changes) {
        useCases.change(caller, RES, "update", a -> {
            access.require(caller, Resources.SYSTEM, Operations.SETTINGS_MANAGE, NOT_ALLOWED_MANAGE);
            if (changes == null || changes.isEmpty()) {
                throw new DomainException.Invalid("values are required: [{name, value}]");
            }
            Checks.requireAtMost("values", changes);
            Instant now = clock.instant();
            LinkedHashSet<String> names = new LinkedHashSet<>();
            for (SettingChange change : changes) {
                names.add(change.name());
                if (change.deletes()) {
                    settings.delete(change.name(), 0);
                } else {
                    settings.upsert(new SettingValue(change.name(), change.jsonValue(), 0, now, caller.userId()));
                }
            }
            a.meta("settings", String.join(",", names).length() > 1000
                    ? names.size() + " settings" : String.join(",", names));
            return null;
        });
    }

    /** The settings every signed-in user may see. */
    public CurrentSettings current(Caller caller) {
        return useCases.read(caller, RES, "current", a -> {
            caller.requireSignedIn();
            Map<String, String> values = new HashMap<>();
            for (String prefix : List.of("auth.", "ui.one.")) {
                for (SettingValue v : settings.list(prefix, 0)) {
                    values.put(v.name(), v.value());
                }
            }
            return CurrentSettings.from(AuthSettings.from(values), values);
        });
    }
}
