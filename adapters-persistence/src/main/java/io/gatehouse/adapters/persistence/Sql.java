package io.gatehouse.adapters.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs hand-written SQL on Micronaut Data's transaction-aware connection (the surrounding
 * transaction's, or one of its own outside of any), binds parameters ({@link Instant} as UTC
 * wall-clock time), and translates failures through {@link DatabaseErrors}. Repository calls are
 * wrapped in {@link #guard} for the same translation.
 */
@Singleton
final class Sql {
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    Sql(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    <T> List<T> list(SqlQuery.Statement statement, Row.Mapper<T> mapper) {
        return list(statement.sql(), statement.params(), mapper);
    }

    <T> List<T> list(String sql, List<?> params, Row.Mapper<T> mapper) {
        return run(Conflicts.UNEXPECTED, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, params);
                try (ResultSet resultSet = statement.executeQuery()) {
                    Row row = new Row(resultSet);
                    List<T> out = new ArrayList<>();
                    while (resultSet.next()) {
                        out.add(mapper.map(row));
                    }
                    return out;
                }
            }
        });
    }

    <T> Optional<T> first(String sql, List<?> params, Row.Mapper<T> mapper) {
        return list(sql, params, mapper).stream().findFirst();
    }

    /** The single number a {@code SELECT COUNT(*)} (or similar) yields. */
    long number(SqlQuery.Statement statement) {
        return number(statement.sql(), statement.params());
    }

    long number(String sql, List<?> params) {
        return first(sql, params, Row::getFirstLong)
                .orElseThrow(() -> new IllegalStateException("no row from " + sql));
    }

    int update(Conflicts conflicts, String sql, Object... params) {
        return run(conflicts, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, Arrays.asList(params));
                return statement.executeUpdate();
            }
        });
    }

    int update(String sql, Object... params) {
        return update(Conflicts.UNEXPECTED, sql, params);
    }

    /** One statement, many parameter rows, one round trip where the driver allows. */
    void batch(String sql, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        run(Conflicts.UNEXPECTED, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (List<Object> params : rows) {
                    bind(statement, params);
                    statement.addBatch();
                }
                statement.executeBatch();
                return null;
            }
        });
    }

    /** Work of several statements, all or nothing: joins the caller's transaction or runs its own. */
    <T> T atomically(Supplier<T> work) {
        try {
            return transactions.execute(TransactionDefinition.DEFAULT, status -> work.get());
        } catch (RuntimeException e) {
            throw DatabaseErrors.translate(e, Conflicts.UNEXPECTED);
        }
    }

    void atomically(Runnable work) {
        atomically(() -> {
            work.run();
            return null;
        });
    }

    /** A repository call, with failures translated as for hand-written SQL. */
    <T> T guard(Conflicts conflicts, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw DatabaseErrors.translate(e, conflicts);
        }
    }

    void guard(Conflicts conflicts, Runnable work) {
        guard(conflicts, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T run(Conflicts conflicts, Work<T> work) {
        try {
            return jdbc.execute(connection -> work.run(connection));
        } catch (RuntimeException e) {
            throw DatabaseErrors.translate(e, conflicts);
        }
    }

    private static void bind(PreparedStatement statement, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(index, UtcTime.toColumn(instant));
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else {
                throw new IllegalArgumentException("unsupported parameter type " + value.getClass().getName());
            }
        }
    }
}
