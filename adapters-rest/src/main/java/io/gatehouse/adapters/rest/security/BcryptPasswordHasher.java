package io.gatehouse.adapters.rest.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import io.gatehouse.domain.identity.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * bcrypt through at.favre.lib:bcrypt (no dependencies, verifies $2a$/$2b$/$2y$ hashes from Go and
 * PHP, so Corteza hashes import as they are). Passwords over bcrypt's 72 bytes are pre-hashed
 * with SHA-512 instead of being silently truncated.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    public static final int MIN_COST = 10;
    public static final int DEFAULT_COST = 12;

    private static final LongPasswordStrategy LONG = LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A);
    private final int cost;
    private final BCrypt.Hasher hasher;
    private final BCrypt.Verifyer verifyer;
    private final String decoy;

    public BcryptPasswordHasher(int cost) {
        if (cost < MIN_COST || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be between " + MIN_COST + " and 31, was " + cost);
        }
        SecureRandom random = new SecureRandom();
        this.cost = cost;
        this.hasher = BCrypt.with(BCrypt.Version.VERSION_2A, random, LONG);
        this.verifyer = BCrypt.verifyer(BCrypt.Version.VERSION_2A, LONG);
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        this.decoy = hash(Base64.getEncoder().encodeToString(secret));
    }

    @Override
    public String hash(String password) {
        return new String(hasher.hash(cost, password.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Override
    public boolean verify(String password, String hash) {
        if (hash == null || !hash.startsWith("$2")) {
            return false;
        }
        try {
            return verifyer.verify(password.getBytes(StandardCharsets.UTF_8),
                    hash.getBytes(StandardCharsets.UTF_8)).verified;
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    @Override
    public String decoyHash() {
        return decoy;
    }
}
