package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnRequiredRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnRequiredRule();
    }

    @Test
    void shouldAcceptAllRequiredColumnsInAnyCaseAndUnrelatedAlters() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE book (ID int, Creator_Id int, created_ts timestamp,"
                + " updater_id int, updated_ts timestamp);")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, "ALTER TABLE tech_book DROP COLUMN note;")).isEmpty();
    }

    @Test
    void shouldListMissingColumnsSorted() {
        // Bytebase pg/test/column_required.yaml
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE TABLE book(id int);");

        assertThat(findings).singleElement().extracting(Finding::message)
                .isEqualTo("Table \"book\" requires columns: created_ts, creator_id, updated_ts, updater_id.");
    }

    @Test
    void shouldReportRenamingOrDroppingARequiredColumn() {
        String sql = "ALTER TABLE tech_book ADD COLUMN creator_id int;\n"
                + "ALTER TABLE tech_book RENAME COLUMN creator_id TO creator;\nALTER TABLE tech_book DROP COLUMN updater_id;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, sql);

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).isEqualTo("Table \"tech_book\" requires columns: creator_id.");
        assertThat(lines(findings(SqlEngine.MYSQL, "ALTER TABLE t CHANGE updated_ts modified_ts timestamp;")))
                .containsExactly(1);
    }

    @Test
    void shouldJudgeMySqlTablesAsTheFileLeavesThem() {
        // Bytebase mysql/test/column_required.yaml: the MySQL advisor reports each table once, after the last statement
        String created = "CREATE TABLE book(\n  id int,\n  creator int,\n  created_ts timestamp,\n  updater_id int,\n"
                + "  updated_ts timestamp\n);\n";

        assertThat(findings(SqlEngine.MYSQL, created + "ALTER TABLE book RENAME COLUMN creator TO creator_id;")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, created + "DROP TABLE book;")).isEmpty();
        List<Finding> findings = findings(SqlEngine.MYSQL, created + "ALTER TABLE book ADD COLUMN note text;\n"
                + "CREATE TABLE author(id int, creator_id int, created_ts timestamp, updater_id int, updated_ts timestamp);\n"
                + "ALTER TABLE author DROP COLUMN updater_id;");
        assertThat(lines(findings)).containsExactly(1, 10);
        assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
                "Table `book` requires columns: creator_id.", "Table `author` requires columns: updater_id.");
    }
}
