package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowDisableRlsRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDisableRlsRule();
    }

    @Test
    void shouldReportNoForceAtItsLine() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "ALTER TABLE invoices FORCE ROW LEVEL SECURITY;\nALTER TABLE invoices NO FORCE ROW LEVEL SECURITY;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("ALTER TABLE invoices stops forcing row-level security");
    }

    @Test
    void shouldIgnoreOtherAlterations() {
        assertThat(findings(SqlEngine.POSTGRESQL, "ALTER TABLE invoices DISABLE TRIGGER audit;")).isEmpty();
    }
}
