package io.gatehouse.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SortTest {
    private static final List<String> COLUMNS = List.of("id", "email", "created_at", "updated_at", "deleted_at");

    private static Sort parse(String value) {
        return Sort.parse(value, "id", COLUMNS);
    }

    private static String invalid(String value) {
        return assertThrows(DomainException.Invalid.class, () -> parse(value)).getMessage();
    }

    @Test
    void blankUsesTheDefault() {
        assertEquals(List.of(new Sort.Order("id", true)), parse(null).orders());
        assertEquals(List.of(new Sort.Order("id", true)), parse("  ").orders());
    }

    @Test
    void parsesColumnsAndDirections() {
        assertEquals(List.of(new Sort.Order("email", false), new Sort.Order("id", true), new Sort.Order("created_at", true)),
                parse("email DESC, id asc,created_at").orders());
    }

    @Test
    void camelCaseTimestampsAreAliases() {
        assertEquals(List.of(new Sort.Order("created_at", true), new Sort.Order("updated_at", false),
                new Sort.Order("deleted_at", true)), parse("createdAt, updatedAt DESC, deletedAt").orders());
    }

    @Test
    void tableAliasPrefixIsIgnored() {
        assertEquals(List.of(new Sort.Order("email", true)), parse("u.email").orders());
    }

    @Test
    void unknownColumnIsNamedInTheMessage() {
        assertEquals("invalid sort: unknown order-by column \"password\"", invalid("id, password"));
        assertEquals("invalid sort: unknown order-by column \"suspendedAt\"", invalid("suspendedAt"));
    }

    @Test
    void badDirectionIsInvalid() {
        assertEquals("invalid sort: direction must be ASC or DESC", invalid("id DOWN"));
    }

    @Test
    void malformedListsAreInvalid() {
        invalid("id,,email");
        invalid("id DESC email");
        invalid(",");
        invalid("id,");
        invalid("x".repeat(501));
    }

    @Test
    void normalisedFormIsEchoed() {
        assertEquals("created_at DESC, id", parse("createdAt desc, id ASC").toString());
    }
}
