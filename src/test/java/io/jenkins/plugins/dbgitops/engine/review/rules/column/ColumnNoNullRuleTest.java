package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNoNullRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnNoNullRule();
    }

    @Test
    void shouldTreatPrimaryKeyColumnsAsNotNull() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (a int, b int, PRIMARY KEY (a, b));")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0;")).isEmpty();
    }

    @Test
    void shouldReportNullableColumnsAtTheirLines() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE t (\n  id int PRIMARY KEY,\n  name varchar(20) NULL\n);\nALTER TABLE t MODIFY name text;");

        assertThat(lines(findings)).containsExactly(3, 5);
        assertThat(findings.get(0).message()).isEqualTo("`t`.`name` cannot have NULL value.");
    }

    @Test
    void shouldNotReadNotNullOrPrimaryKeyInsideADefaultLiteral() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (\n  id int PRIMARY KEY,\n"
                + "  note text DEFAULT 'is not null here',\n  hint text DEFAULT 'a primary key here'\n);");

        assertThat(lines(findings)).containsExactly(3, 4);
    }

    @Test
    void shouldReportDroppingNotNullInPostgresql() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "ALTER TABLE t ALTER COLUMN a DROP NOT NULL;"))).containsExactly(1);
    }

    @Test
    void shouldFollowBytebasesMySqlCases() {
        // Bytebase mysql/test/column_no_null.yaml
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE book(\n  id int,\n  name varchar(255))")))
                .containsExactly(2, 3);
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE book(id int NOT NULL);\n"
                + "ALTER TABLE book CHANGE COLUMN id name varchar(255);"))).containsExactly(2);
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE book(id int NOT NULL);\n"
                + "ALTER TABLE book CHANGE COLUMN id name varchar(255) NOT NULL;")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE book(id int PRIMARY KEY, name varchar(255));"))
                .extracting(Finding::message).containsExactly("Column \"name\" in \"book\" cannot have NULL value.");
    }
}
