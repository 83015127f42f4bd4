package com.cagekeeper.shared.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.cagekeeper.shared.domain.AccessSettings;

@DisplayName("Production refuses the development keys")
class DevelopmentKeyGuardTest {

    @Test
    @DisplayName("the development public key, by classpath location, by file or inline, stops the start")
    void refusesDevelopmentKey() throws Exception {
        var e = assertThrows(IllegalStateException.class,
                () -> DevelopmentKeyGuard.check(Optional.of("dev-keys/publicKey.pem"), Optional.empty()));
        assertTrue(e.getMessage().contains("development key"));
        Path file = Path.of("src/main/resources/dev-keys/publicKey.pem").toAbsolutePath();
        assertThrows(IllegalStateException.class,
                () -> DevelopmentKeyGuard.check(Optional.of(file.toString()), Optional.empty()));
        assertThrows(IllegalStateException.class,
                () -> DevelopmentKeyGuard.check(Optional.of(file.toUri().toString()), Optional.empty()));
        assertThrows(IllegalStateException.class,
                () -> DevelopmentKeyGuard.check(Optional.empty(), Optional.of(Files.readString(file))));
    }

    @Test
    @DisplayName("no verification key at all stops the start")
    void refusesMissingKey() {
        assertThrows(IllegalStateException.class, () -> DevelopmentKeyGuard.check(Optional.empty(), Optional.empty()));
    }

    @Test
    @DisplayName("another public key is accepted")
    void acceptsOtherKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Path file = Files.createTempFile("issuer", ".pem");
        Files.writeString(file, pem);
        assertDoesNotThrow(() -> DevelopmentKeyGuard.check(Optional.of(file.toString()), Optional.empty()));
    }

    @Test
    @DisplayName("the development identity-document key stops the start")
    void refusesDevelopmentIdentityKey() {
        var e = assertThrows(IllegalStateException.class,
                () -> DevelopmentKeyGuard.checkIdentityKey(AccessSettings.DEVELOPMENT_IDENTITY_KEY));
        assertTrue(e.getMessage().contains("development value"));
        assertTrue(e.getMessage().contains("ACCESS_IDENTITY_KEY"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "secret", "0123456789abcdef0123456789abcde", "  0123456789abcdef0123456789abcde  " })
    @DisplayName("an empty identity key, or one shorter than 32 characters, stops the start")
    void refusesShortIdentityKey(String key) {
        var e = assertThrows(IllegalStateException.class, () -> DevelopmentKeyGuard.checkIdentityKey(key));
        assertTrue(e.getMessage().contains("at least 32 characters"));
    }

    @Test
    @DisplayName("an identity key of 32 characters or more is accepted")
    void acceptsOwnIdentityKey() {
        assertDoesNotThrow(() -> DevelopmentKeyGuard.checkIdentityKey("0123456789abcdef0123456789abcdef"));
        assertDoesNotThrow(() -> DevelopmentKeyGuard.checkIdentityKey("q0W0n3kH9m1cXr0wqk8dFZ7hCq3Q2l0m2Jt1mX3B9xA="));
    }
}
