package io.gatehouse.application.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.application.shared.Caller;
import io.gatehouse.application.testing.Services;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {
    private final Services s = new Services();
    private final User admin = s.givenAdmin("admin@example.test");
    private final User alice = s.givenUser("alice@example.test");
    private final Caller asAdmin = s.signIn(admin);
    private final Caller asAlice = s.signIn(alice);

    @Test
    void patchUpsertsAndANullValueDeletes() {
        s.settings.update(asAdmin, List.of(new SettingChange("ui.one.title", "\"Gatehouse\""),
                new SettingChange("auth.internal.signup.enabled", "false")));
        List<SettingValue> ui = s.settings.list(asAdmin, "ui.");
        assertEquals(1, ui.size());
        assertEquals("\"Gatehouse\"", ui.get(0).value());
        assertEquals(admin.id(), ui.get(0).updatedBy());
        s.settings.update(asAdmin, List.of(new SettingChange("ui.one.title", null)));
        assertTrue(s.settings.list(asAdmin, "ui.").isEmpty());
    }

    @Test
    void switchesTakeEffectOnAuth() {
        s.settings.update(asAdmin, List.of(new SettingChange("auth.internal.signup.enabled", "false")));
        assertFalse(s.auth.settings().signUpEnabled());
        assertFalse(s.settings.current(asAlice).auth().signUpEnabled());
    }

    @Test
    void readingAndManagingNeedTheirOperations() {
        assertEquals(SettingsService.NOT_ALLOWED_READ, assertThrows(DomainException.Forbidden.class,
                () -> s.settings.list(asAlice, "")).getMessage());
        assertEquals(SettingsService.NOT_ALLOWED_MANAGE, assertThrows(DomainException.Forbidden.class,
                () -> s.settings.update(asAlice, List.of(new SettingChange("ui.one.title", "\"x\"")))).getMessage());
        assertTrue(s.settings.list(asAdmin, "").isEmpty(), "the refused change wrote nothing");
    }

    @Test
    void anotherUsersSettingsNeedManage() {
        s.stores.settings().upsert(new SettingValue("ui.theme", "\"dark\"", alice.id(), Services.START, alice.id()));
        assertEquals("\"dark\"", s.settings.get(asAdmin, "ui.theme", alice.id()).orElseThrow().value());
        assertTrue(s.settings.get(asAdmin, "ui.theme", 0).isEmpty());
    }

    @Test
    void namesAndValuesAreBoundedAndAllOrNothing() {
        assertThrows(DomainException.Invalid.class, () -> new SettingChange("bad name", "1"));
        assertThrows(DomainException.Invalid.class, () -> new SettingChange("x".repeat(513), "1"));
        assertThrows(DomainException.Invalid.class, () -> new SettingChange("big", "\"" + "x".repeat(70_000) + "\""));
        assertThrows(DomainException.Invalid.class, () -> s.settings.update(asAdmin, List.of()));
    }

    @Test
    void currentNeedsASession() {
        assertThrows(DomainException.Unauthenticated.class, () -> s.settings.current(s.anonymous()));
    }
}
