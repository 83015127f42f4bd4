-- Lien actions on nonpayment (§3.5, rules 14-16): restriction of access to spaces and
-- possession of equipment, standing until operations releases them.
CREATE TABLE lien_actions (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    customer_id      CHAR(36)      NOT NULL,
    notice_id        CHAR(36)      NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    restricts_access BOOLEAN       NOT NULL,
    storage_location VARCHAR(200),
    possessed_on     DATE,
    reason           VARCHAR(1000) NOT NULL,
    enforced_by      VARCHAR(200)  NOT NULL,
    enforced_at      DATETIME(6)   NOT NULL,
    released_by      VARCHAR(200),
    released_at      DATETIME(6),
    release_note     VARCHAR(1000),
    CONSTRAINT fk_lien_actions_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_lien_actions_customer (customer_id, id),
    INDEX ix_lien_actions_state (state, id)
) ENGINE=InnoDB;

-- The spaces a lien action restricts; the access check reads it by space.
CREATE TABLE lien_action_spaces (
    lien_action_id   CHAR(36)      NOT NULL,
    space_id         CHAR(36)      NOT NULL,
    PRIMARY KEY (lien_action_id, space_id),
    CONSTRAINT fk_lien_action_spaces_action FOREIGN KEY (lien_action_id) REFERENCES lien_actions (id),
    CONSTRAINT fk_lien_action_spaces_space FOREIGN KEY (space_id) REFERENCES spaces (id),
    INDEX ix_lien_action_spaces_space (space_id, lien_action_id)
) ENGINE=InnoDB;

-- The equipment a lien action took into the provider's possession.
CREATE TABLE lien_action_items (
    lien_action_id   CHAR(36)      NOT NULL,
    equipment_id     CHAR(36)      NOT NULL,
    PRIMARY KEY (lien_action_id, equipment_id),
    CONSTRAINT fk_lien_action_items_action FOREIGN KEY (lien_action_id) REFERENCES lien_actions (id)
) ENGINE=InnoDB;
