package io.gatehouse.bootstrap;

import io.gatehouse.adapters.persistence.DatabaseInfo;
import io.gatehouse.adapters.rest.security.JwtSecret;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The JWT secret: {@code AUTH_JWT_SECRET} when set (at least 32 bytes). Without it the server
 * refuses to start, unless it runs on the embedded default, where a random secret is generated
 * once and kept in the data folder so tokens survive restarts.
 */
@Factory
public class JwtSecretProvider {
    static final String FILE = "jwt-secret";

    /** Eager, so a missing secret stops the server at startup rather than at the first login. */
    @Context
    JwtSecret jwtSecret(@Value("${gatehouse.auth.jwt.secret:}") String configured,
                        DatabaseInfo database,
                        @Value("${gatehouse.data-dir:./data}") String dataDir) {
        if (!configured.isBlank()) {
            return new JwtSecret(configured);
        }
        if (!database.embedded()) {
            throw new ConfigurationException("AUTH_JWT_SECRET is required (at least " + JwtSecret.MIN_BYTES
                    + " bytes) when DB_URL points at a database server");
        }
        return new JwtSecret(generatedIn(Path.of(dataDir)));
    }

    private static String generatedIn(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Non-POSIX file systems keep their default permissions.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT secret in " + dataDir, e);
        }
    }
}
