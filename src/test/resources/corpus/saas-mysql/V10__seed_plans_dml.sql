INSERT INTO tenants (slug, display_name, plan) VALUES ('acme', 'Acme Corp', 'enterprise'), ('globex', 'Globex', 'team');

-- Mistake: resets every tenant.
UPDATE tenants SET plan = 'free';

DELETE FROM projects WHERE archived = 1 AND created_at < '2020-01-01';

INSERT INTO users (tenant_id, email) SELECT id, CONCAT('admin@', slug, '.example') FROM tenants;
