package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.settings.SettingValue;
import io.gatehouse.domain.settings.SettingsStore;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Settings in {@code sys_settings}, one row per (name, owner); values are raw JSON text. */
@Singleton
final class JdbcSettingsStore implements SettingsStore {
    private static final String COLUMNS = "name, `value`, rel_owner, updated_at, updated_by";

    private final Sql sql;

    JdbcSettingsStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<SettingValue> list(String prefix, long ownerId) {
        SqlQuery query = SqlQuery.select(COLUMNS, "sys_settings").where(SqlQuery.equal("rel_owner", ownerId));
        if (prefix != null && !prefix.isEmpty()) {
            query.where(SqlQuery.startsWith("name", prefix));
        }
        return sql.list(query.ordered("name ASC", Integer.MAX_VALUE), JdbcSettingsStore::setting);
    }

    @Override
    public Optional<SettingValue> get(String name, long ownerId) {
        return sql.first("SELECT " + COLUMNS + " FROM sys_settings WHERE name = ? AND rel_owner = ?",
                List.of(name, ownerId), JdbcSettingsStore::setting);
    }

    @Override
    public void upsert(SettingValue value) {
        sql.update("INSERT INTO sys_settings (name, rel_owner, `value`, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE `value` = ?, updated_at = ?, updated_by = ?",
                value.name(), value.ownerId(), value.value(), value.updatedAt(), value.updatedBy(),
                value.value(), value.updatedAt(), value.updatedBy());
    }

    @Override
    public void delete(String name, long ownerId) {
        sql.update("DELETE FROM sys_settings WHERE name = ? AND rel_owner = ?", name, ownerId);
    }

    private static SettingValue setting(Row row) throws SQLException {
        return new SettingValue(row.getString("name"), row.getString("value"), row.getLong("rel_owner"),
                row.getInstant("updated_at"), row.getLong("updated_by"));
    }
}
