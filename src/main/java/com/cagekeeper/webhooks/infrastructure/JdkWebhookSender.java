package com.cagekeeper.webhooks.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.cagekeeper.webhooks.domain.WebhookSender;

/**
 * Sends webhooks with the JDK's HTTP client. Redirects are not followed (a redirect could lead
 * to a private address the target check never saw): a 3xx is a failed attempt like any non-2xx.
 */
@ApplicationScoped
public class JdkWebhookSender implements WebhookSender {

    private volatile HttpClient client;
    private volatile Duration connectTimeout;

    @Override
    public Sent post(URI url, Map<String, String> headers, String body, Duration timeout) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json").header("User-Agent", "Cagekeeper-Webhooks/1")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            HttpResponse<Void> response = client(timeout).send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Sent(response.statusCode(), null, millisSince(start));
        } catch (HttpTimeoutException e) {
            return new Sent(null, "Timed out after " + timeout.toMillis() + " ms", millisSince(start));
        } catch (IOException e) {
            return new Sent(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(null, "Interrupted", millisSince(start));
        } catch (IllegalArgumentException e) {
            return new Sent(null, "Not sendable: " + e.getMessage(), millisSince(start));
        }
    }

    private HttpClient client(Duration timeout) {
        if (client == null || !timeout.equals(connectTimeout)) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1).build();
            connectTimeout = timeout;
        }
        return client;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
