-- Relocations (§3.2, §2.1; rules 18-20): a move of a customer's equipment, with the order's
-- lease and its people's and visits' space scope, from one space to another.
CREATE TABLE relocations (
    id                      CHAR(36)      NOT NULL PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    customer_id             CHAR(36)      NOT NULL,
    order_id                CHAR(36)      NOT NULL,
    from_space_id           CHAR(36)      NOT NULL,
    to_space_id             CHAR(36)      NOT NULL,
    initiator               VARCHAR(20)   NOT NULL,
    state                   VARCHAR(20)   NOT NULL,
    reason                  VARCHAR(1000) NOT NULL,
    move_on                 DATE          NOT NULL,
    -- §3.2: the RELOCATION notice a required move runs from, and the end of its notice period
    notice_id               CHAR(36),
    notice_deemed_given_on  DATE,
    notice_period_ends_on   DATE,
    -- the instant the notice period runs out (start of that day in the customer's zone):
    -- from then on a proposed required move reads SCHEDULED
    schedules_at            DATETIME(6),
    customer_agreement_ref  VARCHAR(200),
    other_facility_reason   VARCHAR(1000),
    requested_by            VARCHAR(200)  NOT NULL,
    acknowledged_by         VARCHAR(200),
    acknowledged_at         DATETIME(6),
    decided_by              VARCHAR(200),
    decided_at              DATETIME(6),
    started_by              VARCHAR(200),
    started_at              DATETIME(6),
    completed_by            VARCHAR(200),
    completed_at            DATETIME(6),
    old_space_state         VARCHAR(20),
    cost_amount             DECIMAL(14,2),
    cost_currency           CHAR(3),
    cost_borne_by           VARCHAR(20)   NOT NULL,
    charge_id               CHAR(36),
    closed_by               VARCHAR(200),
    closed_at               DATETIME(6),
    close_reason            VARCHAR(1000),
    declined                BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_relocations_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_relocations_from FOREIGN KEY (from_space_id) REFERENCES spaces (id),
    CONSTRAINT fk_relocations_to FOREIGN KEY (to_space_id) REFERENCES spaces (id),
    INDEX ix_relocations_customer (customer_id, id),
    INDEX ix_relocations_from (from_space_id, id),
    INDEX ix_relocations_to (to_space_id, state),
    INDEX ix_relocations_state (state, id)
) ENGINE=InnoDB;

-- The equipment a completed relocation moved.
CREATE TABLE relocation_items (
    relocation_id           CHAR(36)      NOT NULL,
    equipment_id            CHAR(36)      NOT NULL,
    PRIMARY KEY (relocation_id, equipment_id),
    CONSTRAINT fk_relocation_items_relocation FOREIGN KEY (relocation_id) REFERENCES relocations (id)
) ENGINE=InnoDB;
