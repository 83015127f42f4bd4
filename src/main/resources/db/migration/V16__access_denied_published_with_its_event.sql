-- Issue 12, rules 1-12: "access denied at a door" is a domain event written by the access
-- event's own insert, in its statement and transaction, so the door's hot path keeps one round
-- trip and one commit (V12) and no denial is published that did not commit. A check concerns up
-- to two customers, the person's (or visit's) and the space's lessee: each gets its own row and
-- sees only its own side, as /access-events shows it to a customer (the other party's ids are
-- left out, and the reasons are given only to a customer that is both parties). With neither
-- known the one row concerns the provider only. Rows are unpositioned; the sequencer positions
-- them after commit, like every other event.
DELIMITER $$
CREATE TRIGGER access_events_denied AFTER INSERT ON access_events FOR EACH ROW
BEGIN
    DECLARE reasons TEXT DEFAULT IF(NEW.reason_codes = '', '[]',
        CONCAT('["', REPLACE(NEW.reason_codes, ',', '","'), '"]'));
    IF NEW.decision = 'DENIED' THEN
        IF NEW.customer_id IS NULL AND NEW.space_customer_id IS NULL THEN
            INSERT INTO domain_events (id, position, type, subject_type, subject_id, customer_id, occurred_at, payload)
            VALUES (UUID(), NULL, 'ACCESS_DENIED', 'AccessEvent', NEW.id, NULL, NEW.at,
                    JSON_OBJECT('accessEventId', NEW.id, 'personId', NEW.person_id, 'visitId', NEW.visit_id,
                                'spaceId', NEW.space_id, 'facilityId', NEW.facility_id,
                                'direction', NEW.direction, 'reasons', JSON_EXTRACT(reasons, '$')));
        END IF;
        IF NEW.customer_id IS NOT NULL THEN
            INSERT INTO domain_events (id, position, type, subject_type, subject_id, customer_id, occurred_at, payload)
            VALUES (UUID(), NULL, 'ACCESS_DENIED', 'AccessEvent', NEW.id, NEW.customer_id, NEW.at,
                    IF(NEW.customer_id <=> NEW.space_customer_id,
                       JSON_OBJECT('accessEventId', NEW.id, 'personId', NEW.person_id, 'visitId', NEW.visit_id,
                                   'spaceId', NEW.space_id, 'facilityId', NEW.facility_id,
                                   'direction', NEW.direction, 'reasons', JSON_EXTRACT(reasons, '$')),
                       JSON_OBJECT('accessEventId', NEW.id, 'personId', NEW.person_id, 'visitId', NEW.visit_id,
                                   'direction', NEW.direction)));
        END IF;
        IF NEW.space_customer_id IS NOT NULL AND NOT (NEW.space_customer_id <=> NEW.customer_id) THEN
            INSERT INTO domain_events (id, position, type, subject_type, subject_id, customer_id, occurred_at, payload)
            VALUES (UUID(), NULL, 'ACCESS_DENIED', 'AccessEvent', NEW.id, NEW.space_customer_id, NEW.at,
                    JSON_OBJECT('accessEventId', NEW.id, 'spaceId', NEW.space_id, 'facilityId', NEW.facility_id,
                                'direction', NEW.direction));
        END IF;
    END IF;
END$$
DELIMITER ;
