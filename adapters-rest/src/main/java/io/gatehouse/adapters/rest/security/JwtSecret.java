package io.gatehouse.adapters.rest.security;

/** The HS256 signing secret (at least 32 bytes), provided by the bootstrap from configuration. */
public record JwtSecret(String value) {
    public static final int MIN_BYTES = 32;

    public JwtSecret {
        if (value == null || value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new IllegalArgumentException("AUTH_JWT_SECRET must be at least " + MIN_BYTES + " bytes");
        }
    }

    @Override
    public String toString() {
        return "JwtSecret[hidden]";
    }
}
