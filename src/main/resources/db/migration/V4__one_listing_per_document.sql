-- One human, one record at the door (§3.2): while a person is REQUESTED or APPROVED
-- (listed = TRUE), no other person of the same customer may hold the same identity document.
-- The service refuses a second request with 409; this key makes two concurrent requests unable
-- to both succeed. Other states leave listed NULL, which a unique key never compares.
ALTER TABLE people ADD COLUMN listed BOOLEAN NULL;
-- Records made before this rule: the earliest listed record of a document keeps the listing;
-- a later duplicate stays as it is but unlisted (it cannot be approved again while the first
-- stands, and operations sees both under the document).
UPDATE people p
  JOIN (SELECT MIN(id) AS id FROM people WHERE state IN ('REQUESTED', 'APPROVED')
         GROUP BY customer_id, id_document_hash) first ON first.id = p.id
   SET p.listed = TRUE;
ALTER TABLE people ADD CONSTRAINT uk_people_listed_document UNIQUE (customer_id, id_document_hash, listed);
