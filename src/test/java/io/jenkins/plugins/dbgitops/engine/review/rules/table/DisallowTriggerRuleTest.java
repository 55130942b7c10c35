package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowTriggerRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowTriggerRule();
    }

    @Test
    void shouldReportAMySqlTriggerAtItsLineLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE account (acct_num INT, amount DECIMAL(10,2));\n"
                + "CREATE TRIGGER ins_sum BEFORE INSERT ON account\n   FOR EACH ROW SET @sum = @sum + NEW.amount;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("The statement creates trigger ins_sum");
    }

    @Test
    void shouldReportAPostgreSqlConstraintTriggerButNotDisablingOne() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "ALTER TABLE account DISABLE TRIGGER ins_sum;\n"
                + "CREATE CONSTRAINT TRIGGER check_sum AFTER INSERT ON account FOR EACH ROW EXECUTE FUNCTION f();")))
                .containsExactly(2);
    }
}
