package io.gatehouse.adapters.rest.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.application.application.JsonInput;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.adapters.rest.http.JsonFields;
import io.micronaut.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationJsonFieldsTest {
    private static final String EMPTY_UNIFY = "{\"listed\":false,\"icon\":\"\",\"logo\":\"\",\"url\":\"\",\"config\":\"\","
            + "\"order\":0}";
    private final ApplicationJsonFields fields = new ApplicationJsonFields(new JsonFields(JsonMapper.createDefault()));

    private String refusedUnify(Object value) {
        return assertThrows(DomainException.Invalid.class, () -> fields.unify(true, value)).getMessage();
    }

    @Test
    void absentFieldsAreOmittedAndJsonNullClears() {
        assertEquals(JsonInput.OMITTED, fields.unify(false, null));
        assertEquals(JsonInput.OMITTED, fields.config(false, null));
        assertEquals(JsonInput.NULL, fields.unify(true, null));
        assertEquals(JsonInput.NULL, fields.config(true, "null"));
    }

    @Test
    void unifyIsStoredInTheReferencesFullShape() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("url", "/crm");
        given.put("order", 2);
        given.put("listed", true);
        given.put("name", "CRM");
        given.put("logo", null);

        assertEquals(JsonInput.of("{\"name\":\"CRM\",\"listed\":true,\"icon\":\"\",\"logo\":\"\",\"url\":\"/crm\","
                + "\"config\":\"\",\"order\":2}"), fields.unify(true, given));
        assertEquals(JsonInput.of(EMPTY_UNIFY), fields.unify(true, Map.of()));
        assertEquals(JsonInput.of(EMPTY_UNIFY), fields.unify(true, Map.of("name", "")));
    }

    @Test
    void unifyFromAFormIsJsonText() {
        assertEquals(JsonInput.of(EMPTY_UNIFY.replace("false", "true")), fields.unify(true, "{\"listed\":true}"));
        assertEquals("invalid unify: malformed JSON", refusedUnify("{listed:"));
    }

    @Test
    void unifyOfAnyOtherShapeIsRefusedNamingUnify() {
        assertEquals("invalid unify: expected a JSON object", refusedUnify(List.of(1)));
        assertEquals("invalid unify: expected a JSON object", refusedUnify("\"text\""));
        assertEquals("invalid unify: expected a JSON object", refusedUnify(7));
        assertEquals("invalid unify: unknown field \"colour\" (expected name, listed, icon, logo, url, config, order)",
                refusedUnify(Map.of("colour", "red")));
        assertEquals("invalid unify: listed must be true or false", refusedUnify(Map.of("listed", "yes")));
        assertEquals("invalid unify: config must be a string", refusedUnify(Map.of("config", Map.of("a", 1))));
        assertEquals("invalid unify: url must be a string", refusedUnify(Map.of("url", 5)));
        assertEquals("invalid unify: order must be a whole number from 0 to 2147483647",
                refusedUnify(Map.of("order", -1)));
        assertEquals("invalid unify: order must be a whole number from 0 to 2147483647",
                refusedUnify(Map.of("order", 1.5)));
        assertEquals("invalid unify: order must be a whole number from 0 to 2147483647",
                refusedUnify(Map.of("order", "1")));
    }

    @Test
    void configIsAnyJsonObjectKeptAsGiven() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("theme", Map.of("dark", true));
        config.put("tags", List.of("a", "b"));

        assertEquals(JsonInput.of("{\"theme\":{\"dark\":true},\"tags\":[\"a\",\"b\"]}"), fields.config(true, config));
        assertEquals(JsonInput.of("{\"a\":1}"), fields.config(true, "{\"a\":1}"));
        assertEquals("invalid config: expected a JSON object", assertThrows(DomainException.Invalid.class,
                () -> fields.config(true, List.of())).getMessage());
        assertEquals("invalid config: malformed JSON", assertThrows(DomainException.Invalid.class,
                () -> fields.config(true, "{")).getMessage());
    }
}
