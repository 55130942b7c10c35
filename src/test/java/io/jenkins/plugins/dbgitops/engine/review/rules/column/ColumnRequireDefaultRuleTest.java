package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnRequireDefaultRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnRequireDefaultRule();
    }

    @Test
    void shouldExemptPrimaryKeysAndSerials() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (id serial PRIMARY KEY, name text DEFAULT '');"))
                .isEmpty();
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY, body text);"))
                .isEmpty();
    }

    @Test
    void shouldReportEachColumnWithoutDefault() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (\n  id int PRIMARY KEY,\n  a int,\n"
                + "  b varchar(10) DEFAULT 'x'\n);");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).isEqualTo("Column `t`.`a` doesn't have DEFAULT.");
    }
}
