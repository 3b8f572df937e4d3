package io.gatehouse.application.testing;

import io.gatehouse.domain.identity.PasswordHasher;
import java.util.ArrayList;
import java.util.List;

/** A fast, recognisable "hash"; remembers which hashes were verified against. */
public final class FakePasswordHasher implements PasswordHasher {
    public static final String DECOY = "decoy:never-matches";
    private static final String PREFIX = "fake:";
    private final List<String> verifiedAgainst = new ArrayList<>();

    @Override
    public String hash(String password) {
        return PREFIX + password;
    }

    @Override
    public synchronized boolean verify(String password, String hash) {
        verifiedAgainst.add(hash);
        return hash.equals(PREFIX + password);
    }

    @Override
    public String decoyHash() {
        return DECOY;
    }

    public synchronized List<String> verifiedAgainst() {
        return List.copyOf(verifiedAgainst);
    }
}
