package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.application.ApplicationStore;
import io.gatehouse.domain.identity.CredentialStore;
import io.gatehouse.domain.identity.LoginFailureStore;
import io.gatehouse.domain.identity.SessionStore;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.organisation.OrganisationStore;
import io.gatehouse.domain.rbac.RuleStore;
import io.gatehouse.domain.reminder.ReminderStore;
import io.gatehouse.domain.role.MembershipStore;
import io.gatehouse.domain.role.RoleStore;
import io.gatehouse.domain.settings.SettingsStore;
import io.gatehouse.domain.shared.Transactions;
import io.gatehouse.domain.testing.StoreSet;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDBC stores of one running context, as the port contracts see them. {@link #reset()}
 * empties every table and puts back what the migrations provisioned, captured once at start.
 */
final class JdbcStoreSet implements StoreSet {
    /** Every table the migrations create; MigrationsTest keeps this list honest. */
    static final List<String> TABLES = List.of("sys_user", "sys_credentials", "sys_session", "sys_login_failure",
            "sys_role", "sys_role_member", "sys_permission_rules", "sys_rbac_version", "sys_organisation",
            "sys_settings", "sys_actionlog", "sys_application", "sys_reminder");

    private final ApplicationContext context;
    private final TransactionOperations<Connection> transactions;
    private final List<TableRows> provisioned;

    private record TableRows(String table, List<String> columns, List<int[]> types, List<List<Object>> rows) {
    }

    JdbcStoreSet(ApplicationContext context) {
        this.context = context;
        this.transactions = context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        this.provisioned = transactions.executeRead(status -> capture(status.getConnection()));
    }

    ApplicationContext context() {
        return context;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public UserStore users() {
        return bean(UserStore.class);
    }

    @Override
    public CredentialStore credentials() {
        return bean(CredentialStore.class);
    }

    @Override
    public SessionStore sessions() {
        return bean(SessionStore.class);
    }

    @Override
    public LoginFailureStore loginFailures() {
        return bean(LoginFailureStore.class);
    }

    @Override
    public RoleStore roles() {
        return bean(RoleStore.class);
    }

    @Override
    public MembershipStore memberships() {
        return bean(MembershipStore.class);
    }

    @Override
    public OrganisationStore organisations() {
        return bean(OrganisationStore.class);
    }

    @Override
    public RuleStore rules() {
        return bean(RuleStore.class);
    }

    @Override
    public SettingsStore settings() {
        return bean(SettingsStore.class);
    }

    @Override
    public ApplicationStore applications() {
        return bean(ApplicationStore.class);
    }

    @Override
    public ReminderStore reminders() {
        return bean(ReminderStore.class);
    }

    @Override
    public ActionLog actionLog() {
        return bean(ActionLog.class);
    }

    @Override
    public io.gatehouse.domain.statistics.StatisticsStore statistics() {
        return bean(io.gatehouse.domain.statistics.StatisticsStore.class);
    }

    @Override
    public List<ActionRecord> recentActions(int limit) {
        return bean(JdbcActionLog.class).recent(limit);
    }

    @Override
    public Transactions transactions() {
        return bean(Transactions.class);
    }

    @Override
    public void reset() {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
            for (TableRows table : provisioned) {
                restore(connection, table);
            }
            return null;
        });
    }

    private static List<TableRows> capture(Connection connection) {
        List<TableRows> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    List<int[]> types = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                        types.add(new int[] {meta.getColumnType(i)});
                    }
                    List<List<Object>> rows = new ArrayList<>();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= columns.size(); i++) {
                            row.add(isTimestamp(types.get(i - 1)[0]) ? UtcTime.read(rs, i) : rs.getObject(i));
                        }
                        rows.add(row);
                    }
                    if (!rows.isEmpty()) {
                        tables.add(new TableRows(table, columns, types, rows));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not capture the provisioned rows", e);
        }
        return tables;
    }

    private static void restore(Connection connection, TableRows table) throws SQLException {
        String sql = "INSERT INTO " + table.table() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                + SqlQuery.placeholders(table.columns().size()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (List<Object> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    if (value instanceof java.time.Instant instant) {
                        insert.setObject(i + 1, UtcTime.toColumn(instant));
                    } else if (value == null) {
                        insert.setNull(i + 1, table.types().get(i)[0]);
                    } else {
                        insert.setObject(i + 1, value);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static boolean isTimestamp(int type) {
        return type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE;
    }
}
