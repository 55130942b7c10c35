package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowLimitRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowLimitRule();
    }

    @Test
    void shouldFlagLimitInInsertSelectUpdateAndDeleteAsBytebaseDoes() {
        String sql = "INSERT INTO tech_book SELECT * FROM tech_book;\n"
                + "INSERT INTO tech_book SELECT * FROM tech_book UNION SELECT * FROM tech_book LIMIT 1;\n"
                + "UPDATE tech_book SET name = 'my name' LIMIT 10;\n"
                + "DELETE FROM tech_book LIMIT 10;";

        List<Finding> findings = findings(SqlEngine.MYSQL, sql);

        assertThat(lines(findings)).containsExactly(2, 3, 4);
        assertThat(findings.get(2).message()).startsWith("LIMIT clause is forbidden in INSERT, UPDATE and DELETE");
    }

    @Test
    void shouldAcceptLimitInAPlainQuery() {
        assertThat(findings(SqlEngine.POSTGRESQL, "SELECT id FROM t ORDER BY id LIMIT 10;")).isEmpty();
    }
}
