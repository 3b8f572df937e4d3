package io.gatehouse.adapters.persistence;

import static io.gatehouse.adapters.persistence.SqlQuery.Condition.ALWAYS;
import static io.gatehouse.adapters.persistence.SqlQuery.Condition.NEVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.adapters.persistence.SqlQuery.Condition;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Sort;
import io.gatehouse.domain.shared.Tristate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SQL that filters, row access, sort and paging turn into. */
class SqlQueryTest {
    @Test
    void rowAccessBecomesAnIdListOrAConstant() {
        assertEquals(ALWAYS, SqlQuery.allowedBy("id", RowAccess.ALL));
        assertEquals(NEVER, SqlQuery.allowedBy("id", RowAccess.NONE));
        assertEquals(new Condition("id IN (?)", List.of(7L)), SqlQuery.allowedBy("id", new RowAccess(false, Set.of(7L))));
        assertEquals(new Condition("id NOT IN (?)", List.of(7L)), SqlQuery.allowedBy("id", new RowAccess(true, Set.of(7L))));
    }

    @Test
    void tristatesExcludeIncludeOrSelectTheFlaggedRows() {
        assertEquals(new Condition("deleted_at IS NULL", List.of()), SqlQuery.state("deleted_at", Tristate.EXCLUDE));
        assertEquals(ALWAYS, SqlQuery.state("deleted_at", Tristate.INCLUDE));
        assertEquals(new Condition("deleted_at IS NOT NULL", List.of()), SqlQuery.state("deleted_at", Tristate.ONLY));
    }

    @Test
    void likePatternsTakeTheirTextLiterally() {
        assertEquals(new Condition("name LIKE ? ESCAPE '!'", List.of("50!%!_off!!%")), SqlQuery.startsWith("name", "50%_off!"));
        assertEquals(new Condition("name LIKE ? ESCAPE '!'", List.of("%50!%!_off!!%")), SqlQuery.contains("name", "50%_off!"));
    }

    @Test
    void constantsFoldAway() {
        Condition a = Condition.of("a = ?", 1);
        Condition b = Condition.of("b = ?", 2);

        assertEquals(a, ALWAYS.and(a));
        assertEquals(NEVER, a.and(NEVER));
        assertEquals(a, SqlQuery.anyOf(NEVER, a, NEVER));
        assertEquals(ALWAYS, SqlQuery.anyOf(a, ALWAYS));
        assertEquals(NEVER, SqlQuery.anyOf(NEVER, NEVER));
        assertEquals(new Condition("((a = ?) OR (b = ? AND a = ?))", List.of(1, 2, 1)), SqlQuery.anyOf(a, b.and(a)));
        assertEquals(NEVER, SqlQuery.in("id", List.of()));
        assertEquals(ALWAYS, SqlQuery.notIn("id", List.of()));
    }

    @Test
    void aPageIsCountedAndSelectedWithTheSameConditions() {
        SqlQuery query = SqlQuery.select("id, name", "sys_role")
                .where(SqlQuery.state("deleted_at", Tristate.EXCLUDE))
                .where(SqlQuery.equal("name", "x"));

        assertEquals(new SqlQuery.Statement("SELECT COUNT(*) FROM sys_role WHERE deleted_at IS NULL AND name = ?",
                List.of("x")), query.count());
        assertEquals(new SqlQuery.Statement("SELECT id, name FROM sys_role WHERE deleted_at IS NULL AND name = ?"
                + " ORDER BY name DESC, id ASC LIMIT ? OFFSET ?", List.of("x", 10, 20L)),
                query.page(new Sort(List.of(new Sort.Order("name", false))), Set.of("id", "name"), 20, 10));
    }

    @Test
    void sortingByIdNeedsNoTieBreakerAndUnknownColumnsAreRefused() {
        assertEquals(" ORDER BY id DESC", SqlQuery.orderBy(new Sort(List.of(new Sort.Order("id", false))), Set.of("id")));
        assertEquals(" ORDER BY id ASC", SqlQuery.orderBy(new Sort(List.of()), Set.of("id")));
        DomainException.Invalid refused = assertThrows(DomainException.Invalid.class, () -> SqlQuery.orderBy(
                new Sort(List.of(new Sort.Order("name; DROP TABLE sys_user", true))), Set.of("id", "name")));
        assertEquals("invalid sort: unknown order-by column \"name; DROP TABLE sys_user\"", refused.getMessage());
    }
}
