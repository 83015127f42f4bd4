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

@DisplayName("Production refuses the development key")
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
}
