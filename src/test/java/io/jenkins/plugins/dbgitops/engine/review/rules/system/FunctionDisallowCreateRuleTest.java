package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionDisallowCreateRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new FunctionDisallowCreateRule();
    }

    @Test
    void shouldReportAPostgreSqlFunctionWithADollarQuotedBody() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (a int);\n\n"
                + "CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN NEW;\nEND\n$$;");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).startsWith("The statement creates function touch");
    }

    @Test
    void shouldIgnoreATableNamedFunction() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE `function` (a int);\nCREATE PROCEDURE p() BEGIN END;"))
                .isEmpty();
    }
}
