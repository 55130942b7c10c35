package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowMixInDdlRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowMixInDdlRule();
    }

    @Test
    void shouldFlagEachDmlStatementAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "ALTER TABLE tech_book ADD COLUMN author TEXT;\n"
                + "UPDATE tech_book SET id = 1;\nDELETE FROM tech_book WHERE a > 1;");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("Alter schema can only run DDL, \"UPDATE tech_book SET id = 1\" is not DDL");
    }

    @Test
    void shouldAcceptDmlInADmlFile() {
        assertThat(findings(SqlEngine.MYSQL, "-- dbgitops:type dml\nDELETE FROM tech_book WHERE a > 1;")).isEmpty();
    }
}
