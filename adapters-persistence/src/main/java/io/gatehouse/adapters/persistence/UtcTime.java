package io.gatehouse.adapters.persistence;

import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * DATETIME columns hold UTC wall-clock time, whatever the JVM's time zone.
 *
 * <p>Values are written as {@link LocalDateTime} at UTC, which every driver sends as is. They are
 * read with an explicit UTC calendar rather than as {@code LocalDateTime}: MariaDB's driver
 * decodes {@code getObject(col, LocalDateTime.class)} and even {@code getString} through the JVM
 * zone, which shifts wall-clock times that fall into that zone's daylight-saving gap.
 */
final class UtcTime {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private UtcTime() {
    }

    static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant read(ResultSet resultSet, String column) throws SQLException {
        Timestamp timestamp = resultSet.getTimestamp(column, Calendar.getInstance(UTC));
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Instant read(ResultSet resultSet, int column) throws SQLException {
        Timestamp timestamp = resultSet.getTimestamp(column, Calendar.getInstance(UTC));
        return timestamp == null ? null : timestamp.toInstant();
    }
}
