package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowAdminStatementRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowAdminStatementRule();
    }

    @Test
    void shouldReportMySqlReplicationAndServerCommands() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "FLUSH TABLES WITH READ LOCK;\nRESET MASTER;\n"
                + "PURGE BINARY LOGS TO 'mysql-bin.010';\nSTOP REPLICA;\nSHUTDOWN;");

        assertThat(lines(findings)).containsExactly(2, 3, 4, 5);
        assertThat(findings.get(0).message()).startsWith("RESET MASTER is a server administration statement");
    }

    @Test
    void shouldReportTerminatingBackendsInPostgreSqlButNotSessionReset() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "RESET lock_timeout;\n"
                + "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'shop';");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("pg_terminate_backend() acts on other sessions");
    }
}
