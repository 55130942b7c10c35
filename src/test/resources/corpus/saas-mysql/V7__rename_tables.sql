RENAME TABLE audit_log TO audit_events, subscriptions TO tenant_subscriptions;

-- Mistake: the table was renamed just above.
ALTER TABLE audit_log ADD COLUMN ip VARBINARY(16);

ALTER TABLE audit_events ADD COLUMN ip VARBINARY(16) AFTER actor_id;
