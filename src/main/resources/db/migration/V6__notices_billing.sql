-- Written notices (§12.7) and billing standing (§3.5, §4.1, §4.5): the customer's billing
-- currency and time zone, the order's payment term, notices, invoices, payments, disputes
-- and the append-only ledger of what Cagekeeper charges on top of invoices.

-- Existing customers are billed in US dollars and count their dates in UTC until told otherwise.
ALTER TABLE customers
    ADD COLUMN billing_currency CHAR(3)     NOT NULL DEFAULT 'USD',
    ADD COLUMN time_zone        VARCHAR(64) NOT NULL DEFAULT 'UTC';

-- §4.1: payments are due net thirty days from the invoice unless the order says otherwise.
ALTER TABLE orders
    ADD COLUMN payment_term_days INT NOT NULL DEFAULT 30;

CREATE TABLE notices (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    direction        VARCHAR(20)  NOT NULL,
    subject          VARCHAR(20)  NOT NULL,
    text             VARCHAR(4000),
    document_reference VARCHAR(200),
    delivery_method  VARCHAR(20)  NOT NULL,
    sent_on          DATE,
    delivered_on     DATE,
    received_on      DATE,
    -- derived by the service from the method and the dates (§12.7); NULL while unknown
    deemed_given_on  DATE,
    recorded_by      VARCHAR(200) NOT NULL,
    CONSTRAINT fk_notices_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT ck_notices_content CHECK (text IS NOT NULL OR document_reference IS NOT NULL),
    INDEX ix_notices_customer (customer_id, id),
    INDEX ix_notices_subject (subject, id),
    -- the latest notice of a subject deemed given to a customer: what the cure periods run from
    INDEX ix_notices_deemed (customer_id, subject, direction, deemed_given_on)
) ENGINE=InnoDB;

CREATE TABLE invoices (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    number           VARCHAR(40)  NOT NULL,
    order_id         CHAR(36),
    issued_on        DATE         NOT NULL,
    due_on           DATE         NOT NULL,
    amount           DECIMAL(14,2) NOT NULL,
    currency         CHAR(3)      NOT NULL,
    recorded_by      VARCHAR(200) NOT NULL,
    CONSTRAINT uk_invoices_number UNIQUE (customer_id, number),
    CONSTRAINT fk_invoices_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_invoices_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT ck_invoices_amount CHECK (amount > 0),
    INDEX ix_invoices_customer_id (customer_id, id),
    INDEX ix_invoices_order (order_id, id)
) ENGINE=InnoDB;

CREATE TABLE payments (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    invoice_id       CHAR(36)     NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    amount           DECIMAL(14,2) NOT NULL,
    currency         CHAR(3)      NOT NULL,
    paid_on          DATE         NOT NULL,
    reference        VARCHAR(200),
    recorded_by      VARCHAR(200) NOT NULL,
    CONSTRAINT fk_payments_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    CONSTRAINT fk_payments_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT ck_payments_amount CHECK (amount > 0),
    INDEX ix_payments_invoice (invoice_id, id),
    INDEX ix_payments_customer (customer_id, id)
) ENGINE=InnoDB;

CREATE TABLE disputes (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    invoice_id       CHAR(36)     NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    amount           DECIMAL(14,2) NOT NULL,
    currency         CHAR(3)      NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    opened_on        DATE         NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    resolved_on      DATE,
    resolution_note  VARCHAR(1000),
    recorded_by      VARCHAR(200) NOT NULL,
    resolved_by      VARCHAR(200),
    CONSTRAINT fk_disputes_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    CONSTRAINT fk_disputes_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT ck_disputes_amount CHECK (amount > 0),
    INDEX ix_disputes_invoice (invoice_id, id),
    INDEX ix_disputes_customer (customer_id, id)
) ENGINE=InnoDB;

-- What Cagekeeper charges on top of invoices: late charges (§4.1), storage (§3.5), restoration
-- (§4.5), removal, disposal and termination fees (§7). Append-only: a wrong entry is answered
-- by another entry, never by changing or deleting one.
CREATE TABLE charges (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    created_at       DATETIME(6)  NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    amount           DECIMAL(14,2) NOT NULL,
    currency         CHAR(3)      NOT NULL,
    period_from      DATE,
    period_to        DATE,
    clause           VARCHAR(20)  NOT NULL,
    source_type      VARCHAR(40)  NOT NULL,
    source_id        VARCHAR(36)  NOT NULL,
    posted_on        DATE         NOT NULL,
    recorded_by      VARCHAR(200) NOT NULL,
    CONSTRAINT fk_charges_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT ck_charges_amount CHECK (amount > 0),
    CONSTRAINT ck_charges_period CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to),
    -- one entry per kind, source and period end: a period is never charged twice, even by two
    -- postings at once (entries without a period are not constrained: NULL never compares)
    CONSTRAINT uk_charges_period UNIQUE (source_type, source_id, kind, period_to),
    INDEX ix_charges_customer (customer_id, id)
) ENGINE=InnoDB;

CREATE TRIGGER charges_no_update BEFORE UPDATE ON charges FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'charges are append-only';
CREATE TRIGGER charges_no_delete BEFORE DELETE ON charges FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'charges are append-only';
