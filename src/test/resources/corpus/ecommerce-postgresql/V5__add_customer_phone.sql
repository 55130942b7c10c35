-- Phone numbers for delivery notifications.
ALTER TABLE customers ADD COLUMN phone varchar(32);

-- Mistake: NOT NULL without a default fails on a table that already has rows.
ALTER TABLE customers ADD COLUMN country_code char(2) NOT NULL;

ALTER TABLE customers ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false;
