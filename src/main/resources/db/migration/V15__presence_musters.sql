-- Who is inside, and the evacuation roll call (DOMAIN rule 31a; BCP, "Our Business Continuity
-- Plan": the safety of employees, customers and guests).

-- Presence is each person's last granted passage at a facility: with this index the database
-- finds it per person by a loose scan of (facility, decision, person) taking the greatest `at`,
-- without reading the other events of the facility. The access check writes nothing new.
CREATE INDEX ix_events_presence ON access_events (facility_id, decision, person_id, at);

-- A muster: the roll call of one facility during an evacuation; at most one open per facility.
CREATE TABLE musters (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    facility_id      CHAR(36)     NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    started_by       VARCHAR(200) NOT NULL,
    started_at       DATETIME(6)  NOT NULL,
    closed_by        VARCHAR(200),
    closed_at        DATETIME(6),
    close_note       VARCHAR(1000),
    -- The facility's id while the muster is open, null once closed: one open muster per facility.
    open_facility_id CHAR(36),
    CONSTRAINT fk_musters_facility FOREIGN KEY (facility_id) REFERENCES facilities (id),
    CONSTRAINT uk_musters_open UNIQUE (open_facility_id),
    INDEX ix_musters_facility (facility_id, id)
) ENGINE=InnoDB;

-- The presence at the muster's start, frozen into it.
CREATE TABLE muster_roll (
    muster_id        CHAR(36)     NOT NULL,
    person_id        CHAR(36)     NOT NULL,
    person_kind      VARCHAR(10)  NOT NULL,
    name             VARCHAR(200),
    customer_id      CHAR(36),
    visit_id         CHAR(36),
    space_id         CHAR(36)     NOT NULL,
    space_code       VARCHAR(40),
    entered_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (muster_id, person_id),
    CONSTRAINT fk_muster_roll_muster FOREIGN KEY (muster_id) REFERENCES musters (id)
) ENGINE=InnoDB;

-- Who was accounted for at the muster point, by whom and when; one mark per person.
CREATE TABLE muster_accounts (
    muster_id        CHAR(36)     NOT NULL,
    person_id        CHAR(36)     NOT NULL,
    accounted_at     DATETIME(6)  NOT NULL,
    accounted_by     VARCHAR(200) NOT NULL,
    location         VARCHAR(200) NOT NULL,
    note             VARCHAR(1000),
    PRIMARY KEY (muster_id, person_id),
    CONSTRAINT fk_muster_accounts_muster FOREIGN KEY (muster_id) REFERENCES musters (id)
) ENGINE=InnoDB;

-- A roll and its marks are records of the evacuation: no API changes or deletes them.
CREATE TRIGGER muster_roll_no_update BEFORE UPDATE ON muster_roll FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a muster roll is append-only';
CREATE TRIGGER muster_roll_no_delete BEFORE DELETE ON muster_roll FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a muster roll is append-only';
CREATE TRIGGER muster_accounts_no_update BEFORE UPDATE ON muster_accounts FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'muster marks are append-only';
CREATE TRIGGER muster_accounts_no_delete BEFORE DELETE ON muster_accounts FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'muster marks are append-only';
