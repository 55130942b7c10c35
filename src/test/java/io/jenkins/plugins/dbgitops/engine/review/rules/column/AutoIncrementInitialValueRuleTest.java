package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoIncrementInitialValueRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AutoIncrementInitialValueRule();
    }

    @Test
    void shouldCompareWithThePayloadNumberLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of("number", 20), "",
                "CREATE TABLE t (a int auto_increment) auto_increment = 20;\nALTER TABLE t COMMENT 'table t';\n"
                        + "ALTER TABLE t AUTO_INCREMENT = 20;\nALTER TABLE t AUTO_INCREMENT = 100;");

        assertThat(lines(findings)).containsExactly(4);
        assertThat(findings.get(0).message())
                .isEqualTo("The initial auto-increment value in table t is 100, which doesn't equal 20.");
    }

    @Test
    void shouldAcceptATableWithoutTheOption() {
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE t (a int AUTO_INCREMENT PRIMARY KEY);")).isEmpty();
    }
}
