package com.cagekeeper.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Standard Webhooks signatures and secrets")
class WebhookSignatureTest {

    @Test
    @DisplayName("the signature reproduces the Standard Webhooks published test vector")
    void publishedVector() {
        byte[] key = WebhookSecret.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").orElseThrow();
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    @DisplayName("another timestamp, id or body signs differently")
    void everyPartIsSigned() {
        byte[] key = WebhookSecret.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").orElseThrow();
        String signed = WebhookSignature.sign(key, "msg_1", 1614265330L, "{}");
        assertNotEquals(signed, WebhookSignature.sign(key, "msg_1", 1614265331L, "{}"));
        assertNotEquals(signed, WebhookSignature.sign(key, "msg_2", 1614265330L, "{}"));
        assertNotEquals(signed, WebhookSignature.sign(key, "msg_1", 1614265330L, "{ }"));
    }

    @Test
    @DisplayName("a generated secret is whsec_ and the base64 of 32 random bytes, never the same twice")
    void generatedSecret() {
        String secret = WebhookSecret.generate();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, WebhookSecret.key(secret).orElseThrow().length);
        assertNotEquals(secret, WebhookSecret.generate());
        assertTrue(WebhookSecret.refusal(secret).isEmpty());
    }

    @Test
    @DisplayName("a chosen secret needs the whsec_ prefix and 24 to 64 bytes of base64")
    void chosenSecret() {
        assertTrue(WebhookSecret.refusal("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").isPresent());
        assertTrue(WebhookSecret.refusal("whsec_c2hvcnQ=").isPresent()); // 5 bytes
        assertTrue(WebhookSecret.refusal("whsec_not base64!").isPresent());
        assertEquals("secret", WebhookSecret.refusal("whsec_").orElseThrow().field());
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        assertTrue(WebhookSecret.refusal("whsec_" + b64.encodeToString(new byte[24])).isEmpty());
        assertTrue(WebhookSecret.refusal("whsec_" + b64.encodeToString(new byte[64])).isEmpty());
        assertTrue(WebhookSecret.refusal("whsec_" + b64.encodeToString(new byte[23])).isPresent());
        assertTrue(WebhookSecret.refusal("whsec_" + b64.encodeToString(new byte[65])).isPresent());
    }
}
