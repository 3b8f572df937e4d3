package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.settings.SettingsStore;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link SettingsStore} must do. */
public abstract class SettingsStoreContract extends StoreContract {

    private SettingsStore settings() {
        return stores().settings();
    }

    private SettingValue stored(String name, String json, long owner) {
        SettingValue value = new SettingValue(name, json, owner, minutesAgo(1), 7);
        settings().upsert(value);
        return value;
    }

    private List<String> names(String prefix, long owner) {
        return settings().list(prefix, owner).stream().map(SettingValue::name).toList();
    }

    @Test
    void upsertInsertsThenReplaces() {
        stored("auth.internal.enabled", "true", 0);
        SettingValue replaced = new SettingValue("auth.internal.enabled", "false", 0, NOW, 9);

        settings().upsert(replaced);

        assertEquals(Optional.of(replaced), settings().get("auth.internal.enabled", 0));
        assertEquals(List.of(replaced), settings().list("auth.", 0));
    }

    @Test
    void aSettingMayLackAnUpdateTime() {
        SettingValue undated = new SettingValue("ui.one.title", "\"Gatehouse\"", 0, null, 0);

        settings().upsert(undated);
        assertEquals(Optional.of(undated), settings().get("ui.one.title", 0));

        settings().upsert(undated);
        assertEquals(List.of(undated), settings().list("ui.", 0));
    }

    @Test
    void settingsAreKeptPerOwner() {
        SettingValue global = stored("ui.theme", "\"light\"", 0);
        SettingValue mine = stored("ui.theme", "\"dark\"", 42);

        assertEquals(Optional.of(global), settings().get("ui.theme", 0));
        assertEquals(Optional.of(mine), settings().get("ui.theme", 42));
        assertEquals(Optional.empty(), settings().get("ui.theme", 43));
        assertEquals(Optional.empty(), settings().get("ui.other", 0));
    }

    @Test
    void listFiltersByPrefixAndOwnerOrderedByName() {
        stored("auth.mail.from-name", "\"Gatehouse\"", 0);
        stored("auth.external.enabled", "false", 0);
        stored("authorised", "1", 0);
        stored("ui.one.logo", "\"\"", 0);
        stored("auth.internal.enabled", "true", 42);

        assertEquals(List.of("auth.external.enabled", "auth.mail.from-name"), names("auth.", 0));
        assertEquals(List.of("auth.external.enabled", "auth.mail.from-name", "authorised", "ui.one.logo"),
                names("", 0));
        assertEquals(List.of("auth.internal.enabled"), names("auth.", 42));
    }

    @Test
    void listPrefixTreatsWildcardCharactersLiterally() {
        stored("a_b.x", "1", 0);
        stored("axb.x", "1", 0);
        stored("100%.x", "1", 0);
        stored("1000.x", "1", 0);

        assertEquals(List.of("a_b.x"), names("a_", 0));
        assertEquals(List.of("100%.x"), names("100%", 0));
    }

    @Test
    void deleteRemovesOnlyThatOwnersSetting() {
        stored("ui.theme", "\"light\"", 0);
        SettingValue mine = stored("ui.theme", "\"dark\"", 42);

        settings().delete("ui.theme", 0);
        settings().delete("ui.unknown", 0);

        assertEquals(Optional.empty(), settings().get("ui.theme", 0));
        assertEquals(Optional.of(mine), settings().get("ui.theme", 42));
    }

    @Test
    void valuesAreStoredVerbatim() {
        String json = "{\"text\":\"Grüße 👋 \\\"quoted\\\" \\\\ back\\nslash\",\"list\":[1,2.5,null,true],\"n\":{}}";
        String big = "\"" + "x".repeat(100_000) + "\"";

        stored("ui.one.panels", json, 0);
        stored("ui.one.big", big, 0);

        assertEquals(json, settings().get("ui.one.panels", 0).orElseThrow().value());
        assertEquals(big, settings().get("ui.one.big", 0).orElseThrow().value());
    }
}
