package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.shared.DomainException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns database failures into the domain's taxonomy, in one place: uniqueness violations become
 * {@link DomainException.Conflict} naming the clashing value, a value too long for its column
 * becomes {@link DomainException.Invalid}, an unreachable database becomes
 * {@link DomainException.Unavailable}; anything else stays what it was (an internal error).
 */
final class DatabaseErrors {
    static final String UNAVAILABLE = "database unavailable";

    /** MariaDB and MySQL: {@code Duplicate entry 'x' for key 'uq_name'} (MySQL 8 prefixes the table). */
    private static final Pattern MYSQL_KEY = Pattern.compile("for key '(?:[^'.]*\\.)?([^']+)'");
    /** H2: {@code Unique index or primary key violation: "public.uq_name ON public.table(...)..."}. */
    private static final Pattern H2_KEY = Pattern.compile("violation: \"(?:[^\". ]*\\.)?([^\"]+?) ON ");
    /** MariaDB and MySQL: {@code Data too long for column 'name' at row 1}. */
    private static final Pattern MYSQL_COLUMN = Pattern.compile("for column '([^']+)'");
    /** H2: {@code Value too long for column "name CHARACTER VARYING(512)": ...}. */
    private static final Pattern H2_COLUMN = Pattern.compile("for column \"(?:[^\" ]*\\.)?([^\" ]+)[ \"]");
    /** H2's codes for a closed, unopenable or broken database. */
    private static final Set<String> H2_GONE = Set.of("90098", "90121", "90020", "90067", "90028");

    private DatabaseErrors() {
    }

    static RuntimeException translate(RuntimeException failure, Conflicts conflicts) {
        if (failure instanceof DomainException) {
            return failure;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (isUniquenessViolation(sql)) {
                    return new DomainException.Conflict(conflicts.messageFor(indexName(sql.getMessage())));
                }
                if ("22001".equals(sql.getSQLState())) {
                    String column = columnName(sql.getMessage());
                    return new DomainException.Invalid(column == null ? "value too long" : column + " is too long");
                }
                if (isConnectionFailure(sql)) {
                    return new DomainException.Unavailable(UNAVAILABLE);
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return failure;
    }

    private static boolean isUniquenessViolation(SQLException e) {
        String state = e.getSQLState();
        return (e instanceof SQLIntegrityConstraintViolationException || (state != null && state.startsWith("23")))
                && e.getMessage() != null
                && (MYSQL_KEY.matcher(e.getMessage()).find() || H2_KEY.matcher(e.getMessage()).find());
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || (state != null && (state.startsWith("08") || H2_GONE.contains(state)));
    }

    /** The column a value did not fit, or null when the message does not say. */
    static String columnName(String message) {
        if (message == null) {
            return null;
        }
        Matcher mysql = MYSQL_COLUMN.matcher(message);
        if (mysql.find()) {
            return mysql.group(1);
        }
        Matcher h2 = H2_COLUMN.matcher(message);
        return h2.find() ? h2.group(1) : null;
    }

    /** The name of the violated index, or null when the message does not say. */
    static String indexName(String message) {
        if (message == null) {
            return null;
        }
        Matcher mysql = MYSQL_KEY.matcher(message);
        if (mysql.find()) {
            return mysql.group(1);
        }
        Matcher h2 = H2_KEY.matcher(message);
        return h2.find() ? h2.group(1) : null;
    }
}
