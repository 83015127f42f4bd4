package com.cagekeeper.webhooks.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.cagekeeper.shared.domain.Rejection;

/**
 * Where a webhook may be sent (no server-side request forgery): an absolute https URL without
 * credentials whose host resolves only to public unicast addresses; never loopback, link-local
 * (with the 169.254.169.254 metadata service), private (RFC 1918, ULA), shared (CGNAT),
 * multicast, unspecified or reserved ranges, nor IPv4 written inside IPv6 (mapped, compatible,
 * NAT64, 6to4). Checked at registration and again before every delivery, since DNS can change.
 * Only tests and dev mode may allow http and private targets.
 */
public final class WebhookTarget {

    private WebhookTarget() {
    }

    /** The URL, if well formed; its address is checked by {@link #refusal}. */
    public static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http") ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Why a URL may not be a webhook target, naming the field {@code url}; empty when it may. */
    public static Optional<Rejection> refusal(String url, boolean allowPrivate, AddressResolver resolver) {
        Optional<URI> parsed = parse(url);
        if (parsed.isEmpty()) {
            return Optional.of(new Rejection("WEBHOOK_URL_INVALID", null,
                    "The URL must be absolute http(s), with a host and without credentials or fragment.").at("url"));
        }
        URI uri = parsed.get();
        if (allowPrivate) {
            return Optional.empty();
        }
        if (!uri.getScheme().equalsIgnoreCase("https")) {
            return Optional.of(new Rejection("WEBHOOK_URL_NOT_HTTPS", null,
                    "Webhooks are delivered over https only.").at("url"));
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of(new Rejection("WEBHOOK_URL_UNRESOLVABLE", null,
                    "The host " + host + " does not resolve.").at("url"));
        }
        if (addresses.isEmpty()) {
            return Optional.of(new Rejection("WEBHOOK_URL_UNRESOLVABLE", null,
                    "The host " + host + " does not resolve.").at("url"));
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of(new Rejection("WEBHOOK_URL_NOT_PUBLIC", null, "The host " + host
                        + " resolves to " + address.getHostAddress()
                        + ", which is not a public address (loopback, private, link-local, metadata and reserved ranges are refused).")
                        .at("url"));
            }
        }
        return Optional.empty();
    }

    /** Whether an address is public unicast: anything else is refused. */
    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address) {
            return isPublicV4(address.getAddress());
        }
        if (!(address instanceof Inet6Address)) {
            return false;
        }
        byte[] a = address.getAddress();
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        int first = a[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local (fd00:ec2::254 metadata among them)
            return false;
        }
        if ((first & 0xe0) != 0x20) { // only 2000::/3 is global unicast
            return false;
        }
        if (first == 0x20 && (a[1] & 0xff) == 0x02) { // 2002::/16 6to4: the IPv4 inside decides
            return isPublicV4(new byte[] { a[2], a[3], a[4], a[5] });
        }
        if (first == 0x20 && (a[1] & 0xff) == 0x01 && a[2] == 0x0d && (a[3] & 0xff) == 0xb8) { // 2001:db8::/32 documentation
            return false;
        }
        if (first == 0x20 && (a[1] & 0xff) == 0x01 && a[2] == 0 && a[3] == 0) { // 2001::/32 Teredo
            return false;
        }
        return true;
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0 // 0.0.0.0/8 this network, unspecified
                || a0 == 10 // 10/8 private
                || a0 == 127 // loopback
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // 100.64/10 shared (CGNAT)
                || (a0 == 169 && a1 == 254) // link-local, metadata 169.254.169.254
                || (a0 == 172 && a1 >= 16 && a1 <= 31) // 172.16/12 private
                || (a0 == 192 && a1 == 0 && a2 == 0) // 192.0.0/24 protocol assignments
                || (a0 == 192 && a1 == 0 && a2 == 2) // documentation
                || (a0 == 192 && a1 == 168) // 192.168/16 private
                || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100) // documentation
                || (a0 == 203 && a1 == 0 && a2 == 113) // documentation
                || a0 >= 224); // multicast, reserved, broadcast
    }
}
