package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.settings.SettingsStore;
import io.gatehouse.domain.testing.memory.MemoryState.SettingKey;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Settings in memory, keyed by name and owner; lists are sorted by name. */
public final class InMemorySettingsStore implements SettingsStore {
    private final MemoryDatabase db;

    InMemorySettingsStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public List<SettingValue> list(String prefix, long ownerId) {
        String p = prefix == null ? "" : prefix;
        return db.read(s -> s.settings.values().stream()
                .filter(v -> v.ownerId() == ownerId && v.name().startsWith(p))
                .sorted(Comparator.comparing(SettingValue::name))
                .toList());
    }

    @Override
    public Optional<SettingValue> get(String name, long ownerId) {
        return db.read(s -> Optional.ofNullable(s.settings.get(new SettingKey(name, ownerId))));
    }

    @Override
    public void upsert(SettingValue value) {
        db.write(s -> s.settings.put(new SettingKey(value.name(), value.ownerId()), value));
    }

    @Override
    public void delete(String name, long ownerId) {
        db.write(s -> s.settings.remove(new SettingKey(name, ownerId)));
    }
}
