package io.gatehouse.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The current row of a result set, read by column name; timestamps come back as UTC instants. */
final class Row {
    private final ResultSet resultSet;

    Row(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    long getLong(String column) throws SQLException {
        return resultSet.getLong(column);
    }

    /** The first column, for single-value queries such as {@code SELECT COUNT(*)}. */
    long getFirstLong() throws SQLException {
        return resultSet.getLong(1);
    }

    /** Null stays null (a LEFT JOIN that found nothing), unlike {@link #getLong}. */
    Long getNullableLong(String column) throws SQLException {
        long value = resultSet.getLong(column);
        return resultSet.wasNull() ? null : value;
    }

    int getInt(String column) throws SQLException {
        return resultSet.getInt(column);
    }

    boolean getBoolean(String column) throws SQLException {
        return resultSet.getBoolean(column);
    }

    String getString(String column) throws SQLException {
        return resultSet.getString(column);
    }

    Instant getInstant(String column) throws SQLException {
        return UtcTime.read(resultSet, column);
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(Row row) throws SQLException;
    }
}
