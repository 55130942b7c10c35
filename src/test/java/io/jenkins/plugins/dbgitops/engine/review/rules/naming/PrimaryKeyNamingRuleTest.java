package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimaryKeyNamingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new PrimaryKeyNamingRule();
    }

    @Test
    void shouldAcceptAnUnnamedPrimaryKey() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (id int, PRIMARY KEY (id));")).isEmpty();
    }

    @Test
    void shouldReportAddedConstraintsWithTheirColumns() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "ALTER TABLE tech_book ADD CONSTRAINT pk_book PRIMARY KEY (id, name);");

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("expect \"^$|^pk_tech_book_id_name$\" but found \"pk_book\"");
    }
}
