package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowCreateExtensionUntrustedRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowCreateExtensionUntrustedRule();
    }

    @Test
    void shouldReportAnExtensionOutsideTheConfiguredList() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("list", List.of("pgcrypto")), "",
                "CREATE EXTENSION pgcrypto;\nCREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Extension uuid-ossp is not in the allowlist");
    }

    @Test
    void shouldAcceptQuotedAllowlistedNames() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";\nDROP EXTENSION dblink;"))
                .isEmpty();
    }
}
