package io.gatehouse.adapters.rest.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(BcryptPasswordHasher.MIN_COST);

    @Test
    void hashesVerifyAndAreSalted() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertTrue(hasher.verify("correct horse battery", hash));
        assertFalse(hasher.verify("correct horse batterY", hash));
        assertNotEquals(hash, hasher.hash("correct horse battery"));
    }

    @Test
    void verifiesHashesMadeByOtherImplementations() {
        // Published bcrypt test vectors (OpenBSD/jBCrypt), and the same hash under the $2b$/$2y$ prefixes
        // that Go and PHP write.
        String vector = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
        assertTrue(hasher.verify("U*U", vector));
        assertTrue(hasher.verify("U*U", "$2b$" + vector.substring(4)));
        assertTrue(hasher.verify("U*U", "$2y$" + vector.substring(4)));
        assertFalse(hasher.verify("U*U*", vector));
    }

    @Test
    void passwordsLongerThan72BytesAreNotTruncated() {
        String prefix = "x".repeat(72);
        String hash = hasher.hash(prefix + "one");
        assertTrue(hasher.verify(prefix + "one", hash));
        assertFalse(hasher.verify(prefix + "two", hash));
    }

    @Test
    void malformedHashesNeverVerify() {
        assertFalse(hasher.verify("anything", "plain-text"));
        assertFalse(hasher.verify("anything", "$2a$10$short"));
        assertFalse(hasher.verify("anything", null));
    }

    @Test
    void costsBelowTenAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BcryptPasswordHasher(9));
    }

    @Test
    void theDecoyHashVerifiesNoGuessableInput() {
        assertTrue(hasher.decoyHash().startsWith("$2a$10$"));
        assertFalse(hasher.verify("", hasher.decoyHash()));
        assertFalse(hasher.verify("password", hasher.decoyHash()));
    }
}
