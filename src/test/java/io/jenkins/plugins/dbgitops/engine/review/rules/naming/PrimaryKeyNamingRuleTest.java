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

    @Test
    void shouldCheckRenamedConstraintsAndConstraintsTakingOverAnIndex() {
        // Bytebase pg/test/naming_index_pk.yaml: the columns come from the existing constraint or index
        String earlier = "CREATE TABLE tech_book (id int, name text, CONSTRAINT old_pk PRIMARY KEY (id, name));\n"
                + "CREATE INDEX old_index ON tech_book (id, name);";
        String sql = "ALTER TABLE tech_book RENAME CONSTRAINT old_pk TO pk_tech_book;\n"
                + "ALTER TABLE tech_book DROP CONSTRAINT pk_tech_book;\n"
                + "ALTER TABLE tech_book ADD CONSTRAINT pk_tech_book PRIMARY KEY USING INDEX old_index;\n"
                + "ALTER TABLE tech_book DROP CONSTRAINT pk_tech_book;\n"
                + "ALTER TABLE tech_book ADD CONSTRAINT pk_tech_book_id_name PRIMARY KEY USING INDEX old_index;";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of(), earlier, sql))).containsExactly(1, 3);
    }
}
