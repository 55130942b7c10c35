package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowGrantToPublicRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowGrantToPublicRule();
    }

    @Test
    void shouldReportPublicInPostgreSqlButNotASchemaNamedPublic() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "GRANT USAGE ON SCHEMA public TO app;\nGRANT ALL ON SCHEMA public TO PUBLIC;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("The grant goes to PUBLIC");
    }

    @Test
    void shouldReportAnyHostAccountsInMySql() {
        assertThat(lines(findings(SqlEngine.MYSQL, "GRANT SELECT ON shop.* TO 'app'@'10.0.%';\n"
                + "GRANT SELECT ON shop.* TO 'app'@'%';\nGRANT SELECT ON shop.* TO `ro`@`%`;"))).containsExactly(2, 3);
    }
}
