package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferTextRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new PreferTextRule();
    }

    @Test
    void shouldFlagAnAddedVarcharColumnAtItsName() {
        String change = "ALTER TABLE orders\n  ADD COLUMN code character varying(20);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("orders.code");
    }

    @Test
    void shouldFlagATypeChangeToVarchar() {
        String change = "ALTER TABLE orders ALTER COLUMN status TYPE varchar(20);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("orders.status is varchar(20)");
    }

    @Test
    void shouldAcceptUnlimitedVarchar() {
        String change = "CREATE TABLE t (id bigint, note varchar, body text);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
