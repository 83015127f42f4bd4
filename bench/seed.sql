-- Benchmark data set, generated in the database with MariaDB's SEQUENCE engine.
-- @people people across 2,000 customers (50 each at 100,000), 10,000 spaces in 20 facilities
-- (5 per customer, each leased by one active order), @events past access events (one a second
-- until now, spread over people and spaces).
-- Id of row n of a kind: 00000000-0000-7000-<kind>-<n as 12 hex digits>.
SET @fac = '8001', @cus = '8002', @spa = '8003', @ord = '8004', @ppl = '8005', @evt = '8006';
SET @now = UTC_TIMESTAMP(6);
-- Into empty tables without these checks, InnoDB loads in bulk: sorted index builds, minimal undo.
SET SESSION unique_checks = 0, foreign_key_checks = 0;

INSERT INTO facilities (id, version, created_at, updated_at, code, name, line1, city, country, time_zone,
                        operating_state)
SELECT CONCAT('00000000-0000-7000-', @fac, '-', LPAD(LOWER(HEX(seq)), 12, '0')), 0, @now, @now,
       CONCAT('BF', seq), CONCAT('Bench facility ', seq), '1 Bench Way', 'Atlanta', 'US', 'America/New_York',
       IF(seq = 19, 'LOCKDOWN', IF(seq = 18, 'DISRUPTED', 'NORMAL'))
  FROM seq_0_to_19;

INSERT INTO customers (id, version, created_at, updated_at, code, legal_name, line1, city, country)
SELECT CONCAT('00000000-0000-7000-', @cus, '-', LPAD(LOWER(HEX(seq)), 12, '0')), 0, @now, @now,
       CONCAT('BC', seq), CONCAT('Bench customer ', seq), '1 Bench Way', 'Atlanta', 'US'
  FROM seq_0_to_1999;

INSERT INTO orders (id, version, created_at, updated_at, customer_id, term_start, term_months, monthly_fee_amount,
                    monthly_fee_currency, minimum_monthly_amount, minimum_monthly_currency, state, activation_date)
SELECT CONCAT('00000000-0000-7000-', @ord, '-', LPAD(LOWER(HEX(seq)), 12, '0')), 0, @now, @now,
       CONCAT('00000000-0000-7000-', @cus, '-', LPAD(LOWER(HEX(seq)), 12, '0')),
       '2026-01-01', 60, 4200.00, 'USD', 3500.00, 'USD', 'ACTIVE', '2026-01-01'
  FROM seq_0_to_1999;

-- space n: customer n mod 2000, facility n mod 20
INSERT INTO spaces (id, version, created_at, updated_at, facility_id, code, kind, rack_units, power_kw, area_sqm,
                    environmental_class, state, customer_id, order_id)
SELECT CONCAT('00000000-0000-7000-', @spa, '-', LPAD(LOWER(HEX(seq)), 12, '0')), 0, @now, @now,
       CONCAT('00000000-0000-7000-', @fac, '-', LPAD(LOWER(HEX(seq MOD 20)), 12, '0')),
       CONCAT('BS-', seq), 'CABINET', 42, 8.00, 1.20, 'A1', 'LEASED',
       CONCAT('00000000-0000-7000-', @cus, '-', LPAD(LOWER(HEX(seq MOD 2000)), 12, '0')),
       CONCAT('00000000-0000-7000-', @ord, '-', LPAD(LOWER(HEX(seq MOD 2000)), 12, '0'))
  FROM seq_0_to_9999;

INSERT INTO order_spaces (order_id, space_id)
SELECT CONCAT('00000000-0000-7000-', @ord, '-', LPAD(LOWER(HEX(seq MOD 2000)), 12, '0')),
       CONCAT('00000000-0000-7000-', @spa, '-', LPAD(LOWER(HEX(seq)), 12, '0'))
  FROM seq_0_to_9999;

-- person n: customer n mod 2000; 90% APPROVED, 5% REQUESTED, 5% REVOKED; even n cover all spaces,
-- odd n cover one space (space n mod 2000 + 2000 * (n mod 5)).
INSERT INTO people (id, version, created_at, updated_at, customer_id, name, email, id_document_type,
                    id_document_hash, id_document_last4, all_spaces, may_escort, may_remove_equipment, state,
                    requested_by, approved_by, approved_at, approval_reference, last_entry_at)
SELECT CONCAT('00000000-0000-7000-', @ppl, '-', LPAD(LOWER(HEX(seq)), 12, '0')), 0, @now, @now,
       CONCAT('00000000-0000-7000-', @cus, '-', LPAD(LOWER(HEX(seq MOD 2000)), 12, '0')),
       CONCAT('Person ', seq), CONCAT('p', seq, '@bench.example'), 'PASSPORT', SHA2(CONCAT('doc', seq), 256),
       RIGHT(CONCAT('000', seq), 4), seq MOD 2 = 0, seq MOD 3 = 0, 0,
       CASE WHEN seq MOD 20 = 7 THEN 'REQUESTED' WHEN seq MOD 20 = 13 THEN 'REVOKED' ELSE 'APPROVED' END,
       'bench', 'bench', @now - INTERVAL 30 DAY, 'BENCH', @now - INTERVAL 1 DAY
  FROM seq_0_to_999999 WHERE seq < @people;

INSERT INTO person_spaces (person_id, space_id)
SELECT CONCAT('00000000-0000-7000-', @ppl, '-', LPAD(LOWER(HEX(seq)), 12, '0')),
       CONCAT('00000000-0000-7000-', @spa, '-', LPAD(LOWER(HEX((seq MOD 2000) + 2000 * (seq MOD 5))), 12, '0'))
  FROM seq_0_to_999999 WHERE seq < @people AND seq MOD 2 = 1;

INSERT INTO access_events (id, at, checked_at, actor_subject, person_id, person_kind, space_id, facility_id,
                           customer_id, space_customer_id, direction, decision, reason_codes, reasons_json,
                           escort_required)
SELECT CONCAT('00000000-0000-7000-', @evt, '-', LPAD(LOWER(HEX(seq)), 12, '0')),
       @now - INTERVAL (@events - seq) SECOND, @now - INTERVAL (@events - seq) SECOND, 'bench.security',
       CONCAT('00000000-0000-7000-', @ppl, '-', LPAD(LOWER(HEX(seq MOD @people)), 12, '0')), 'PERSON',
       CONCAT('00000000-0000-7000-', @spa, '-', LPAD(LOWER(HEX(seq MOD 10000)), 12, '0')),
       CONCAT('00000000-0000-7000-', @fac, '-', LPAD(LOWER(HEX(seq MOD 20)), 12, '0')),
       CONCAT('00000000-0000-7000-', @cus, '-', LPAD(LOWER(HEX((seq MOD @people) MOD 2000)), 12, '0')),
       CONCAT('00000000-0000-7000-', @cus, '-', LPAD(LOWER(HEX(seq MOD 2000)), 12, '0')),
       'IN', 'GRANTED', '', '[]', 0
  FROM seq_0_to_99999999 WHERE seq < @events;
