package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateDisallowPrimaryKeyChangeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new UpdateDisallowPrimaryKeyChangeRule();
    }

    @Test
    void shouldFlagACompositeKeyColumnFromAnEarlierMigration() {
        String earlier = "CREATE TABLE memberships (org_id int, user_id int, role text, PRIMARY KEY (org_id, user_id));";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier,
                "UPDATE memberships SET role = 'admin' WHERE org_id = 1;\n"
                        + "UPDATE memberships SET user_id = 7 WHERE org_id = 1 AND user_id = 3;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("UPDATE changes primary-key column memberships.user_id");
    }

    @Test
    void shouldPassWhenTheTableIsUnknown() {
        assertThat(findings(SqlEngine.MYSQL, "UPDATE unknown SET id = 2 WHERE id = 1;")).isEmpty();
    }
}
