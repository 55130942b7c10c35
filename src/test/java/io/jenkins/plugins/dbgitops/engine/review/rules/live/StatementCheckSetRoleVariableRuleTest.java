package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text rule in Bytebase too: no database needed. */
class StatementCheckSetRoleVariableRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new StatementCheckSetRoleVariableRule();
    }

    /** Bytebase's pg/test/statement_check_set_role_variable.yaml. */
    @Test
    void shouldPassBytebasesCases() {
        assertThat(findings(SqlEngine.POSTGRESQL, "SET SESSION ROLE joe; SELECT * FROM t")).isEmpty();
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "INSERT INTO t (id) VALUES (1);");
        assertThat(findings).singleElement().satisfies(finding ->
                assertThat(finding.message()).isEqualTo("No SET ROLE statement found."));
    }

    @Test
    void shouldWantTheRoleBeforeTheFirstStatementThatIsNotASet() {
        assertThat(findings(SqlEngine.POSTGRESQL, "SET lock_timeout = '2s';\nSET search_path = app;\n"
                + "UPDATE t SET a = 1;")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, "UPDATE t SET a = 1;\nSET ROLE joe;")).hasSize(1);
    }
}
