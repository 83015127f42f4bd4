-- The failover run's data set (ops/galera-failover.sh): one facility, one customer with one
-- cabinet leased by one active order, and @people people approved for all its spaces.
-- Ids as in bench/seed.sql: 00000000-0000-7000-<kind>-<n as 12 hex digits>.
SET @now = UTC_TIMESTAMP(6);
SET @fac = '00000000-0000-7000-9001-000000000001', @cus = '00000000-0000-7000-9002-000000000001',
    @spa = '00000000-0000-7000-9003-000000000001', @ord = '00000000-0000-7000-9004-000000000001';

INSERT INTO facilities (id, version, created_at, updated_at, code, name, line1, city, country, time_zone,
                        operating_state)
VALUES (@fac, 0, @now, @now, 'GF1', 'Failover facility', '1 Failover Way', 'Atlanta', 'US', 'America/New_York',
        'NORMAL');
INSERT INTO customers (id, version, created_at, updated_at, code, legal_name, line1, city, country)
VALUES (@cus, 0, @now, @now, 'GFC', 'Failover customer', '1 Failover Way', 'Atlanta', 'US');
INSERT INTO orders (id, version, created_at, updated_at, customer_id, term_start, term_months, monthly_fee_amount,
                    monthly_fee_currency, minimum_monthly_amount, minimum_monthly_currency, state, activation_date)
VALUES (@ord, 0, @now, @now, @cus, '2026-01-01', 60, 4200.00, 'USD', 3500.00, 'USD', 'ACTIVE', '2026-01-01');
INSERT INTO spaces (id, version, created_at, updated_at, facility_id, code, kind, rack_units, power_kw, area_sqm,
                    environmental_class, state, customer_id, order_id)
VALUES (@spa, 0, @now, @now, @fac, 'GF1-K001', 'CABINET', 42, 8.00, 1.20, 'A1', 'LEASED', @cus, @ord);
INSERT INTO order_spaces (order_id, space_id) VALUES (@ord, @spa);

INSERT INTO people (id, version, created_at, updated_at, customer_id, name, email, id_document_type,
                    id_document_hash, id_document_last4, all_spaces, may_escort, may_remove_equipment, state,
                    requested_by, approved_by, approved_at, approval_reference, last_entry_at)
SELECT CONCAT('00000000-0000-7000-9005-', LPAD(LOWER(HEX(seq)), 12, '0')), 0, @now, @now, @cus,
       CONCAT('Person ', seq), CONCAT('p', seq, '@failover.example'), 'PASSPORT', SHA2(CONCAT('doc', seq), 256),
       RIGHT(CONCAT('000', seq), 4), 1, 0, 0, 'APPROVED', 'seed', 'seed', @now - INTERVAL 30 DAY, 'SEED',
       @now - INTERVAL 1 DAY
  FROM seq_1_to_10000 WHERE seq <= @people;
