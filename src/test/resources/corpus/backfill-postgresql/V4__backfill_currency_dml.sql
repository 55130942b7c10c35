-- Step 2 of 3: backfill in batches so no transaction holds row locks for long.
SET lock_timeout = '2s';
SET statement_timeout = '5min';

UPDATE invoices SET currency = 'EUR'
WHERE id BETWEEN 1 AND 100000 AND currency IS NULL;

UPDATE invoices SET currency = 'EUR'
WHERE id BETWEEN 100001 AND 200000 AND currency IS NULL;

UPDATE invoices i SET currency = 'USD'
FROM accounts a
WHERE a.id = i.account_id AND a.country = 'US' AND i.currency = 'EUR';

DO $$
DECLARE
    batch_start bigint := 200001;
BEGIN
    LOOP
        UPDATE invoices SET currency = 'EUR'
        WHERE id BETWEEN batch_start AND batch_start + 99999 AND currency IS NULL;
        EXIT WHEN NOT FOUND;
        batch_start := batch_start + 100000;
        COMMIT;
    END LOOP;
END
$$;
