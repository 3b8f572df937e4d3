package io.gatehouse.adapters.rest.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The HS256 signature Micronaut Security signs and verifies tokens with. Built from
 * {@link JwtSecret} rather than from a property, so that no default secret can exist.
 */
@Factory
public class JwtSigning {
    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration hs256(JwtSecret secret) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        config.setSecret(secret.value());
        return new SecretSignature(config);
    }
}
