-- Equipment located in spaces (§3.1) under the provider's lien (§3.5, rule 13), and its custody ledger.

CREATE TABLE equipment (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    space_id         CHAR(36)     NOT NULL,
    name             VARCHAR(200) NOT NULL,
    manufacturer     VARCHAR(100),
    model            VARCHAR(100),
    serial           VARCHAR(100),
    asset_tag        VARCHAR(100),
    -- A rack position in a cabinet or cage: both set (first unit from 1, height from 1), or neither.
    rack_unit_from   INT,
    rack_units       INT,
    power_draw_kw    DECIMAL(8,3) NOT NULL,
    owner            VARCHAR(20)  NOT NULL,
    state            VARCHAR(30)  NOT NULL,
    registered_by    VARCHAR(200) NOT NULL,
    storage_location VARCHAR(500),
    lien_action_id   VARCHAR(36),
    left_at          DATETIME(6),
    CONSTRAINT fk_equipment_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_equipment_space FOREIGN KEY (space_id) REFERENCES spaces (id),
    CONSTRAINT ck_equipment_rack_position CHECK ((rack_unit_from IS NULL AND rack_units IS NULL)
        OR (rack_unit_from >= 1 AND rack_units >= 1)),
    CONSTRAINT ck_equipment_power CHECK (power_draw_kw >= 0),
    INDEX ix_equipment_customer (customer_id, id),
    INDEX ix_equipment_space (space_id, id),
    INDEX ix_equipment_state (state, id),
    INDEX ix_equipment_serial (serial),
    INDEX ix_equipment_asset_tag (asset_tag)
) ENGINE=InnoDB;

-- Every change of an item's custody or place, oldest first; append-only like the audit trail.
CREATE TABLE equipment_custody (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    equipment_id     CHAR(36)     NOT NULL,
    at               DATETIME(6)  NOT NULL,
    event            VARCHAR(30)  NOT NULL,
    actor_subject    VARCHAR(200) NOT NULL,
    reason           VARCHAR(1000),
    space_id         CHAR(36),
    rack_unit_from   INT,
    rack_units       INT,
    storage_location VARCHAR(500),
    lien_action_id   VARCHAR(36),
    CONSTRAINT fk_custody_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    INDEX ix_custody_equipment (equipment_id, id)
) ENGINE=InnoDB;

CREATE TRIGGER equipment_custody_no_update BEFORE UPDATE ON equipment_custody FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the custody ledger is append-only';
CREATE TRIGGER equipment_custody_no_delete BEFORE DELETE ON equipment_custody FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the custody ledger is append-only';
