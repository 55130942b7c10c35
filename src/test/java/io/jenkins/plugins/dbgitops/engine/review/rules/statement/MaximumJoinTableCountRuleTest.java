package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaximumJoinTableCountRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new MaximumJoinTableCountRule();
    }

    @Test
    void shouldFlagThreeTablesOverALimitOfTwoAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of("number", 2), "", "SELECT * FROM t;\n"
                + "select name from hello join world on hello.id = world.id join baby on world.id = baby.id;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).endsWith("exceeds the maximum number of joins 2.");
    }

    @Test
    void shouldCountEachSelectBlockOnItsOwn() {
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of("number", 2), "",
                "SELECT a.x FROM a JOIN b ON a.id = b.id WHERE a.id IN (SELECT c.id FROM c JOIN d ON c.id = d.id);"))
                .isEmpty();
    }
}
