package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.testing.contract.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input that slipped past validation and does not fit its column is the client's error, named
 * after the column, not an internal one (MariaDB in strict mode and H2 both refuse to truncate).
 */
abstract class ErrorMappingChecks {
    abstract JdbcStoreSet stores();

    @BeforeEach
    void startFromTheProvisionedState() {
        stores().reset();
    }

    @Test
    void valuesTooLongForTheirColumnAreInvalidInput() {
        DomainException.Invalid longName = assertThrows(DomainException.Invalid.class,
                () -> stores().settings().upsert(new SettingValue("x".repeat(600), "1", 0, Fixtures.NOW, 0)));
        DomainException.Invalid longKind = assertThrows(DomainException.Invalid.class,
                () -> stores().users().insert(Fixtures.aUser().kind("much-too-long").build()));

        assertEquals("name is too long", longName.getMessage());
        assertEquals("kind is too long", longKind.getMessage());
    }
}
