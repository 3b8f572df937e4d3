package io.gatehouse.adapters.rest.security;

import io.gatehouse.domain.identity.TokenIssuer;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Issues the reference's JWT (HS256; {@code userID} as a string, {@code memberOf} as
 * space-separated role IDs when there are any, {@code exp}) plus {@code jti} (the session) and
 * {@code iat}, through Micronaut Security's generator.
 */
@Singleton
public class JwtTokenIssuer implements TokenIssuer {
    private final TokenGenerator generator;

    public JwtTokenIssuer(TokenGenerator generator) {
        this.generator = generator;
    }

    @Override
    public String issue(long userId, Collection<Long> roleIds, long sessionId, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("userID", Long.toString(userId));
        if (!roleIds.isEmpty()) {
            claims.put("memberOf", roleIds.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("jti", Long.toString(sessionId));
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the JWT generator produced no token"));
    }
}
