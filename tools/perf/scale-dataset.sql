-- A synthetic portfolio for one agency, bulk-inserted as the owner (psql -v entities=5000 -f ...):
-- per entity 4 stores, 2 representatives, 12 documents (licence, 2 ID cards, 9 others, some for
-- one site only); an open case on every 6.25th entity (restricting its store on the case's site);
-- 1% archived; expiries spread from 60 days ago to ~3 years ahead, a fifth long-term.
-- Agency id: 00000000-0000-4000-8000-000000000001. "Today" is the server's current date.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO agencies (id, name, slug) VALUES ('00000000-0000-4000-8000-000000000001', 'Scale', 'scale');

CREATE TEMP TABLE n AS SELECT :entities::int AS entities;

INSERT INTO seller_entities (id, agency_id, legal_name, uscc, registered_representative_name, archived_at)
SELECT md5('e' || i)::uuid, '00000000-0000-4000-8000-000000000001', 'Entity ' || i,
       'U' || lpad(i::text, 17, '0'), 'Rep ' || i, CASE WHEN i % 100 = 0 THEN now() END
  FROM generate_series(1, (SELECT entities FROM n)) i;

INSERT INTO stores (id, agency_id, seller_entity_id, site, shop_name, lazada_seller_id)
SELECT md5('s' || i || '-' || k)::uuid, '00000000-0000-4000-8000-000000000001', md5('e' || i)::uuid,
       (ARRAY['MY','SG','PH','TH','VN','ID'])[1 + (i + k) % 6], 'Shop ' || i || '-' || k, 'L' || i || '-' || k
  FROM generate_series(1, (SELECT entities FROM n)) i, generate_series(1, 4) k;
UPDATE stores SET status = 'CLOSED' WHERE abs(hashtext(id::text)) % 50 = 0;

INSERT INTO representatives (id, agency_id, seller_entity_id, full_name, role, id_type, id_number_ciphertext,
                             id_number_key_id, id_number_hash, id_number_masked, id_expires_on)
SELECT md5('r' || i || '-' || k)::uuid, '00000000-0000-4000-8000-000000000001', md5('e' || i)::uuid,
       'Rep ' || i || '-' || k, 'LEGAL_REPRESENTATIVE', 'CN_RESIDENT_ID', 'x', 'k1', md5('h' || i || '-' || k), 'x',
       CASE WHEN abs(hashtext('r' || i || k)) % 5 = 0 THEN NULL
            ELSE current_date - 60 + abs(hashtext('re' || i || k)) % 1100 END
  FROM generate_series(1, (SELECT entities FROM n)) i, generate_series(1, 2) k;

INSERT INTO documents (id, agency_id, seller_entity_id, representative_id, type, expires_on, sites, created_at)
SELECT md5('d' || i || '-' || k)::uuid, '00000000-0000-4000-8000-000000000001', md5('e' || i)::uuid,
       CASE WHEN k IN (2, 3) THEN md5('r' || i || '-' || (k - 1))::uuid END,
       CASE k WHEN 1 THEN 'BUSINESS_LICENSE' WHEN 2 THEN 'RESIDENT_ID_CARD' WHEN 3 THEN 'RESIDENT_ID_CARD'
              ELSE (ARRAY['PRODUCT_FILING','TRADEMARK_CERTIFICATE','ISO_CERTIFICATE','BANK_ACCOUNT_PROOF','OTHER'])[1 + k % 5] END,
       CASE WHEN k IN (2, 3) THEN r.id_expires_on
            WHEN abs(hashtext('d' || i || k)) % 5 = 0 THEN NULL
            ELSE current_date - 60 + abs(hashtext('de' || i || k)) % 1100 END,
       CASE WHEN k > 3 AND k % 3 = 0 THEN ARRAY[(ARRAY['MY','SG','PH','TH','VN','ID'])[1 + (i + k) % 6]] ELSE '{}' END,
       now() - make_interval(days => 400 - k)
  FROM generate_series(1, (SELECT entities FROM n)) i
  CROSS JOIN generate_series(1, 12) k
  LEFT JOIN representatives r ON k IN (2, 3) AND r.id = md5('r' || i || '-' || (k - 1))::uuid;

-- Open cases: every 6.25th entity (800 of 5,000), deadlines from 3 days ago to 3 days ahead.
INSERT INTO verification_cases (id, agency_id, seller_entity_id, representative_id, site, trigger,
                                notice_received_at, deadline_at)
SELECT md5('c' || i)::uuid, '00000000-0000-4000-8000-000000000001', md5('e' || i)::uuid, md5('r' || i || '-1')::uuid,
       (ARRAY['MY','SG','PH','TH','VN','ID'])[1 + (i + 1) % 6], 'LISTING_BURST',
       now() - make_interval(hours => abs(hashtext('cd' || i)) % 144),
       now() - make_interval(hours => abs(hashtext('cd' || i)) % 144) + interval '72 hours'
  FROM generate_series(1, (SELECT entities FROM n)) i WHERE i % 25 IN (0, 4, 8, 12);
UPDATE stores s SET status = 'RESTRICTED', restricted_modules = '{PRODUCT_LISTING,ORDERS,FINANCE}',
       freeze_until = CASE WHEN abs(hashtext(s.id::text)) % 2 = 0 THEN now() + interval '2 days' END
  FROM verification_cases c
 WHERE c.seller_entity_id = s.seller_entity_id AND c.site = s.site AND s.status = 'ACTIVE';
-- Some stores frozen by Lazada without a case.
UPDATE stores SET status = 'FROZEN', freeze_until = now() + interval '10 days'
 WHERE status = 'ACTIVE' AND abs(hashtext(id::text || 'f')) % 200 = 0;
COMMIT;
ANALYZE;
SELECT (SELECT count(*) FROM seller_entities) entities, (SELECT count(*) FROM stores) stores,
       (SELECT count(*) FROM representatives) reps, (SELECT count(*) FROM documents) docs,
       (SELECT count(*) FROM verification_cases) cases,
       (SELECT count(*) FROM stores WHERE status <> 'ACTIVE') not_active;
