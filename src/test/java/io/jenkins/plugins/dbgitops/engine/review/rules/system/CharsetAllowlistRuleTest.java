package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CharsetAllowlistRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new CharsetAllowlistRule();
    }

    @Test
    void shouldReportTablesColumnsAndDatabasesLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (a int);\nALTER TABLE t CHARSET ascii;\n"
                + "ALTER DATABASE test CHARSET ascii;\nCREATE TABLE u (a varchar(255) CHARSET ascii);\n"
                + "ALTER TABLE t MODIFY COLUMN a varchar(255) CHARSET ascii;\n"
                + "ALTER TABLE t CHANGE COLUMN a a varchar(255) CHARACTER SET latin1;");

        assertThat(lines(findings)).containsExactly(2, 3, 4, 5, 6);
        assertThat(findings.get(1).message()).startsWith("Database test uses character set ascii, which is not allowed");
    }

    @Test
    void shouldAcceptAllowedCharsetsInAnyCaseAndTheConfiguredList() {
        assertThat(findings(SqlEngine.MARIADB, "CREATE DATABASE shop CHARACTER SET UTF8MB4;\n/* this is a comment */"))
                .isEmpty();
        assertThat(findings(SqlEngine.MYSQL, Map.of("list", List.of("utf8mb4", "ascii")), "",
                "CREATE TABLE t (a int) CHARSET ascii;")).isEmpty();
    }
}
