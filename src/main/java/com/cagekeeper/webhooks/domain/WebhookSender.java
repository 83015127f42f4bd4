package com.cagekeeper.webhooks.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Outbound HTTP: one POST of a signed body, answered by a status or an error. */
public interface WebhookSender {

    /** What came back: a status code, or the error when none did. */
    record Sent(Integer statusCode, String error, long durationMillis) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    Sent post(URI url, Map<String, String> headers, String body, Duration timeout);
}
