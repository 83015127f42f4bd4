-- Rule 12, rule 11: a granted entry of a person is one statement. The access event's insert
-- itself keeps the person's last entry current and refuses the entry of a person who is no
-- longer APPROVED (a revocation, removal or lapse committed after the check read its facts):
-- the statement fails with SQLSTATE 40001 (serialization failure), nothing is written, and the
-- check decides again on fresh facts. One round trip and one durable commit per recorded check,
-- where an explicit transaction of an UPDATE and an INSERT took four.
-- The row lock on the person is taken first (FOR UPDATE), so two entries of the same person
-- queue rather than deadlock, and a revocation waits for the entry or the entry for it.
DELIMITER $$
CREATE TRIGGER access_events_entry BEFORE INSERT ON access_events FOR EACH ROW
BEGIN
    DECLARE approved INT DEFAULT 0;
    IF NEW.decision = 'GRANTED' AND NEW.direction = 'IN' AND NEW.person_kind = 'PERSON' THEN
        SELECT COUNT(*) INTO approved FROM people WHERE id = NEW.person_id AND state = 'APPROVED' FOR UPDATE;
        IF approved = 0 THEN
            SIGNAL SQLSTATE '40001'
                SET MESSAGE_TEXT = 'access entry refused: the person is no longer APPROVED; decide again';
        END IF;
        UPDATE people SET last_entry_at = GREATEST(COALESCE(last_entry_at, NEW.at), NEW.at)
         WHERE id = NEW.person_id;
    END IF;
END$$
DELIMITER ;
