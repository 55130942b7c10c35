package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexIdxNamingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IndexIdxNamingRule();
    }

    @Test
    void shouldAcceptTheExpectedNameAndUnnamedIndexes() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE INDEX idx_tech_book_id_name ON tech_book(id, name);")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int PRIMARY KEY, a int, INDEX (a));")).isEmpty();
    }

    @Test
    void shouldReportAMismatchWithTheExpandedFormat() {
        // Bytebase pg/test/naming_index_idx.yaml
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "\nCREATE INDEX tech_book_id_name ON tech_book(id, name);");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).isEqualTo("Index in table \"tech_book\" mismatches the naming convention,"
                + " expect \"^$|^idx_tech_book_id_name$\" but found \"tech_book_id_name\".");
    }

    @Test
    void shouldCheckKeysOfCreateTableAndAlterTableInMySql() {
        String sql = "CREATE TABLE t (\n  id int PRIMARY KEY,\n  a int,\n  KEY k_a (a)\n);\nALTER TABLE t ADD INDEX idx_t_a (a);";

        assertThat(lines(findings(SqlEngine.MARIADB, sql))).containsExactly(4);
    }

    @Test
    void shouldCheckMySqlRenameIndexWithTheCatalogsColumns() {
        String earlier = "CREATE TABLE t (id int PRIMARY KEY, a int, KEY idx_t_a (a));";

        assertThat(lines(findings(SqlEngine.MYSQL, Map.of(), earlier, "ALTER TABLE t RENAME INDEX idx_t_a TO k1;")))
                .containsExactly(1);
        assertThat(findings(SqlEngine.MYSQL, Map.of(), earlier, "ALTER TABLE t RENAME INDEX idx_t_a TO idx_t_a;"))
                .isEmpty();
    }

    @Test
    void shouldReportTooLongNames() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("format", ".*", "maxLength", 10), "",
                "CREATE INDEX idx_tech_book_id_name ON tech_book(id, name);");

        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("within 10 characters");
    }

    @Test
    void shouldCheckPostgresqlAlterIndexRenameWithTheCatalogsTable() {
        // Bytebase pg/test/naming_index_idx.yaml: ALTER INDEX old_index RENAME TO ...
        String earlier = "CREATE TABLE tech_book (id int PRIMARY KEY, name text);\n"
                + "CREATE INDEX old_index ON tech_book (id, name);";

        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), earlier, "ALTER INDEX old_index RENAME TO idx_tech_book_id_name;"))
                .isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), earlier, "ALTER INDEX old_index RENAME TO idx_tech_book;"))
                .singleElement().extracting(Finding::message).isEqualTo("Index in table \"tech_book\" mismatches the"
                        + " naming convention, expect \"^$|^idx_tech_book_id_name$\" but found \"idx_tech_book\".");
    }
}
