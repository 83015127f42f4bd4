-- Foundation: facilities, customers, spaces, orders, audit trail, idempotency keys.
-- Ids are time-ordered UUIDs assigned by the service (CHAR(36)); every list is keyset-paged on id.

CREATE TABLE facilities (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    code             VARCHAR(10)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    line1            VARCHAR(200) NOT NULL,
    line2            VARCHAR(200),
    city             VARCHAR(100) NOT NULL,
    region           VARCHAR(100),
    postal_code      VARCHAR(20),
    country          CHAR(2)      NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    operating_state  VARCHAR(20)  NOT NULL,
    state_reason     VARCHAR(1000),
    backup_facility_id CHAR(36),
    CONSTRAINT uk_facilities_code UNIQUE (code),
    CONSTRAINT fk_facilities_backup FOREIGN KEY (backup_facility_id) REFERENCES facilities (id)
) ENGINE=InnoDB;

CREATE TABLE customers (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    code             VARCHAR(20)  NOT NULL,
    legal_name       VARCHAR(200) NOT NULL,
    line1            VARCHAR(200) NOT NULL,
    line2            VARCHAR(200),
    city             VARCHAR(100) NOT NULL,
    region           VARCHAR(100),
    postal_code      VARCHAR(20),
    country          CHAR(2)      NOT NULL,
    CONSTRAINT uk_customers_code UNIQUE (code)
) ENGINE=InnoDB;

CREATE TABLE customer_contacts (
    customer_id      CHAR(36)     NOT NULL,
    position         INT          NOT NULL,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    phone            VARCHAR(40),
    role             VARCHAR(100),
    PRIMARY KEY (customer_id, position),
    CONSTRAINT fk_contacts_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;

CREATE TABLE spaces (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    facility_id      CHAR(36)     NOT NULL,
    code             VARCHAR(40)  NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    rack_units       INT          NOT NULL,
    power_kw         DECIMAL(8,2) NOT NULL,
    area_sqm         DECIMAL(10,2) NOT NULL,
    environmental_class VARCHAR(10) NOT NULL,
    underlying_lease_ref VARCHAR(100),
    underlying_lease_ended_on DATE,
    state            VARCHAR(20)  NOT NULL,
    customer_id      CHAR(36),
    order_id         CHAR(36),
    CONSTRAINT uk_spaces_code UNIQUE (code),
    CONSTRAINT fk_spaces_facility FOREIGN KEY (facility_id) REFERENCES facilities (id),
    CONSTRAINT fk_spaces_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_spaces_facility (facility_id, id),
    INDEX ix_spaces_customer (customer_id, id),
    INDEX ix_spaces_state (state, id)
) ENGINE=InnoDB;

CREATE TABLE orders (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    term_start       DATE         NOT NULL,
    term_months      INT          NOT NULL,
    monthly_fee_amount   DECIMAL(14,2) NOT NULL,
    monthly_fee_currency CHAR(3)      NOT NULL,
    minimum_monthly_amount   DECIMAL(14,2) NOT NULL,
    minimum_monthly_currency CHAR(3)      NOT NULL,
    state            VARCHAR(30)  NOT NULL,
    activation_date  DATE,
    cancelled_at     DATETIME(6),
    cancellation_reason VARCHAR(1000),
    cancellation_fee_amount   DECIMAL(14,2),
    cancellation_fee_currency CHAR(3),
    terminated_on    DATE,
    termination_reason VARCHAR(1000),
    termination_clause VARCHAR(20),
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_orders_customer (customer_id, id),
    INDEX ix_orders_state (state, id)
) ENGINE=InnoDB;

CREATE TABLE order_spaces (
    order_id         CHAR(36)     NOT NULL,
    space_id         CHAR(36)     NOT NULL,
    PRIMARY KEY (order_id, space_id),
    INDEX ix_order_spaces_space (space_id),
    CONSTRAINT fk_order_spaces_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_order_spaces_space FOREIGN KEY (space_id) REFERENCES spaces (id)
) ENGINE=InnoDB;

CREATE TABLE audit_records (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    at               DATETIME(6)  NOT NULL,
    actor_subject    VARCHAR(200) NOT NULL,
    actor_roles      VARCHAR(200) NOT NULL,
    object_type      VARCHAR(40)  NOT NULL,
    object_id        VARCHAR(36)  NOT NULL,
    action           VARCHAR(60)  NOT NULL,
    reason           VARCHAR(2000),
    before_json      MEDIUMTEXT,
    after_json       MEDIUMTEXT,
    INDEX ix_audit_object (object_type, object_id, id),
    INDEX ix_audit_at (at)
) ENGINE=InnoDB;

-- The audit trail is append-only, in the database as in the API.
CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only';
CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only';

CREATE TABLE idempotency_keys (
    actor_subject    VARCHAR(200) NOT NULL,
    scope            VARCHAR(300) NOT NULL,
    idem_key         VARCHAR(200) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    status           INT,
    location         VARCHAR(500),
    etag             VARCHAR(40),
    response_body    MEDIUMTEXT,
    PRIMARY KEY (actor_subject, scope, idem_key),
    INDEX ix_idempotency_created (created_at)
) ENGINE=InnoDB;
