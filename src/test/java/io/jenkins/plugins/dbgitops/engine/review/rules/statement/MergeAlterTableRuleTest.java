package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeAlterTableRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new MergeAlterTableRule();
    }

    @Test
    void shouldCountCreateTableAndAlterTablePerTableAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (a int);\n"
                + "ALTER TABLE tech_book ADD COLUMN a int;\nALTER TABLE t ADD COLUMN b int;");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).startsWith("There are 2 statements to modify table `t`");
    }

    @Test
    void shouldNotCarryCountsFromOneFileToTheNext() {
        String earlier = "CREATE TABLE t (a int);";
        assertThat(findings(SqlEngine.MYSQL, Map.of(), earlier, "ALTER TABLE t ADD COLUMN b int;")).isEmpty();
    }
}
