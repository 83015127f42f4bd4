-- One human, one record at the door (§3.2): while a person is REQUESTED or APPROVED
-- (listed = TRUE), no other person of the same customer may hold the same identity document.
-- The service refuses a second request with 409; this key makes two concurrent requests unable
-- to both succeed. Other states leave listed NULL, which a unique key never compares.
ALTER TABLE people
    ADD COLUMN listed BOOLEAN NULL,
    ADD CONSTRAINT uk_people_listed_document UNIQUE (customer_id, id_document_hash, listed);
UPDATE people SET listed = TRUE WHERE state IN ('REQUESTED', 'APPROVED');
