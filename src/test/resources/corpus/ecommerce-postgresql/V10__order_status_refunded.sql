ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
        CREATE ROLE reporting NOLOGIN;
    END IF;
END
$$;
