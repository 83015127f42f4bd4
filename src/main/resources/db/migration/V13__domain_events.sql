-- Issue 12: the transactional outbox. A business action inserts its events with position NULL in
-- its own transaction; the sequencer later gives committed rows consecutive positions in
-- (occurred_at, id) order. AUTO_INCREMENT order is not commit order, so a reader paging by it
-- could skip a row that commits late; a reader paging by position (> cursor) cannot.
CREATE TABLE domain_events (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    position     BIGINT       NULL,
    type         VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(36)  NOT NULL,
    customer_id  CHAR(36)     NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    payload      LONGTEXT     NOT NULL,
    CONSTRAINT uq_domain_events_position UNIQUE (position),
    KEY ix_domain_events_customer (customer_id, position),
    -- the sequencer's scan of committed, unpositioned rows
    KEY ix_domain_events_unpositioned (position, occurred_at, id)
) ENGINE=InnoDB;

-- One row: the last position given. The sequencer locks it (SELECT ... FOR UPDATE), so two
-- replicas never give the same position.
CREATE TABLE domain_event_sequence (
    id            TINYINT NOT NULL PRIMARY KEY,
    last_position BIGINT  NOT NULL
) ENGINE=InnoDB;

INSERT INTO domain_event_sequence (id, last_position) VALUES (1, 0);
