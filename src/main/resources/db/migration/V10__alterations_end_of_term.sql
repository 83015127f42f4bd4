-- Alterations of a space (§3.3, rules 21-22): plans, the provider's written consent or
-- refusal, and the work; completed alterations stay with the space.
CREATE TABLE alterations (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    customer_id         CHAR(36)      NOT NULL,
    space_id            CHAR(36)      NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    description         VARCHAR(2000) NOT NULL,
    submitted_by        VARCHAR(200)  NOT NULL,
    consented_by        VARCHAR(200),
    consent_reference   VARCHAR(200),
    consent_conditions  VARCHAR(2000),
    consented_at        DATETIME(6),
    refused_by          VARCHAR(200),
    refusal_reasons     VARCHAR(2000),
    refused_at          DATETIME(6),
    started_at          DATETIME(6),
    completed_at        DATETIME(6),
    withdrawn_at        DATETIME(6),
    withdrawal_reason   VARCHAR(1000),
    CONSTRAINT fk_alterations_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_alterations_space FOREIGN KEY (space_id) REFERENCES spaces (id),
    INDEX ix_alterations_customer (customer_id, id),
    INDEX ix_alterations_space (space_id, state, id),
    INDEX ix_alterations_state (state, id)
) ENGINE=InnoDB;

-- The plans and drawings submitted with an alteration.
CREATE TABLE alteration_documents (
    alteration_id       CHAR(36)      NOT NULL,
    document_reference  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (alteration_id, document_reference),
    CONSTRAINT fk_alteration_documents_alteration FOREIGN KEY (alteration_id) REFERENCES alterations (id)
) ENGINE=InnoDB;

-- The inspection that ends an end of term (§7.6(iv)): the outcome, the provider's restoration
-- cost when it restored the space, and the alterations kept as fixtures.
CREATE TABLE end_of_term_inspections (
    id                          CHAR(36)       NOT NULL PRIMARY KEY,
    version                     BIGINT         NOT NULL,
    created_at                  DATETIME(6)    NOT NULL,
    updated_at                  DATETIME(6)    NOT NULL,
    space_id                    CHAR(36)       NOT NULL,
    order_id                    CHAR(36),
    customer_id                 CHAR(36),
    outcome                     VARCHAR(30)    NOT NULL,
    restoration_cost_amount     DECIMAL(14,2),
    restoration_cost_currency   CHAR(3),
    note                        VARCHAR(1000),
    inspected_by                VARCHAR(200)   NOT NULL,
    inspected_at                DATETIME(6)    NOT NULL,
    CONSTRAINT fk_inspections_space FOREIGN KEY (space_id) REFERENCES spaces (id),
    CONSTRAINT fk_inspections_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_inspections_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT ck_inspections_cost CHECK ((restoration_cost_amount IS NULL) = (restoration_cost_currency IS NULL)),
    INDEX ix_inspections_space (space_id, inspected_at)
) ENGINE=InnoDB;

CREATE TABLE end_of_term_kept_alterations (
    inspection_id       CHAR(36)      NOT NULL,
    alteration_id       CHAR(36)      NOT NULL,
    PRIMARY KEY (inspection_id, alteration_id),
    CONSTRAINT fk_kept_alterations_inspection FOREIGN KEY (inspection_id) REFERENCES end_of_term_inspections (id),
    CONSTRAINT fk_kept_alterations_alteration FOREIGN KEY (alteration_id) REFERENCES alterations (id)
) ENGINE=InnoDB;
