package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollationAllowlistRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new CollationAllowlistRule();
    }

    @Test
    void shouldReportDisallowedCollationsLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (a int) COLLATE utf8mb4_polish_ci;\n"
                + "ALTER TABLE t COLLATE latin1_bin;\nALTER DATABASE test COLLATE latin1_bin;\n"
                + "CREATE TABLE u (a varchar(255) CHARACTER SET latin1 COLLATE latin1_bin);");

        assertThat(lines(findings)).containsExactly(1, 2, 3, 4);
        assertThat(findings.get(3).message()).startsWith("Column u.a uses collation latin1_bin, which is not allowed");
    }

    @Test
    void shouldReportAColumnAtItsOwnLineEvenWhenItsNameIsAlsoTheTableName() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE note (\n  id int,\n  note varchar(20) COLLATE latin1_bin\n);");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).column()).isEqualTo(3);
    }

    @Test
    void shouldAcceptTablesWithoutCollation() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a varchar(255)) ENGINE = INNODB COMMENT 'comment';"))
                .isEmpty();
    }
}
