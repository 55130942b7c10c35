package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowRenameObjectRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowRenameObjectRule();
    }

    @Test
    void shouldFlagSetSchemaAndRenameConstraint() {
        String change = "ALTER TABLE orders SET SCHEMA archive;\nALTER TABLE orders RENAME CONSTRAINT a TO b;\nALTER INDEX idx_a RENAME TO idx_b;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1, 2, 3);
    }

    @Test
    void shouldLeaveTableAndColumnRenamesToTheirRules() {
        String change = "ALTER TABLE orders RENAME TO purchases;\nALTER TABLE orders RENAME COLUMN a TO b;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
