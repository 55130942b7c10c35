package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowSetGlobalRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowSetGlobalRule();
    }

    @Test
    void shouldReportGlobalPersistAndAtAtGlobalForms() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "SET SESSION sort_buffer_size = 1048576;\n"
                + "SET PERSIST max_connections = 500;\nSET @@GLOBAL.long_query_time = 1;");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(1).message()).startsWith("SET GLOBAL changes server variable long_query_time");
    }

    @Test
    void shouldReportAlterSystemButNotSessionSettingsInPostgreSql() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL,
                "SET lock_timeout = '5s';\nALTER SYSTEM SET work_mem = '64MB';"))).containsExactly(2);
    }
}
