package io.gatehouse.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.domain.shared.DomainException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "a1", "john.doe", "John_Doe-2", "x-y.z_9"})
    void validHandles(String handle) {
        assertTrue(Handles.isValid(handle));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "1ab", "_ab", "ab_", "ab-", "ab.", "a b", "jöhn", "ab@cd"})
    void invalidHandles(String handle) {
        assertFalse(Handles.isValid(handle));
        assertEquals("invalid handle", assertThrows(DomainException.Invalid.class,
                () -> Handles.validate(handle)).getMessage());
    }

    @Test
    void handlesAreAtMost64Characters() {
        assertTrue(Handles.isValid("a".repeat(64)));
        assertFalse(Handles.isValid("a".repeat(65)));
    }

    @Test
    void validateTrimsAndTreatsNullAsEmpty() {
        assertEquals("john", Handles.validate("  john "));
        assertEquals("", Handles.validate(null));
    }

    @Test
    void generatedHandleTitleCasesEveryWordButTheFirst() {
        assertEquals(Optional.of("johnDoe"), Handles.generate(h -> false, "john doe"));
        assertEquals(Optional.of("johnMiddleDoe"), Handles.generate(h -> false, "  john   middle doe "));
    }

    @Test
    void transformStripsCharactersOutsideTheHandleAlphabet() {
        assertEquals("johnOneil", Handles.transform("john o'neil"));
        assertEquals("Jrgen", Handles.transform("Jürgen"));
        assertEquals("", Handles.transform(null));
        assertEquals(64, Handles.transform("a".repeat(100)).length());
    }

    @Test
    void generationSkipsTakenAndInvalidCandidates() {
        Set<String> taken = Set.of("johnDoe");
        assertEquals(Optional.of("jdoe"), Handles.generate(taken::contains, "john doe", "", null, "1abc", "jdoe"));
    }

    @Test
    void generationGivesNothingWhenEveryCandidateFails() {
        assertEquals(Optional.empty(), Handles.generate(h -> true, "john doe", "jdoe"));
        assertEquals(Optional.empty(), Handles.generate(h -> false, "x", "9lives", "!!"));
        assertEquals(Optional.empty(), Handles.generate(h -> false));
    }
}
