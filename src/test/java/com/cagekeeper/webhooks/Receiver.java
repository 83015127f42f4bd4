package com.cagekeeper.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on a loopback port, as a portal would run one: it verifies each request's
 * Standard Webhooks signature with its own HMAC and answers 500 to the first {@code failFirst}
 * requests (a receiver that is down for a while), then 200.
 */
final class Receiver implements AutoCloseable {

    /** One request as received, and whether its signature verified. */
    record Received(String id, long timestamp, String signature, String body, boolean signatureValid, int answered) {
    }

    private final HttpServer server;
    private final byte[] key;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger failuresLeft;

    Receiver(String secret, int failFirst) throws IOException {
        this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        this.failuresLeft = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            synchronized (received) {
                received.add(new Received(id, timestamp, signature, body,
                        signature.equals(expected(id, timestamp, body)), status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void failNext(int times) {
        failuresLeft.set(times);
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<String> ids() {
        return received().stream().map(Received::id).toList();
    }

    private String expected(String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static List<String> ids(List<?> events) {
        List<String> ids = new ArrayList<>();
        for (Object e : events) {
            ids.add(((com.cagekeeper.webhooks.domain.WebhookEvent) e).id());
        }
        return ids;
    }
}
