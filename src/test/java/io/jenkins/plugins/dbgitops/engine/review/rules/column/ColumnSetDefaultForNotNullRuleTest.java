package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnSetDefaultForNotNullRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnSetDefaultForNotNullRule();
    }

    @Test
    void shouldExemptKeysCountersGeneratedColumnsAndMySqlLobs() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int AUTO_INCREMENT NOT NULL, a int, b text NOT NULL,"
                + " c int NOT NULL GENERATED ALWAYS AS (a + 1), PRIMARY KEY (id));")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,"
                + " k int NOT NULL, PRIMARY KEY (k));")).isEmpty();
    }

    @Test
    void shouldReportNotNullWithoutDefault() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "CREATE TABLE t (id int PRIMARY KEY);\nALTER TABLE t ADD COLUMN b text NOT NULL;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).isEqualTo("Column \"t\".\"b\" is NOT NULL but doesn't have DEFAULT.");
    }

    @Test
    void shouldFollowBytebasesMySqlCases() {
        // Bytebase mysql/test/column_set_default_for_not_null.yaml
        assertThat(findings(SqlEngine.MYSQL, "create table all_types(\n  c1 tinyblob not null,\n  c2 longtext not null,\n"
                + "  c9 json not null,\n  c10 serial not null,\n  c11 long varbinary not null,\n  c12 long varchar not null\n);"))
                .isEmpty();
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE book(uid int);\n"
                + "ALTER TABLE book CHANGE COLUMN uid id int NOT NULL;"))).containsExactly(2);
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE book(uid int, id int);\nALTER TABLE book CHANGE COLUMN uid uid"
                + " int NOT NULL DEFAULT 0, MODIFY COLUMN id int PRIMARY KEY DEFAULT 0, ADD COLUMN name varchar(20)"
                + " NOT NULL DEFAULT '';")).isEmpty();
    }
}
