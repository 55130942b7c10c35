package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowDuplicateColumnAssignmentRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDuplicateColumnAssignmentRule();
    }

    @Test
    void shouldFlagQuotedDuplicatesOnMySql() {
        String change = "UPDATE orders SET `status` = 'a', note = 'b', status = 'c';";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1, 1);
        assertThat(findings.get(0).message()).contains("status");
    }

    @Test
    void shouldAcceptDistinctColumns() {
        String change = "UPDATE orders SET status = 'a', note = 'b' WHERE id = 2;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldFlagEveryOccurrenceInSetListsInsertListsTablesViewsAndSelectInto() {
        String change = "UPDATE k SET (a, b) = (1, 2),\n  a = 3;\nINSERT INTO t (x, X) VALUES (1, 2);\n"
                + "INSERT INTO k VALUES (1) ON CONFLICT (id) DO UPDATE SET a = 1,\n  a = 2;\n"
                + "CREATE TABLE t2 (a int, b int, a text);\nCREATE VIEW v AS SELECT 1, 2;\nSELECT 1 a, 2 a INTO z;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1, 2, 3, 3, 4, 5, 6, 6, 7, 7, 8, 8);
    }

    @Test
    void shouldReadStatementsThatStartWithAnotherWordWhereTheyInsertOrSelectInto() {
        String change = "WITH s AS (SELECT 1) SELECT 1 a, 2 a INTO z;\nDELETE FROM k;\nSELECT 1 a, 2 a Into z;\n"
                + "SELECT 1 a, 2 a \u0131nto z;\nEXPLAIN INSERT INTO t (x, x) VALUES (1, 2);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(3, 3, 4, 4, 5, 5);
    }

    @Test
    void shouldFollowPostgresNamingAndAcceptFieldAssignmentsAndAViewColumnList() {
        String change = "UPDATE k SET \"A\" = 1, A = 2;\nUPDATE k SET a.x = 1, a.y = 2, b[1] = 1, b[2] = 2;\n"
                + "CREATE VIEW v (a, b) AS SELECT 1 a, 2 a;\nINSERT INTO k (a.x, a.y) VALUES (1, 2);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldCompareNamesCutTo63Bytes() {
        String change = "CREATE TABLE t (" + "c".repeat(63) + "_one int, " + "c".repeat(63) + "_two int);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).hasSize(2);
    }
}
