ALTER TABLE users DROP FOREIGN KEY fk_users_tenant;

DROP INDEX idx_projects_name ON projects;

ALTER TABLE users DROP COLUMN role;
