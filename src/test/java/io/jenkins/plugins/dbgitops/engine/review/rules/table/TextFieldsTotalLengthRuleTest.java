package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFieldsTotalLengthRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TextFieldsTotalLengthRule();
    }

    @Test
    void shouldAcceptExactlyTheLimit() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a varchar(600), b char(400), c int);")).isEmpty();
    }

    @Test
    void shouldAddCatalogColumnsWhenAlteringATable() {
        String earlier = "CREATE TABLE t (id int PRIMARY KEY, a varchar(600));";

        List<Finding> findings = findings(SqlEngine.MARIADB, Map.of(), earlier,
                "ALTER TABLE t ADD COLUMN b varchar(300);\nALTER TABLE t ADD COLUMN c varchar(500);");

        // 600 from the earlier migration, 300 added on line 1 (the catalog has it by line 2), 500 on line 2
        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).isEqualTo("Table `t` total text column length (1400) exceeds the limit (1000).");
    }
}
