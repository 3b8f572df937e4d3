package io.gatehouse.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The action log's meta column. */
class StringMapJsonTest {
    @Test
    void everyStringSurvivesTheRoundTrip() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("user.ID", "42");
        values.put("quote\"key", "back\\slash / slash");
        values.put("controls", "\n\r\t\b\f\u0000\u001f");
        values.put("unicode", "Grüße 👋 \u2028\u2029");
        values.put("", "");

        String json = StringMapJson.write(values);

        assertEquals(values, StringMapJson.read(json));
        assertEquals("{\"a\":\"1\",\"b\":\"x\\ny\"}", StringMapJson.write(orderedMap("a", "1", "b", "x\ny")));
    }

    @Test
    void readingAcceptsSpacingEscapesAndScalarsFromOtherWriters() {
        Map<String, String> read = StringMapJson.read(" { \"n\" : 5 , \"ok\":true, \"none\":null, \"u\":\"\\u00fc\\/\" } ");

        assertEquals(orderedMap("n", "5", "ok", "true", "none", "null", "u", "ü/"), read);
        assertEquals(Map.of(), StringMapJson.read("{}"));
        assertEquals(Map.of(), StringMapJson.read(null));
        assertEquals(Map.of(), StringMapJson.read("null"));
    }

    @Test
    void malformedJsonIsRefused() {
        for (String bad : new String[] {"[]", "{\"a\":}", "{\"a\":\"1\"", "{\"a\":{\"b\":1}}", "{\"a\":\"\\x\"}", "{} x"}) {
            assertThrows(IllegalArgumentException.class, () -> StringMapJson.read(bad), bad);
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
