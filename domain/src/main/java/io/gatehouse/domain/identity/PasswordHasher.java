package io.gatehouse.domain.identity;

/** One-way password hashing. Implementations must verify existing Corteza bcrypt hashes. */
public interface PasswordHasher {
    String hash(String password);

    boolean verify(String password, String hash);

    /** A hash of a random password, verified against when the account is unknown, to keep timing flat. */
    String decoyHash();
}
