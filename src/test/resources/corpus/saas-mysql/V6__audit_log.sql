-- Mistake: MyISAM is not transactional and has no foreign keys.
CREATE TABLE audit_log (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT UNSIGNED NOT NULL,
    actor_id    BIGINT UNSIGNED,
    action      VARCHAR(64) NOT NULL,
    payload     JSON,
    created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_audit_log_tenant_created (tenant_id, created_at)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;
