package com.cagekeeper.webhooks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Webhook targets: https and public addresses only (no server-side request forgery)")
class WebhookTargetTest {

    /** DNS as a test decides it: names to addresses, anything else unknown. */
    static AddressResolver dns(Map<String, String> names) {
        return host -> {
            String address = names.getOrDefault(host, host.matches("[0-9.:a-fA-F]+") ? host : null);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(address));
        };
    }

    static String refusal(String url, Map<String, String> names) {
        return WebhookTarget.refusal(url, false, dns(names)).map(r -> r.code() + "@" + r.field()).orElse("allowed");
    }

    @Test
    @DisplayName("an https URL whose host resolves to a public address is allowed")
    void publicHttps() {
        assertEquals("allowed", refusal("https://hooks.example.com/in", Map.of("hooks.example.com", "93.184.216.34")));
        assertEquals("allowed", refusal("https://[2606:4700::1111]/in", Map.of()));
    }

    @Test
    @DisplayName("http, other schemes, relative URLs and credentials in the URL are refused, naming url")
    void shape() {
        assertEquals("WEBHOOK_URL_NOT_HTTPS@url", refusal("http://hooks.example.com/in", Map.of()));
        assertEquals("WEBHOOK_URL_INVALID@url", refusal("ftp://hooks.example.com/in", Map.of()));
        assertEquals("WEBHOOK_URL_INVALID@url", refusal("/relative", Map.of()));
        assertEquals("WEBHOOK_URL_INVALID@url", refusal("https://user:pw@hooks.example.com/", Map.of()));
        assertEquals("WEBHOOK_URL_INVALID@url", refusal("not a url", Map.of()));
    }

    @Test
    @DisplayName("a host that does not resolve is refused")
    void unresolvable() {
        assertEquals("WEBHOOK_URL_UNRESOLVABLE@url", refusal("https://nowhere.invalid/", Map.of()));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = { "127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.0.1", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "240.0.0.1",
            "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::", "2002:a9fe:a9fe::",
            "2001:db8::1" })
    @DisplayName("loopback, private, link-local (metadata), shared, multicast, unspecified, reserved and IPv4 inside IPv6 are refused")
    void privateAddresses(String address) throws Exception {
        assertFalse(WebhookTarget.isPublic(InetAddress.getByName(address)), address);
        assertEquals("WEBHOOK_URL_NOT_PUBLIC@url",
                refusal("https://rebound.example.com/", Map.of("rebound.example.com", address)));
    }

    @Test
    @DisplayName("a host with one private address among public ones is refused")
    void anyPrivateAddressRefuses() {
        AddressResolver both = host -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3"));
        assertEquals("WEBHOOK_URL_NOT_PUBLIC", WebhookTarget.refusal("https://mixed.example.com/", false, both)
                .orElseThrow().code());
    }

    @Test
    @DisplayName("public addresses are public: 8.8.8.8, 2001:4860:4860::8888, 2002 over a public IPv4")
    void publicAddresses() throws Exception {
        assertTrue(WebhookTarget.isPublic(InetAddress.getByName("8.8.8.8")));
        assertTrue(WebhookTarget.isPublic(InetAddress.getByName("2001:4860:4860::8888")));
        assertTrue(WebhookTarget.isPublic(InetAddress.getByName("2002:0808:0808::")));
    }

    @Test
    @DisplayName("with webhooks.allow-private-targets (tests, dev) a loopback http receiver is allowed")
    void allowPrivate() {
        assertTrue(WebhookTarget.refusal("http://127.0.0.1:9999/hook", true, dns(Map.of())).isEmpty());
        assertEquals("WEBHOOK_URL_INVALID", WebhookTarget.refusal("file:///etc/passwd", true, dns(Map.of()))
                .orElseThrow().code());
    }
}
