package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionDisallowedListRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new FunctionDisallowedListRule();
    }

    @Test
    void shouldReportAFunctionInAColumnDefaultLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE employee (\n"
                + "  id varchar(36) DEFAULT (UUID()) PRIMARY KEY,\n  name varchar(255)\n);\nSELECT RAND();");

        assertThat(lines(findings)).containsExactly(1, 5);
        assertThat(findings.get(0).message()).startsWith("Function UUID is disallowed");
    }

    @Test
    void shouldIgnoreNamesInStringsCommentsAndColumns() {
        assertThat(findings(SqlEngine.MYSQL, "INSERT INTO t (rand, note) VALUES (1, 'sleep(5)'); -- uuid()"))
                .isEmpty();
    }

    @Test
    void shouldUseTheConfiguredList() {
        assertThat(lines(findings(SqlEngine.MYSQL, Map.of("list", List.of("now")), "", "SELECT SLEEP(1), NOW();")))
                .containsExactly(1);
    }
}
