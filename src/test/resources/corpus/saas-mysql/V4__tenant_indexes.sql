ALTER TABLE projects ADD INDEX idx_projects_tenant (tenant_id), ADD KEY idx_projects_name (name);

ALTER TABLE users ADD INDEX idx_users_role (role), ALGORITHM=INPLACE, LOCK=NONE;

-- Mistake: the column is called slug.
CREATE INDEX idx_tenants_domain ON tenants (domain);
