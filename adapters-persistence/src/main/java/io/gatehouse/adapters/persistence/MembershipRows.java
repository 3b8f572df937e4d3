package io.gatehouse.adapters.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The statements on {@code sys_role_member}; adding is idempotent (INSERT IGNORE on the primary key). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MembershipRows extends GenericRepository<MembershipRow, MembershipRow.Key> {
    /** The statement of {@link #add}, for batches of memberships. */
    String ADD = "INSERT IGNORE INTO sys_role_member (rel_role, rel_user) VALUES (?, ?)";

    @Query("SELECT rel_user FROM sys_role_member WHERE rel_role = :roleId ORDER BY rel_user")
    List<Long> membersOf(long roleId);

    @Query("SELECT rel_role FROM sys_role_member WHERE rel_user = :userId ORDER BY rel_role")
    List<Long> rolesOf(long userId);

    @Query("SELECT m.rel_role FROM sys_role_member m JOIN sys_role r ON r.id = m.rel_role"
            + " WHERE m.rel_user = :userId AND r.deleted_at IS NULL AND r.archived_at IS NULL ORDER BY m.rel_role")
    List<Long> activeRolesOf(long userId);

    @Query("INSERT IGNORE INTO sys_role_member (rel_role, rel_user) VALUES (:roleId, :userId)")
    void add(long roleId, long userId);

    @Query("DELETE FROM sys_role_member WHERE rel_role = :roleId AND rel_user = :userId")
    void remove(long roleId, long userId);

    @Query("DELETE FROM sys_role_member WHERE rel_role = :roleId")
    void removeAllOf(long roleId);

    /** Members the destination already has are skipped, so moving twice is harmless. */
    @Query("INSERT IGNORE INTO sys_role_member (rel_role, rel_user)"
            + " SELECT :toRoleId, rel_user FROM sys_role_member WHERE rel_role = :fromRoleId")
    void copyMembers(long fromRoleId, long toRoleId);

    @Query("SELECT COUNT(*) FROM sys_role_member m JOIN sys_user u ON u.id = m.rel_user"
            + " WHERE m.rel_role = :roleId AND u.deleted_at IS NULL AND u.suspended_at IS NULL")
    long countActiveMembers(long roleId);
}
