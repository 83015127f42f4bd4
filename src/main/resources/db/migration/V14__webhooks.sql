-- Webhook endpoints: where the domain events a customer (or, provider-wide, the provider) may see
-- are delivered, signed (Standard Webhooks), in order, at least once. delivered_position is the
-- outbox position delivered last (or passed over at registration); the next event waits behind it.
CREATE TABLE webhook_endpoints (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    customer_id        CHAR(36),
    url                VARCHAR(2000) NOT NULL,
    event_types        VARCHAR(2000) NOT NULL,
    secret             VARCHAR(120)  NOT NULL,
    description        VARCHAR(500),
    state              VARCHAR(16)   NOT NULL,
    disabled_reason    VARCHAR(2000),
    disabled_at        DATETIME(6),
    created_by         VARCHAR(200)  NOT NULL,
    delivered_position BIGINT        NOT NULL,
    head_attempts      INT           NOT NULL,
    head_failing_since DATETIME(6),
    next_attempt_at    DATETIME(6),
    claimed_by         VARCHAR(100),
    claimed_until      DATETIME(6),
    CONSTRAINT fk_webhook_endpoints_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_webhook_endpoints_customer (customer_id, id),
    INDEX ix_webhook_endpoints_due (state, next_attempt_at)
) ENGINE=InnoDB;

-- Every delivery attempt, kept: what was sent to which endpoint, when, and what came back.
CREATE TABLE webhook_attempts (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    endpoint_id        CHAR(36)      NOT NULL,
    customer_id        CHAR(36),
    event_id           CHAR(36)      NOT NULL,
    event_type         VARCHAR(64)   NOT NULL,
    event_position     BIGINT        NOT NULL,
    attempt            INT           NOT NULL,
    redelivery         BOOLEAN       NOT NULL,
    at                 DATETIME(6)   NOT NULL,
    outcome            VARCHAR(16)   NOT NULL,
    status_code        INT,
    error              VARCHAR(1000),
    duration_millis    BIGINT        NOT NULL,
    CONSTRAINT fk_webhook_attempts_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id),
    INDEX ix_webhook_attempts_endpoint (endpoint_id, id),
    INDEX ix_webhook_attempts_event (endpoint_id, event_id)
) ENGINE=InnoDB;
