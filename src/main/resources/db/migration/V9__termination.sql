-- Termination (§7.2-§7.5, §12.4): breaches and their cure, force majeure events, terminations
-- with their termination fee, and what the scheduled end of orders reads.

-- §7.1, §7.6: the day an order's term runs out (the day after its last day; rights cease at its
-- start), derived by the database so the expiry sweep finds due orders by index.
ALTER TABLE orders
    ADD COLUMN expires_on DATE AS (DATE_ADD(term_start, INTERVAL term_months MONTH)) PERSISTENT,
    ADD INDEX ix_orders_state_expires (state, expires_on),
    ADD INDEX ix_orders_state_terminated (state, terminated_on);

-- §7.3(a): a material breach, noticed in writing; 30 days after the notice's deemed date
-- without cure the other party may terminate for cause.
CREATE TABLE breaches (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    customer_id      CHAR(36)      NOT NULL,
    order_id         CHAR(36)      NOT NULL,
    breaching_party  VARCHAR(20)   NOT NULL,
    notice_id        CHAR(36)      NOT NULL,
    noticed_on       DATE          NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    recorded_by      VARCHAR(200)  NOT NULL,
    cured_on         DATE,
    cure_note        VARCHAR(1000),
    cured_by         VARCHAR(200),
    CONSTRAINT fk_breaches_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_breaches_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_breaches_notice FOREIGN KEY (notice_id) REFERENCES notices (id),
    INDEX ix_breaches_customer (customer_id, id),
    INDEX ix_breaches_order (order_id, id)
) ENGINE=InnoDB;

-- §12.4: an event beyond a party's control, at facilities, affecting named orders.
CREATE TABLE force_majeure_events (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    started_on       DATE          NOT NULL,
    ended_on         DATE,
    recorded_by      VARCHAR(200)  NOT NULL,
    ended_by         VARCHAR(200),
    INDEX ix_force_majeure_events_started (started_on, id)
) ENGINE=InnoDB;

CREATE TABLE force_majeure_event_facilities (
    event_id         CHAR(36)      NOT NULL,
    facility_id      CHAR(36)      NOT NULL,
    PRIMARY KEY (event_id, facility_id),
    CONSTRAINT fk_fm_facilities_event FOREIGN KEY (event_id) REFERENCES force_majeure_events (id),
    CONSTRAINT fk_fm_facilities_facility FOREIGN KEY (facility_id) REFERENCES facilities (id)
) ENGINE=InnoDB;

-- The orders an event affects, with their customer: what a customer token may see of an event.
CREATE TABLE force_majeure_event_orders (
    event_id         CHAR(36)      NOT NULL,
    order_id         CHAR(36)      NOT NULL,
    customer_id      CHAR(36)      NOT NULL,
    PRIMARY KEY (event_id, order_id),
    CONSTRAINT fk_fm_orders_event FOREIGN KEY (event_id) REFERENCES force_majeure_events (id),
    CONSTRAINT fk_fm_orders_order FOREIGN KEY (order_id) REFERENCES orders (id),
    INDEX ix_fm_orders_customer (customer_id, event_id),
    INDEX ix_fm_orders_order (order_id)
) ENGINE=InnoDB;

-- §7.2, §7.3, §12.4: one termination per order, with the fee it owes (§7.4) and its inputs.
CREATE TABLE terminations (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    customer_id      CHAR(36)      NOT NULL,
    order_id         CHAR(36)      NOT NULL,
    basis            VARCHAR(20)   NOT NULL,
    terminating_party VARCHAR(20)  NOT NULL,
    cause            VARCHAR(40),
    notice_id        CHAR(36),
    notice_deemed_given_on DATE,
    breach_id        CHAR(36),
    force_majeure_event_id CHAR(36),
    effective_on     DATE          NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    recorded_by      VARCHAR(200)  NOT NULL,
    fee_owed         BOOLEAN       NOT NULL,
    fee_not_owed_because VARCHAR(200),
    fee_currency     CHAR(3)       NOT NULL,
    fee_invoiced_total   DECIMAL(14,2) NOT NULL,
    fee_months_billed    INT       NOT NULL,
    fee_average_monthly  DECIMAL(14,2) NOT NULL,
    fee_minimum_monthly  DECIMAL(14,2) NOT NULL,
    fee_monthly_rate     DECIMAL(14,2) NOT NULL,
    fee_remaining_months INT       NOT NULL,
    fee_amount       DECIMAL(14,2) NOT NULL,
    fee_payable_by   DATE,
    charge_id        CHAR(36),
    CONSTRAINT uq_terminations_order UNIQUE (order_id),
    CONSTRAINT fk_terminations_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_terminations_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_terminations_notice FOREIGN KEY (notice_id) REFERENCES notices (id),
    CONSTRAINT fk_terminations_breach FOREIGN KEY (breach_id) REFERENCES breaches (id),
    CONSTRAINT fk_terminations_fm FOREIGN KEY (force_majeure_event_id) REFERENCES force_majeure_events (id),
    INDEX ix_terminations_customer (customer_id, id)
) ENGINE=InnoDB;
