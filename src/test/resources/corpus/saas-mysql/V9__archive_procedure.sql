DELIMITER $$
CREATE PROCEDURE archive_projects(IN p_tenant BIGINT UNSIGNED)
BEGIN
    UPDATE projects SET archived = 1 WHERE tenant_id = p_tenant;
END$$
DELIMITER ;
