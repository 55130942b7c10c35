package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementPriorBackupCheckRuleTest extends AbstractDatabaseRuleTest {

    @Override
    protected Rule rule() {
        return new StatementPriorBackupCheckRule();
    }

    /** Bytebase's pg/test/builtin_prior_backup_check.yaml: the cases with no advice (bbdataarchive exists). */
    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE tech_book SET id = 1 WHERE id = 1 and name = 'test';\nUPDATE tech_book SET id = 2 WHERE id = 2 and"
            + " name = 'test';\nUPDATE abc SET id = 4 WHERE id = 4 and name = 'test';",
        "UPDATE tech_book SET id = 1 WHERE id = 1;\nUPDATE tech_book SET id = 7 WHERE id = 7;",
        "DELETE FROM tech_book WHERE a > 1;", "UPDATE tech_book SET id = 1;",
        "SET ROLE role1;DELETE FROM tech_book WHERE a > 1;"})
    void shouldAcceptBytebasesCleanCases(String sql) {
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), "", sql)).isEmpty();
    }

    /** Bytebase's case with advice: {@code CREATE TABLE t_test_backup(a int);DELETE FROM tech_book WHERE a > 1;}. */
    @Test
    void shouldReportDdlInADataChangeAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "",
                "CREATE TABLE t_test_backup(a int);DELETE FROM tech_book WHERE a > 1;");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(1);
            assertThat(finding.message())
                    .isEqualTo("Data change can only run DML, \"CREATE TABLE t_test_backup(a int)\" is not DML");
        });
        assertThat(findings(SqlEngine.MARIADB, Map.of(), "", "CREATE TABLE t_test_backup(a int);"))
                .extracting(Finding::message).containsExactly("Prior backup cannot deal with mixed DDL and DML"
                        + " statements");
    }

    @Test
    void shouldFindNothingWithoutADatabase() {
        assertThat(findingsWithoutDatabase(SqlEngine.POSTGRESQL, definition().failing())).isEmpty();
    }
}
