package io.gatehouse.domain.settings;

import java.util.List;
import java.util.Optional;

/** Settings, global (owner 0) or per user. */
public interface SettingsStore {
    List<SettingValue> list(String prefix, long ownerId);

    Optional<SettingValue> get(String name, long ownerId);

    void upsert(SettingValue value);

    void delete(String name, long ownerId);
}
