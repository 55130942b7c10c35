package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowOrderByRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowOrderByRule();
    }

    @Test
    void shouldFlagOrderByInUpdateAndDeleteAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.MARIADB, "UPDATE tech_book SET name = 'my name';\n"
                + "UPDATE tech_book SET name = 'my name' ORDER BY id;\nDELETE FROM tech_book ORDER BY id;");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).contains("ORDER BY clause is forbidden in DELETE and UPDATE statements");
    }

    @Test
    void shouldAcceptOrderByInAQueryOrInsertSelect() {
        assertThat(findings(SqlEngine.MYSQL, "INSERT INTO t (a) SELECT a FROM u ORDER BY a;\n"
                + "SELECT a FROM u ORDER BY a;")).isEmpty();
    }
}
