package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.testing.contract.Fixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Timestamps are stored as UTC wall-clock time with milliseconds, and come back unchanged
 * whatever the JVM's time zone, including wall-clock times that fall into that zone's
 * daylight-saving gap (2021-03-28 02:30 does not exist in Berlin).
 */
abstract class TimestampChecks {
    private static final Instant IN_BERLINS_GAP = Instant.parse("2021-03-28T02:30:01.123Z");
    private static final Instant IN_BERLINS_OVERLAP = Instant.parse("2021-10-31T02:30:59.999Z");

    private TimeZone original;

    abstract JdbcStoreSet stores();

    @BeforeEach
    void startFromTheProvisionedState() {
        original = TimeZone.getDefault();
        stores().reset();
    }

    @AfterEach
    void restoreTheTimeZone() {
        TimeZone.setDefault(original);
    }

    /** The column as the database itself prints it, untouched by any driver conversion. */
    private String storedText(String sql, long id) {
        TransactionOperations<Connection> tx = stores().context()
                .getBean(Argument.of(TransactionOperations.class, Connection.class));
        return tx.executeRead(status -> {
            try (PreparedStatement st = status.getConnection().prepareStatement(sql)) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getString(1).trim();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void millisecondsSurviveTheRoundTrip() {
        for (String at : new String[] {"2024-01-01T00:00:00.001Z", "2024-06-30T23:59:59.999Z", "1999-12-31T12:00:00.500Z"}) {
            User user = Fixtures.aUser().createdAt(Instant.parse(at)).build();
            stores().users().insert(user);

            assertEquals(Instant.parse(at), stores().users().findById(user.id()).orElseThrow().createdAt());
        }
    }

    @Test
    void timestampsAreStoredAsUtcWhateverTheJvmTimeZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        User user = Fixtures.aUser().createdAt(IN_BERLINS_GAP).updatedAt(IN_BERLINS_OVERLAP).build();
        stores().users().insert(user);

        assertEquals("2021-03-28 02:30:01.123",
                storedText("SELECT CAST(created_at AS CHAR(23)) FROM sys_user WHERE id = ?", user.id()));
        assertEquals("2021-10-31 02:30:59.999",
                storedText("SELECT CAST(updated_at AS CHAR(23)) FROM sys_user WHERE id = ?", user.id()));
    }

    @Test
    void timestampsReadBackUnchangedInAnyJvmTimeZone() {
        User user = Fixtures.aUser().createdAt(IN_BERLINS_GAP).updatedAt(IN_BERLINS_OVERLAP).build();
        stores().users().insert(user);
        Session session = new Session(Fixtures.nextId(), user.id(), IN_BERLINS_GAP, Instant.parse("2999-01-01T00:00:00Z"),
                null, "", 0);
        stores().sessions().insert(session);
        SettingValue setting = new SettingValue("ui.theme", "1", 0, IN_BERLINS_GAP, 0);
        stores().settings().upsert(setting);

        for (String zone : new String[] {"Europe/Berlin", "America/Sao_Paulo", "Pacific/Kiritimati", "UTC"}) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));

            assertEquals(user, stores().users().findById(user.id()).orElseThrow(), zone);
            assertEquals(session, stores().sessions().resolve(session.id(), Fixtures.NOW).orElseThrow().session(), zone);
            assertEquals(setting, stores().settings().get("ui.theme", 0).orElseThrow(), zone);
        }
    }
}
