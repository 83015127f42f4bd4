-- Demo data for dev mode only (quarkus.flyway.locations in the dev profile).
-- Fixed ids so that the README's curl calls work as written.
INSERT INTO facilities (id, version, created_at, updated_at, code, name, line1, line2, city, region, postal_code,
                        country, time_zone, operating_state, state_reason, backup_facility_id)
VALUES ('0190c7a4-0000-7000-8000-0000000000f2', 0, NOW(6), NOW(6), 'ATL2', 'Atlanta Suwanee',
        '1000 Satellite Blvd', NULL, 'Suwanee', 'GA', '30024', 'US', 'America/New_York', 'NORMAL', NULL, NULL),
       ('0190c7a4-0000-7000-8000-0000000000f1', 0, NOW(6), NOW(6), 'ATL1', 'Atlanta Downtown',
        '250 Williams Street', 'Suite E-100', 'Atlanta', 'GA', '30303', 'US', 'America/New_York', 'NORMAL', NULL,
        '0190c7a4-0000-7000-8000-0000000000f2');

INSERT INTO customers (id, version, created_at, updated_at, code, legal_name, line1, line2, city, region, postal_code,
                       country)
VALUES ('0190c7a4-0000-7000-8000-0000000000c1', 0, NOW(6), NOW(6), 'SOUNDBITE', 'Soundbite Communications, Inc.',
        '5 Burlington Woods Drive', NULL, 'Burlington', 'MA', '01803', 'US'),
       ('0190c7a4-0000-7000-8000-0000000000c2', 0, NOW(6), NOW(6), 'ACME', 'Acme Hosting LLC',
        '1 Peachtree Center', NULL, 'Atlanta', 'GA', '30303', 'US');

INSERT INTO customer_contacts (customer_id, position, name, email, phone, role)
VALUES ('0190c7a4-0000-7000-8000-0000000000c1', 0, 'Dana Reyes', 'dana.reyes@soundbite.example', '+1 781 555 0100',
        'Technical'),
       ('0190c7a4-0000-7000-8000-0000000000c2', 0, 'Lee Park', 'lee.park@acme.example', NULL, 'Billing');

INSERT INTO spaces (id, version, created_at, updated_at, facility_id, code, kind, rack_units, power_kw, area_sqm,
                    environmental_class, underlying_lease_ref, underlying_lease_ended_on, state, customer_id, order_id)
VALUES ('0190c7a4-0000-7000-8000-0000000005a1', 0, '2025-12-15 00:00:00', NOW(6), '0190c7a4-0000-7000-8000-0000000000f1',
        'ATL1-C001', 'CAGE', 168, 24.00, 18.50, 'A1', 'LL-2019-ATL-7', NULL, 'LEASED',
        '0190c7a4-0000-7000-8000-0000000000c1', '0190c7a4-0000-7000-8000-0000000000d1'),
       ('0190c7a4-0000-7000-8000-0000000005a2', 0, '2025-12-15 00:00:00', NOW(6), '0190c7a4-0000-7000-8000-0000000000f1',
        'ATL1-K101', 'CABINET', 42, 8.00, 1.20, 'A1', NULL, NULL, 'LEASED',
        '0190c7a4-0000-7000-8000-0000000000c1', '0190c7a4-0000-7000-8000-0000000000d1'),
       ('0190c7a4-0000-7000-8000-0000000005a3', 0, NOW(6), NOW(6), '0190c7a4-0000-7000-8000-0000000000f1',
        'ATL1-C002', 'CAGE', 126, 16.00, 14.00, 'A2', NULL, NULL, 'AVAILABLE', NULL, NULL),
       ('0190c7a4-0000-7000-8000-0000000005a4', 0, NOW(6), NOW(6), '0190c7a4-0000-7000-8000-0000000000f2',
        'ATL2-S01', 'SUITE', 840, 120.00, 95.00, 'A1', NULL, NULL, 'AVAILABLE', NULL, NULL),
       -- a cabinet comparable to ATL1-K101, free to relocate to (§3.2)
       ('0190c7a4-0000-7000-8000-0000000005a5', 0, NOW(6), NOW(6), '0190c7a4-0000-7000-8000-0000000000f1',
        'ATL1-K102', 'CABINET', 42, 8.00, 1.20, 'A1', NULL, NULL, 'AVAILABLE', NULL, NULL);

INSERT INTO orders (id, version, created_at, updated_at, customer_id, term_start, term_months, monthly_fee_amount,
                    monthly_fee_currency, minimum_monthly_amount, minimum_monthly_currency, state, activation_date)
VALUES ('0190c7a4-0000-7000-8000-0000000000d1', 0, NOW(6), NOW(6), '0190c7a4-0000-7000-8000-0000000000c1',
        '2026-01-01', 36, 4200.00, 'USD', 3500.00, 'USD', 'ACTIVE', '2026-01-01'),
       ('0190c7a4-0000-7000-8000-0000000000d2', 0, NOW(6), NOW(6), '0190c7a4-0000-7000-8000-0000000000c2',
        '2027-01-01', 24, 2100.00, 'USD', 2000.00, 'USD', 'PENDING_ACTIVATION', NULL);

INSERT INTO order_spaces (order_id, space_id)
VALUES ('0190c7a4-0000-7000-8000-0000000000d1', '0190c7a4-0000-7000-8000-0000000005a1'),
       ('0190c7a4-0000-7000-8000-0000000000d1', '0190c7a4-0000-7000-8000-0000000005a2'),
       ('0190c7a4-0000-7000-8000-0000000000d2', '0190c7a4-0000-7000-8000-0000000005a3');

-- SOUNDBITE's equipment in its cabinet ATL1-K101 (the README's end-of-term walk-through): two items
-- of its own and a PDU the provider owns (§7.6(iii)). The spaces above exist since 2025-12-15, so an
-- underlying lease can be recorded as ended weeks ago.
INSERT INTO equipment (id, version, created_at, updated_at, customer_id, space_id, name, manufacturer, model, serial,
                       asset_tag, rack_unit_from, rack_units, power_draw_kw, owner, state, registered_by)
VALUES ('0190c7a4-0000-7000-8000-0000000000e1', 0, '2026-01-02 00:00:00', '2026-01-02 00:00:00',
        '0190c7a4-0000-7000-8000-0000000000c1', '0190c7a4-0000-7000-8000-0000000005a2', 'Edge router 1', 'Juniper',
        'MX204', 'JN11F2A3BAFB', 'SB-000412', 10, 1, 0.450, 'CUSTOMER', 'INSTALLED', 'demo'),
       ('0190c7a4-0000-7000-8000-0000000000e2', 0, '2026-01-02 00:00:00', '2026-01-02 00:00:00',
        '0190c7a4-0000-7000-8000-0000000000c1', '0190c7a4-0000-7000-8000-0000000005a2', 'Storage array', 'NetApp',
        'AFF A250', 'NA7731002', 'SB-000413', 20, 2, 0.800, 'CUSTOMER', 'INSTALLED', 'demo'),
       ('0190c7a4-0000-7000-8000-0000000000e3', 0, '2026-01-02 00:00:00', '2026-01-02 00:00:00',
        '0190c7a4-0000-7000-8000-0000000000c1', '0190c7a4-0000-7000-8000-0000000005a2', 'Metered PDU', 'APC',
        'AP8881', 'APC5512090', 'PROV-00731', 41, 1, 0.010, 'PROVIDER', 'INSTALLED', 'demo');

INSERT INTO equipment_custody (id, equipment_id, at, event, actor_subject, reason, space_id, rack_unit_from, rack_units)
VALUES ('0190c7a4-0000-7000-8000-0000000001e1', '0190c7a4-0000-7000-8000-0000000000e1', '2026-01-02 00:00:00',
        'PLACED', 'demo', NULL, '0190c7a4-0000-7000-8000-0000000005a2', 10, 1),
       ('0190c7a4-0000-7000-8000-0000000001e2', '0190c7a4-0000-7000-8000-0000000000e2', '2026-01-02 00:00:00',
        'PLACED', 'demo', NULL, '0190c7a4-0000-7000-8000-0000000005a2', 20, 2),
       ('0190c7a4-0000-7000-8000-0000000001e3', '0190c7a4-0000-7000-8000-0000000000e3', '2026-01-02 00:00:00',
        'PLACED', 'demo', NULL, '0190c7a4-0000-7000-8000-0000000005a2', 41, 1);
