package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueKeyNamingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new UniqueKeyNamingRule();
    }

    @Test
    void shouldIgnorePlainIndexesAndAcceptUnnamedConstraints() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE INDEX anything ON t (a);")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE, UNIQUE (id, a));"))
                .isEmpty();
    }

    @Test
    void shouldReportConstraintsOfCreateAndAlterTable() {
        String sql = "CREATE TABLE tech_book (id int PRIMARY KEY, name text,\n CONSTRAINT book_name UNIQUE (name));\n"
                + "ALTER TABLE tech_book ADD CONSTRAINT uk_tech_book_id_name UNIQUE (id, name);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, sql);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("expect \"^$|^uk_tech_book_name$\" but found \"book_name\"");
    }

    @Test
    void shouldUseBackticksInMySqlMessages() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "ALTER TABLE tech_book ADD UNIQUE KEY uk1 (id, name);");

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .isEqualTo("Unique key in table `tech_book` mismatches the naming convention,"
                        + " expect \"^$|^uk_tech_book_id_name$\" but found `uk1`.");
    }

    @Test
    void shouldReadMySqlKeyNamesInsideCreateTable() {
        String sql = "CREATE TABLE t (id int PRIMARY KEY, a int,\n UNIQUE KEY uk_t_a (a),\n UNIQUE INDEX wrong (id, a),\n"
                + " CONSTRAINT c1 UNIQUE KEY uk_t_id (id));";

        assertThat(lines(findings(SqlEngine.MYSQL, sql))).containsExactly(3);
    }
}
