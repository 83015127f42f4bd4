-- Approved people, visits, suspensions and the access decision (DOMAIN rules 1-12).

CREATE TABLE people (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    employer         VARCHAR(200),
    id_document_type VARCHAR(20)  NOT NULL,
    -- Keyed hash of the document number, for matching at the door; the number itself is not kept.
    id_document_hash CHAR(64)     NOT NULL,
    id_document_last4 VARCHAR(4)  NOT NULL,
    all_spaces       BOOLEAN      NOT NULL,
    may_escort       BOOLEAN      NOT NULL,
    may_remove_equipment BOOLEAN  NOT NULL,
    valid_from       DATETIME(6),
    valid_until      DATETIME(6),
    state            VARCHAR(20)  NOT NULL,
    requested_by     VARCHAR(200) NOT NULL,
    approved_by      VARCHAR(200),
    approved_at      DATETIME(6),
    approval_reference VARCHAR(200),
    revoked_by       VARCHAR(200),
    revoked_at       DATETIME(6),
    revocation_reason VARCHAR(30),
    revocation_text  VARCHAR(1000),
    removed_by       VARCHAR(200),
    removed_at       DATETIME(6),
    expired_at       DATETIME(6),
    last_entry_at    DATETIME(6),
    CONSTRAINT fk_people_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_people_customer (customer_id, id),
    INDEX ix_people_document (id_document_hash),
    INDEX ix_people_state (state, id)
) ENGINE=InnoDB;

CREATE TABLE person_spaces (
    person_id        CHAR(36)     NOT NULL,
    space_id         CHAR(36)     NOT NULL,
    PRIMARY KEY (person_id, space_id),
    CONSTRAINT fk_person_spaces_person FOREIGN KEY (person_id) REFERENCES people (id),
    CONSTRAINT fk_person_spaces_space FOREIGN KEY (space_id) REFERENCES spaces (id)
) ENGINE=InnoDB;

CREATE TABLE visits (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    purpose          VARCHAR(30)  NOT NULL,
    description      VARCHAR(1000),
    starts_at        DATETIME(6)  NOT NULL,
    ends_at          DATETIME(6)  NOT NULL,
    escort_person_id CHAR(36),
    escort_waived    BOOLEAN      NOT NULL,
    escort_waiver_reason VARCHAR(1000),
    escort_waived_by VARCHAR(200),
    state            VARCHAR(20)  NOT NULL,
    cancelled_by     VARCHAR(200),
    cancelled_at     DATETIME(6),
    cancellation_reason VARCHAR(1000),
    CONSTRAINT fk_visits_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_visits_escort FOREIGN KEY (escort_person_id) REFERENCES people (id),
    INDEX ix_visits_customer (customer_id, id)
) ENGINE=InnoDB;

CREATE TABLE visit_spaces (
    visit_id         CHAR(36)     NOT NULL,
    space_id         CHAR(36)     NOT NULL,
    PRIMARY KEY (visit_id, space_id),
    CONSTRAINT fk_visit_spaces_visit FOREIGN KEY (visit_id) REFERENCES visits (id),
    CONSTRAINT fk_visit_spaces_space FOREIGN KEY (space_id) REFERENCES spaces (id)
) ENGINE=InnoDB;

CREATE TABLE visitors (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    visit_id         CHAR(36)     NOT NULL,
    position         INT          NOT NULL,
    name             VARCHAR(200) NOT NULL,
    employer         VARCHAR(200),
    id_document_type VARCHAR(20)  NOT NULL,
    id_document_hash CHAR(64)     NOT NULL,
    id_document_last4 VARCHAR(4)  NOT NULL,
    CONSTRAINT fk_visitors_visit FOREIGN KEY (visit_id) REFERENCES visits (id),
    INDEX ix_visitors_visit (visit_id, position),
    INDEX ix_visitors_document (id_document_hash)
) ENGINE=InnoDB;

CREATE TABLE suspensions (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    space_id         CHAR(36)     NOT NULL,
    customer_id      CHAR(36),
    reason           VARCHAR(30)  NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    suspended_by     VARCHAR(200) NOT NULL,
    suspended_at     DATETIME(6)  NOT NULL,
    lifted_by        VARCHAR(200),
    lifted_at        DATETIME(6),
    lift_note        VARCHAR(1000),
    space_state_before VARCHAR(20) NOT NULL,
    -- Set while the suspension stands: at most one standing suspension per space.
    active_space_id  CHAR(36),
    CONSTRAINT fk_suspensions_space FOREIGN KEY (space_id) REFERENCES spaces (id),
    CONSTRAINT uk_suspensions_active UNIQUE (active_space_id),
    INDEX ix_suspensions_space (space_id, id)
) ENGINE=InnoDB;

-- One row per check at a door, granted or denied; append-only like the audit trail.
CREATE TABLE access_events (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    at               DATETIME(6)  NOT NULL,
    checked_at       DATETIME(6)  NOT NULL,
    actor_subject    VARCHAR(200) NOT NULL,
    person_id        VARCHAR(36)  NOT NULL,
    person_kind      VARCHAR(10)  NOT NULL,
    visit_id         CHAR(36),
    space_id         VARCHAR(36)  NOT NULL,
    facility_id      CHAR(36),
    customer_id      CHAR(36),
    space_customer_id CHAR(36),
    direction        VARCHAR(3)   NOT NULL,
    decision         VARCHAR(10)  NOT NULL,
    reason_codes     VARCHAR(500) NOT NULL,
    reasons_json     TEXT         NOT NULL,
    valid_until      DATETIME(6),
    escort_required  BOOLEAN      NOT NULL,
    INDEX ix_events_person (person_id, id),
    INDEX ix_events_space (space_id, id),
    INDEX ix_events_facility (facility_id, id),
    INDEX ix_events_customer (customer_id, id),
    INDEX ix_events_space_customer (space_customer_id, id),
    INDEX ix_events_at (at)
) ENGINE=InnoDB;

CREATE TRIGGER access_events_no_update BEFORE UPDATE ON access_events FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access events are append-only';
CREATE TRIGGER access_events_no_delete BEFORE DELETE ON access_events FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access events are append-only';
