package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableNamingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TableNamingRule();
    }

    @Test
    void shouldAcceptSnakeCaseRenames() {
        assertThat(findings(SqlEngine.POSTGRESQL, "ALTER TABLE a RENAME TO order_items;")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "RENAME TABLE a TO order_items;")).isEmpty();
    }

    @Test
    void shouldReportRenamesAndLongNames() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "ALTER TABLE a RENAME TO OrderItems;\nRENAME TABLE b TO Bad_Name;\nCREATE TABLE " + "a".repeat(65) + " (id int);");

        assertThat(lines(findings)).containsExactly(1, 2, 3);
        assertThat(findings.get(0).message()).isEqualTo(
                "`OrderItems` mismatches table naming convention, naming format should be \"^[a-z]+(_[a-z]+)*$\".");
        assertThat(findings.get(2).message()).contains("within 64 characters");
    }

    @Test
    void shouldJudgeThePostgresNameOfAnUnquotedIdentifierInLowerCase() {
        // Bytebase pg/test/naming_table.yaml: techBook is stored as techbook; "techBook" keeps its case
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE techBook(id int);")).isEmpty();
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "CREATE TABLE \"techBook\"(id int);"))).containsExactly(1);
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE techBook(id int);"))).containsExactly(1);
    }
}
