package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** URLs and drivers chosen for the default datasource. */
class DatabaseLocationTest {
    @Test
    void h2UrlsGetTheSettingsTheSchemaNeedsWithoutLosingTheirOwn() {
        String url = DatabaseLocation.withH2Settings("jdbc:h2:file:/srv/db;LOCK_TIMEOUT=30000;ignorecase=false");

        assertEquals("jdbc:h2:file:/srv/db;LOCK_TIMEOUT=30000;ignorecase=false;MODE=MySQL;DATABASE_TO_LOWER=TRUE"
                + ";CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_ON_EXIT=FALSE", url);
    }

    @Test
    void theProductIsNamedAfterTheUrlsScheme() {
        assertEquals("H2", DatabaseLocation.productName("jdbc:h2:file:/x"));
        assertEquals("MariaDB", DatabaseLocation.productName("jdbc:mariadb://db:3306/gatehouse"));
        assertEquals("MySQL", DatabaseLocation.productName("jdbc:mysql://db:3306/gatehouse"));
        assertEquals("postgresql", DatabaseLocation.productName("jdbc:postgresql://db/gatehouse"));
    }
}
