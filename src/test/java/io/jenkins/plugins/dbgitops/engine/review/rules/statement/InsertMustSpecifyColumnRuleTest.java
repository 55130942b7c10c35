package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsertMustSpecifyColumnRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new InsertMustSpecifyColumnRule();
    }

    @Test
    void shouldFlagInsertsWithoutColumnsAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "INSERT INTO t_copy SELECT * FROM t;\n"
                + "INSERT INTO tech_book (id, name) VALUES (1, '1');\nINSERT INTO tech_book VALUES (1, '1');");

        assertThat(lines(findings)).containsExactly(1, 3);
        assertThat(findings.get(1).message())
                .isEqualTo("The INSERT statement must specify columns but \"INSERT INTO tech_book VALUES (1, '1')\" does not.");
    }

    @Test
    void shouldAcceptMySqlInsertSet() {
        assertThat(findings(SqlEngine.MYSQL, "INSERT INTO t SET a = 1, b = 2;")).isEmpty();
    }
}
